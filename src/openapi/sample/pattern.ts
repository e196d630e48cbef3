/**
 * A string that matches a regular expression, for the `pattern`s real specs write: literals, escapes,
 * classes, groups, alternation and quantifiers. Constructs it cannot generate (backreferences, Unicode
 * property escapes) make it give up, and every candidate is checked with the real RegExp engine, so
 * a result is always a true match; `undefined` means "no match found", never a wrong one.
 */

type CharSet = { negated: boolean; ranges: Array<[number, number]> };
type Atom = { kind: 'chars'; set: CharSet } | { kind: 'group'; alternatives: Sequence[] } | { kind: 'assertion' };
type Item = { atom: Atom; min: number; max: number };
type Sequence = Item[];

class Unsupported extends Error {}

const DIGIT: Array<[number, number]> = [[48, 57]];
const WORD: Array<[number, number]> = [
  [48, 57],
  [65, 90],
  [95, 95],
  [97, 122],
];
const SPACE: Array<[number, number]> = [
  [9, 13],
  [32, 32],
];
/** Preferred characters, so samples look like text rather than punctuation. */
const NICE = 'a0Ab1B_-. xyz'.split('').map((c) => c.codePointAt(0)!);

/** Search order for the number of extra repetitions, to meet length bounds and lookaheads. */
const EXTRA = [...Array.from({ length: 33 }, (_, i) => i), 48, 64, 96, 128, 192, 256, 384, 512];

export function sampleForPattern(pattern: string, minLength = 0, maxLength = Infinity): string | undefined {
  const regex = compile(pattern);
  if (!regex) return undefined;
  let parsed: Sequence[];
  try {
    parsed = new Parser(pattern).parse();
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
  for (let branch = 0; branch < Math.min(parsed.length, 8); branch++) {
    for (const extra of EXTRA) {
      const text = emitSequence(parsed[branch]!, extra, 0);
      const length = [...text].length;
      if (length > maxLength) break;
      if (length >= minLength && regex.test(text)) return text;
    }
  }
  return undefined;
}

/** JSON Schema patterns are ECMA-262 with the `u` flag (as ajv compiles them); older specs need none. */
function compile(pattern: string): RegExp | undefined {
  for (const flags of ['u', '']) {
    try {
      return new RegExp(pattern, flags);
    } catch {
      // try the next flags
    }
  }
  return undefined;
}

function emitSequence(sequence: Sequence, extra: number, depth: number): string {
  let out = '';
  for (const item of sequence) {
    const count = Math.min(item.max, item.min + (item.max === item.min ? 0 : extra));
    for (let i = 0; i < count; i++) out += emitAtom(item.atom, extra, depth);
  }
  return out;
}

function emitAtom(atom: Atom, extra: number, depth: number): string {
  if (atom.kind === 'assertion') return '';
  if (atom.kind === 'group') return depth > 20 ? '' : emitSequence(atom.alternatives[0]!, extra, depth + 1);
  return String.fromCodePoint(pick(atom.set));
}

function pick(set: CharSet): number {
  const inSet = (c: number) => set.ranges.some(([lo, hi]) => c >= lo && c <= hi) !== set.negated;
  for (const c of NICE) if (inSet(c)) return c;
  if (!set.negated) return set.ranges[0]![0];
  for (let c = 33; c < 0x3000; c++) if (inSet(c)) return c;
  throw new Unsupported('empty class');
}

class Parser {
  private i = 0;
  constructor(private readonly src: string) {}

  parse(): Sequence[] {
    const alternatives = this.alternatives();
    if (this.i < this.src.length) throw new Unsupported(`unexpected ${this.src[this.i]}`);
    return alternatives;
  }

  private alternatives(): Sequence[] {
    const found = [this.sequence()];
    while (this.src[this.i] === '|') {
      this.i++;
      found.push(this.sequence());
    }
    return found;
  }

  private sequence(): Sequence {
    const items: Sequence = [];
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      const atom = this.atom();
      const [min, max] = this.quantifier();
      items.push({ atom, min, max });
    }
    return items;
  }

  private atom(): Atom {
    const c = this.src[this.i++]!;
    switch (c) {
      case '^':
      case '$':
        return { kind: 'assertion' };
      case '.':
        return {
          kind: 'chars',
          set: {
            negated: true,
            ranges: [
              [10, 10],
              [13, 13],
            ],
          },
        };
      case '[':
        return { kind: 'chars', set: this.charClass() };
      case '(':
        return this.group();
      case '\\':
        return this.escape();
      default:
        return literal(c.codePointAt(0)!);
    }
  }

  private group(): Atom {
    let lookaround = false;
    if (this.src[this.i] === '?') {
      const rest = this.src.slice(this.i, this.i + 3);
      if (rest.startsWith('?:')) this.i += 2;
      else if (rest.startsWith('?=') || rest.startsWith('?!')) ((this.i += 2), (lookaround = true));
      else if (rest === '?<=' || rest === '?<!') ((this.i += 3), (lookaround = true));
      else if (rest.startsWith('?<')) this.i = this.src.indexOf('>', this.i) + 1;
      else throw new Unsupported('group flag');
    }
    const alternatives = this.alternatives();
    if (this.src[this.i++] !== ')') throw new Unsupported('unclosed group');
    // Lookarounds constrain without consuming: generate nothing and let the final check decide.
    return lookaround ? { kind: 'assertion' } : { kind: 'group', alternatives };
  }

  private escape(): Atom {
    const c = this.src[this.i++];
    if (c === undefined) throw new Unsupported('trailing backslash');
    if (c === 'b' || c === 'B') return { kind: 'assertion' };
    const ranges = this.classEscape(c);
    if (ranges) return { kind: 'chars', set: ranges };
    return literal(this.escapedChar(c));
  }

  /** `\d`, `\w`, `\s` and their negations; undefined for other escapes. */
  private classEscape(c: string): CharSet | undefined {
    const table: Record<string, Array<[number, number]>> = { d: DIGIT, w: WORD, s: SPACE };
    const lower = c.toLowerCase();
    if (!(lower in table)) {
      if (c === 'p' || c === 'P') throw new Unsupported('unicode property');
      return undefined;
    }
    return { negated: c !== lower, ranges: table[lower]! };
  }

  private escapedChar(c: string): number {
    const simple: Record<string, number> = { n: 10, r: 13, t: 9, f: 12, v: 11, '0': 0 };
    if (c in simple) return simple[c]!;
    if (/[1-9]/.test(c) || c === 'k') throw new Unsupported('backreference');
    if (c === 'x') return this.hex(2);
    if (c === 'u') {
      if (this.src[this.i] === '{') {
        const end = this.src.indexOf('}', this.i);
        const code = parseInt(this.src.slice(this.i + 1, end), 16);
        this.i = end + 1;
        if (Number.isNaN(code)) throw new Unsupported('bad \\u{}');
        return code;
      }
      return this.hex(4);
    }
    if (c === 'c') throw new Unsupported('control escape');
    return c.codePointAt(0)!;
  }

  private hex(length: number): number {
    const code = parseInt(this.src.slice(this.i, this.i + length), 16);
    if (Number.isNaN(code)) throw new Unsupported('bad hex escape');
    this.i += length;
    return code;
  }

  private charClass(): CharSet {
    const set: CharSet = { negated: false, ranges: [] };
    if (this.src[this.i] === '^') {
      set.negated = true;
      this.i++;
    }
    while (this.i < this.src.length && this.src[this.i] !== ']') {
      const start = this.classChar(set);
      if (start === undefined) continue;
      if (this.src[this.i] === '-' && this.src[this.i + 1] !== ']' && this.i + 1 < this.src.length) {
        this.i++;
        const end = this.classChar(set);
        if (end === undefined) {
          // `[\w-x]`: the dash is literal after a class escape.
          set.ranges.push([start, start], [45, 45]);
          continue;
        }
        set.ranges.push([start, end]);
      } else set.ranges.push([start, start]);
    }
    if (this.src[this.i++] !== ']') throw new Unsupported('unclosed class');
    return set;
  }

  /** One class member: a code point, or undefined after adding a class escape's ranges to `set`. */
  private classChar(set: CharSet): number | undefined {
    const c = this.src[this.i++]!;
    if (c !== '\\') return this.src.codePointAt(this.i - 1)!;
    const e = this.src[this.i++];
    if (e === undefined) throw new Unsupported('trailing backslash');
    if (e === 'b') return 8;
    const escaped = this.classEscape(e);
    if (escaped) {
      // A negated escape inside a class (`[\D]`) is rare; approximating it would be wrong, so refuse.
      if (escaped.negated) throw new Unsupported('negated escape in class');
      set.ranges.push(...escaped.ranges);
      return undefined;
    }
    return this.escapedChar(e);
  }

  private quantifier(): [number, number] {
    const c = this.src[this.i];
    let bounds: [number, number] | undefined;
    if (c === '*') bounds = [0, Infinity];
    else if (c === '+') bounds = [1, Infinity];
    else if (c === '?') bounds = [0, 1];
    if (bounds) this.i++;
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.i));
      if (!m) return [1, 1]; // a literal brace, as non-unicode regexes allow
      this.i += m[0].length;
      const min = Number(m[1]);
      bounds = [min, m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3])];
    } else return [1, 1];
    if (this.src[this.i] === '?') this.i++; // lazy: the same language
    return bounds;
  }
}

function literal(code: number): Atom {
  return { kind: 'chars', set: { negated: false, ranges: [[code, code]] } };
}
