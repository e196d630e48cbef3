/**
 * The document a structural validator should see: refs that leave the root file are replaced by what
 * they point at (a validator cannot follow them), refs inside the root stay (the root's own
 * components are validated where they stand), and a ref that would close a cycle stays a ref.
 * Nothing is copied except the containers on the way to a replaced ref, and every such container
 * and every inlined value remembers where it is written, so an error found anywhere in the view is
 * reported in the file and at the line where the offending text is.
 */
import type { LoadedSpec } from './loaded-spec.ts';
import type { SourceLocation, SpecFile } from '../types.ts';

interface Origin {
  file: SpecFile;
  path: string[];
}

export class InlineView {
  readonly document: unknown;
  private readonly origins = new WeakMap<object, Origin>();
  private readonly done = new WeakMap<object, unknown>();
  private readonly open = new WeakSet<object>();

  constructor(private readonly spec: LoadedSpec) {
    // A single file has nothing to inline; the GitHub description is validated as parsed.
    this.document = spec.files.size === 1 ? spec.document : this.view(spec.document, spec.root, []);
  }

  /** Where the value at `path` in the view is written. */
  locate(path: readonly string[]): SourceLocation {
    let node: unknown = this.document;
    let origin: Origin = { file: this.spec.root, path: [] };
    let here: string[] = [];
    for (const segment of path) {
      if (node === null || typeof node !== 'object' || !Object.prototype.hasOwnProperty.call(node, segment)) break;
      node = (node as Record<string, unknown>)[segment];
      here.push(segment);
      const known = node !== null && typeof node === 'object' ? this.origins.get(node) : undefined;
      if (known) {
        origin = known;
        here = [];
      }
    }
    return origin.file.locate([...origin.path, ...here]);
  }

  private view(node: unknown, file: SpecFile, path: string[]): unknown {
    if (node === null || typeof node !== 'object') return node;
    const target = this.spec.followed(node);
    if (target && (target.file !== this.spec.root || file !== this.spec.root)) {
      const value = target.value;
      if (value === null || typeof value !== 'object') return value;
      if (this.open.has(value)) return node;
      const inlined = this.view(value, target.file, target.path);
      if (inlined !== null && typeof inlined === 'object' && !this.origins.has(inlined)) {
        this.origins.set(inlined, { file: target.file, path: target.path });
      }
      return inlined;
    }
    if (this.done.has(node)) return this.done.get(node);
    this.open.add(node);
    let copy: Record<string, unknown> | unknown[] | undefined;
    for (const key of Object.keys(node)) {
      const child = (node as Record<string, unknown>)[key];
      const viewed = this.view(child, file, [...path, key]);
      if (viewed !== child) {
        copy ??= Array.isArray(node) ? [...node] : { ...node };
        // defineProperty, so a key named __proto__ stays a plain key.
        Object.defineProperty(copy, key, { value: viewed, enumerable: true, writable: true, configurable: true });
      }
    }
    this.open.delete(node);
    const result = copy ?? node;
    if (copy) this.origins.set(copy, { file, path });
    this.done.set(node, result);
    return result;
  }
}
