/**
 * Where each part of a converted document is written in the Swagger 2.0 files. Every object the
 * converter builds is registered with the place it was built from; a path into the converted
 * document is located by walking it to the deepest registered object and continuing from that
 * object's place with the segments that remain. Values copied as they are (examples, enums, the
 * `security` lists) need no entry: their place follows from their parent's.
 */
import type { SourceLocation, SpecFile } from '../../types.ts';

export interface Place {
  file: SpecFile;
  path: string[];
}

export interface Source extends Place {
  /**
   * Keys of the converted object that were renamed from the 2.0 one, with the path they came from
   * (`nullable` ← `x-nullable`, `style` ← `collectionFormat`, `example` ← `examples/<type>`).
   */
  renamed?: Record<string, string[]>;
}

export class SourceMap {
  private readonly sources = new WeakMap<object, Source>();

  constructor(private readonly fallback: Source) {}

  /** Registers `value` as built from `source`; returns it, so building and registering is one expression. */
  place<T extends object>(value: T, source: Source): T {
    this.sources.set(value, source);
    return value;
  }

  /** The 2.0 place of the value at `path` in `document`, located in its file. */
  locate(document: unknown, path: readonly string[]): SourceLocation {
    let source: Source = this.sources.get(document as object) ?? this.fallback;
    let rest: string[] = [];
    let node = document;
    for (const segment of path) {
      if (node === null || typeof node !== 'object' || !Object.prototype.hasOwnProperty.call(node, segment)) {
        // Past the converted document (a stage's own pointer): keep the segments as written.
        rest.push(segment);
        node = undefined;
        continue;
      }
      const renamed = rest.length === 0 ? source.renamed?.[segment] : undefined;
      if (renamed) rest.push(...renamed);
      else rest.push(segment);
      node = (node as Record<string, unknown>)[segment];
      const known = node !== null && typeof node === 'object' ? this.sources.get(node) : undefined;
      if (known) {
        source = known;
        rest = [];
      }
    }
    return source.file.locate([...source.path, ...rest]);
  }
}
