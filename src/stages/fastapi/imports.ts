/**
 * Python type expressions with the names they need imported, and the import block they add up to.
 * Names are known symbols (typing, datetime, pydantic, fastapi) or models from the generated
 * `models` module; nothing from the spec is ever imported by name.
 */

export interface TypeExpr {
  code: string;
  uses: ReadonlySet<string>;
  /** For `Annotated[base, Field(constraints)]`: the parts, so a FastAPI marker can take the constraints. */
  base?: TypeExpr;
  constraints?: string[];
}

/** Where each known symbol comes from. Model names are absent: they live in the `models` module. */
const SOURCES: Record<string, string> = {
  Annotated: 'typing',
  Any: 'typing',
  Literal: 'typing',
  date: 'datetime',
  datetime: 'datetime',
  time: 'datetime',
  UUID: 'uuid',
  BaseModel: 'pydantic',
  ConfigDict: 'pydantic',
  EmailStr: 'pydantic',
  Field: 'pydantic',
  RootModel: 'pydantic',
  WithJsonSchema: 'pydantic',
  UploadFile: 'fastapi',
};

export function expr(code: string, ...uses: Array<string | ReadonlySet<string>>): TypeExpr {
  const set = new Set<string>();
  for (const u of uses) {
    if (typeof u === 'string') set.add(u);
    else for (const name of u) set.add(name);
  }
  return { code, uses: set };
}

/** Collects what a module uses, then renders the sorted import block. */
export class Imports {
  private readonly fromModules = new Map<string, Set<string>>();
  private readonly plain = new Set<string>();

  /** `firstParty`: the project's own packages, grouped last like relative imports. */
  constructor(private readonly firstParty: readonly string[] = []) {}

  add(module: string, ...names: string[]): this {
    const set = this.fromModules.get(module) ?? new Set<string>();
    for (const n of names) set.add(n);
    this.fromModules.set(module, set);
    return this;
  }

  import(module: string): this {
    this.plain.add(module);
    return this;
  }

  /** Adds the known symbols of `uses`; the others come from `modelsModule` (e.g. `..models`). */
  use(uses: Iterable<string>, modelsModule?: string): this {
    for (const name of uses) {
      const source = SOURCES[name];
      if (source) this.add(source, name);
      else if (modelsModule) this.add(modelsModule, name);
    }
    return this;
  }

  render(): string {
    const future = this.fromModules.get('__future__');
    const stdlib = ['collections.abc', 'datetime', 'hmac', 'inspect', 'json', 'logging', 'os', 'sys', 'typing', 'urllib.request', 'uuid'];
    const groupOf = (module: string) =>
      module.startsWith('.') || this.firstParty.some((p) => module === p || module.startsWith(`${p}.`)) ? 2 : stdlib.includes(module) ? 0 : 1;
    // Per group, plain imports first, then `from` imports, each sorted: isort's default layout.
    const plain: string[][] = [[], [], []];
    const from: string[][] = [[], [], []];
    for (const module of this.plain) plain[groupOf(module)]!.push(`import ${module}`);
    for (const [module, names] of this.fromModules) {
      if (module === '__future__') continue;
      const line = `from ${module} import ${[...names].sort(caseSensitive).join(', ')}`;
      from[groupOf(module)]!.push(wrapImport(line, module, names));
    }
    const blocks = [0, 1, 2]
      .map((g) => [...plain[g]!.sort(caseSensitive), ...from[g]!.sort(caseSensitive)])
      .filter((g) => g.length > 0)
      .map((g) => g.join('\n'));
    if (future) blocks.unshift(`from __future__ import ${[...future].sort().join(', ')}`);
    return blocks.join('\n\n');
  }
}

function caseSensitive(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function wrapImport(line: string, module: string, names: Set<string>): string {
  if (line.length <= 100) return line;
  return `from ${module} import (\n${[...names]
    .sort(caseSensitive)
    .map((n) => `    ${n},`)
    .join('\n')}\n)`;
}
