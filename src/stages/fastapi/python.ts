/**
 * The only two ways spec text enters generated Python: as a string literal through `pyString`, or as
 * an identifier through `NameScope.claim`. Spec text never goes into comments or code in any other
 * form, so a hostile name, description or example cannot change what the program does.
 */

/**
 * A Python string literal for any text. Everything outside printable ASCII is escaped (so no bidi
 * override, line separator or lookalike reaches the file), as are backslashes and double quotes.
 * `block` gives a triple-quoted literal with real line breaks, for docstrings; every `"` is still
 * escaped, so the text can never close the literal.
 */
export function pyString(text: string, form: 'inline' | 'block' = 'inline'): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (ch === '\\') out += '\\\\';
    else if (ch === '"') out += '\\"';
    else if (ch === '\n') out += form === 'block' ? '\n' : '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (code >= 0x20 && code < 0x7f) out += ch;
    else if (code <= 0xff) out += `\\x${hex(code, 2)}`;
    else if (code <= 0xffff) out += `\\u${hex(code, 4)}`;
    else out += `\\U${hex(code, 8)}`;
  }
  return form === 'block' ? `"""${out}"""` : `"${out}"`;
}

function hex(code: number, width: number): string {
  return code.toString(16).padStart(width, '0');
}

/** A JSON value as a Python literal; long ones are laid out over several lines at `indent`. */
export function pyLiteral(value: unknown, indent = 0): string {
  const compact = literal(value, undefined, 0);
  if (compact.length + indent <= 88) return compact;
  return literal(value, indent, 0);
}

function literal(value: unknown, indent: number | undefined, depth: number): string {
  if (value === null || value === undefined) return 'None';
  if (value === true) return 'True';
  if (value === false) return 'False';
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return 'float("nan")';
    if (!Number.isFinite(value)) return value > 0 ? 'float("inf")' : '-float("inf")';
    return String(value);
  }
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'string') return pyString(value);
  const multiline = indent !== undefined;
  const pad = multiline ? ' '.repeat(indent + 4 * (depth + 1)) : '';
  const close = multiline ? ' '.repeat(indent + 4 * depth) : '';
  const join = (items: string[], open: string, end: string) => {
    if (items.length === 0) return open + end;
    return multiline ? `${open}\n${items.map((i) => `${pad}${i},`).join('\n')}\n${close}${end}` : `${open}${items.join(', ')}${end}`;
  };
  if (Array.isArray(value)) return join(value.map((v) => literal(v, indent, depth + 1)), '[', ']');
  if (typeof value === 'object') {
    return join(
      Object.entries(value as Record<string, unknown>).map(([k, v]) => `${pyString(k)}: ${literal(v, indent, depth + 1)}`),
      '{',
      '}',
    );
  }
  return 'None';
}

const KEYWORDS = new Set(
  'False None True and as assert async await break class continue def del elif else except finally for from global if import in is lambda nonlocal not or pass raise return try while with yield'.split(' '),
);

/** Builtins and the names the generated modules import: shadowing them would break the module. */
const RESERVED = new Set(
  [
    ...'abs all any ascii bin bool breakpoint bytearray bytes callable chr classmethod compile complex delattr dict dir divmod enumerate eval exec filter float format frozenset getattr globals hasattr hash help hex id input int isinstance issubclass iter len list locals map max memoryview min next object oct open ord pow print property range repr reversed round set setattr slice sorted staticmethod str sum super tuple type vars zip __import__ __builtins__ __name__ __file__ __doc__ __spec__ __loader__ __package__ __path__ self cls'.split(
      ' ',
    ),
  ],
);

/** Never usable, even where builtins are: the type names annotations refer to. */
const RESERVED_ALWAYS = new Set(['str', 'int', 'float', 'bool', 'list', 'dict', 'bytes', 'date', 'datetime', 'time', 'self', 'cls', '__import__']);

export type Case = 'snake' | 'pascal' | 'upper';

/** Splits `getHTTPResponse_v2`, `pet-id`, `X-Request-ID` into lower-case ASCII words. */
export function words(raw: string): string[] {
  return raw
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\x00-\x7f]/g, ' ')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w.toLowerCase());
}

function cased(parts: string[], style: Case): string {
  if (style === 'snake') return parts.join('_');
  if (style === 'upper') return parts.join('_').toUpperCase();
  return parts.map((w) => w[0]!.toUpperCase() + w.slice(1)).join('');
}

/**
 * Identifiers for one Python namespace (a module, a class, a function's parameters). Every name is
 * built from [A-Za-z0-9_] only, never a keyword, builtin or reserved name, and unique in the scope;
 * `claim` is deterministic for the same sequence of calls.
 */
export class NameScope {
  private readonly taken = new Set<string>();

  constructor(
    reserved: Iterable<string> = [],
    private readonly fallback = 'value',
    /** Attribute and parameter names may be builtins (`id`, `type`): they shadow nothing that matters. */
    private readonly allowBuiltins = false,
  ) {
    for (const name of reserved) this.taken.add(name);
  }

  claim(raw: string, style: Case): string {
    let base = cased(words(raw), style);
    if (base === '') base = cased(words(this.fallback), style);
    if (/^[0-9]/.test(base)) base = `${style === 'pascal' ? 'N' : 'n'}${style === 'snake' ? '_' : ''}${base}`;
    if (KEYWORDS.has(base) || RESERVED_ALWAYS.has(base) || (!this.allowBuiltins && RESERVED.has(base)) || this.reservedPrefix(base)) {
      base = `${base}_`;
    }
    let name = base;
    for (let n = 2; this.taken.has(name); n++) name = `${base}${style === 'pascal' ? '' : '_'}${n}`;
    this.taken.add(name);
    return name;
  }

  /** Marks a name as used without deriving it (imports, fixed parameters). */
  reserve(name: string): void {
    this.taken.add(name);
  }

  has(name: string): boolean {
    return this.taken.has(name);
  }

  private reservedPrefix(name: string): boolean {
    // Pydantic reserves the `model_` namespace on models; dunder names are Python's.
    return name.startsWith('model_') || name.startsWith('__');
  }
}

/** Whether Starlette can route a `{name}` path segment as written. */
export function isRoutableParam(name: string): boolean {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name);
}
