/**
 * What every part of the Swagger 2.0 conversion shares: the 2.0 spec it reads, the warnings it
 * gives (located in the 2.0 files), the source map of what it builds, and the component schemas,
 * which schemas written outside `definitions` are hoisted into so the converted document needs no
 * other file.
 */
import { nameFromPlace } from '../../place-name.ts';
import { isObject, isRef } from '../../nodes.ts';
import { encodePointer } from '../../pointer.ts';
import type { Diagnostic, Spec } from '../../types.ts';
import { SourceMap, type Place, type Source } from './source-map.ts';

export type Node = Record<string, unknown>;

export class Conversion {
  readonly warnings: Diagnostic[] = [];
  readonly sources: SourceMap;
  /** `components/schemas` as it is built: the definitions in their order, then the hoisted schemas. */
  readonly schemas: Node = {};
  private readonly taken = new Set<string>();
  private readonly hoisted = new Map<string, string>();
  private readonly definitions: Node;

  constructor(readonly spec: Spec) {
    this.sources = new SourceMap({ file: spec.root, path: [] });
    this.definitions = isObject(spec.document.definitions) ? spec.document.definitions : {};
    for (const name of Object.keys(this.definitions)) this.taken.add(name);
  }

  get root(): Place {
    return { file: this.spec.root, path: [] };
  }

  warn(rule: string, message: string, at: Place, hint?: string): void {
    this.warnings.push({ severity: 'warning', rule: `swagger2-${rule}`, message, ...(hint ? { hint } : {}), location: at.file.locate(at.path) });
  }

  place<T extends object>(value: T, at: Place, renamed?: Source['renamed']): T {
    return this.sources.place(value, renamed ? { ...at, renamed } : at);
  }

  /**
   * Follows a `$ref` chain through the 2.0 files to the value and the place it is written.
   * Undefined when a ref is broken: the loader has reported it already, where it is written.
   */
  follow(node: unknown, at: Place): { value: unknown; at: Place } | undefined {
    let value = node;
    let place = at;
    for (let hops = 0; hops < 32 && isRef(value); hops++) {
      const target = this.spec.target(value);
      if (!target) return undefined;
      value = target.value;
      place = { file: target.file, path: target.path };
    }
    return { value, at: place };
  }

  /**
   * The converted `$ref` for a schema ref of the 2.0 files: definitions of the root move to
   * `components/schemas` under their own name; any other target (a schema in another file, or
   * inside a parameter or response) is hoisted there under the name of its place, once.
   */
  schemaRef(ref: { $ref: string }, convert: (schema: unknown, at: Place) => unknown): string {
    const target = this.spec.target(ref);
    if (!target) {
      // Broken in 2.0 already (and reported by the loader): keep it broken, where a 3.0 reader looks.
      const internal = /^#\/definitions\/(.*)$/.exec(ref.$ref);
      return internal ? `#/components/schemas/${internal[1]}` : ref.$ref;
    }
    const { file, path } = target;
    if (file === this.spec.root && path[0] === 'definitions' && path.length >= 2 && Object.prototype.hasOwnProperty.call(this.definitions, path[1]!)) {
      return pointerRef(['components', 'schemas', ...path.slice(1)]);
    }
    const key = `${file.id}#${encodePointer(path)}`;
    let name = this.hoisted.get(key);
    if (name === undefined) {
      const wanted = nameFromPlace(file.displayPath, path);
      name = wanted;
      for (let n = 2; this.taken.has(name); n++) name = `${wanted}${n}`;
      this.taken.add(name);
      // Named (and given its slot) before it is converted: a schema that refers to itself meets the
      // name, and schemas it hoists in turn come after it.
      this.hoisted.set(key, name);
      put(this.schemas, name, undefined);
      put(this.schemas, name, convert(target.value, { file, path }));
    }
    return pointerRef(['components', 'schemas', name]);
  }
}

/** `#/components/schemas/Pet`, with names escaped as a pointer and a URI fragment require. */
export function pointerRef(path: readonly string[]): string {
  return '#' + encodePointer(path).split('/').map(encodeURIComponent).join('/');
}

/** Sets a key as an own property, so a key named `__proto__` stays a plain key. */
export function put(target: Node, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** The `x-` keys of a 2.0 object, which 3.0 keeps as they are (except those the converter reads). */
export function extensionsOf(node: Node, except: readonly string[] = []): Node {
  const out: Node = {};
  for (const [key, value] of Object.entries(node)) if (key.startsWith('x-') && !except.includes(key)) put(out, key, value);
  return out;
}

/**
 * A 2.0 ref that leads nowhere (the loader reported it), pointed where its target would be after
 * conversion: the model then reports it as broken, at the place the 2.0 file writes it.
 */
export function brokenRef(cx: Conversion, ref: string, place: Place): Node {
  const moved = ref.replace(
    /^#\/(definitions|parameters|responses)\//,
    (_, section: string) => `#/components/${section === 'definitions' ? 'schemas' : section}/`,
  );
  return cx.place({ $ref: moved }, place);
}

export function at(place: Place, ...segments: string[]): Place {
  return { file: place.file, path: [...place.path, ...segments] };
}
