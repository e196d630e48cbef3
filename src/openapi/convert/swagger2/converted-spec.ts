/**
 * The Spec a Swagger 2.0 description becomes: one OpenAPI 3.0.3 document, self-contained (schemas
 * from other files are hoisted into its components), that stages read like any loaded 3.0 spec,
 * while every place in it is located in the 2.0 file where it is written.
 */
import { decodePointer, valueAt } from '../../pointer.ts';
import type { Diagnostic, RefTarget, SourceLocation, Spec, SpecFile, SpecFormat } from '../../types.ts';
import { followRefs } from '../../nodes.ts';
import type { SourceMap } from './source-map.ts';

export class ConvertedFile implements SpecFile {
  readonly id: string;
  readonly displayPath: string;
  readonly format: SpecFormat;
  /** The 2.0 text: the converted document has no text of its own, and positions are the 2.0 file's. */
  readonly text: string;

  constructor(
    source: SpecFile,
    readonly data: Record<string, unknown>,
    private readonly sources: SourceMap,
  ) {
    this.id = source.id;
    this.displayPath = source.displayPath;
    this.format = source.format;
    this.text = source.text;
  }

  locate(path: readonly string[]): SourceLocation {
    return this.sources.locate(this.data, path);
  }
}

export class ConvertedSpec implements Spec {
  readonly files: ReadonlyMap<string, SpecFile>;
  readonly family = '3.0' as const;
  readonly version = '3.0.3';

  constructor(
    readonly root: ConvertedFile,
    /** The loader's problems, located in the 2.0 files already. */
    readonly problems: readonly Diagnostic[],
  ) {
    this.files = new Map([[root.id, root]]);
  }

  get document(): Record<string, unknown> {
    return this.root.data;
  }

  fileOf(): SpecFile {
    return this.root;
  }

  /** Every ref the converter writes is internal; one it kept as written (broken in 2.0 already) resolves to nothing. */
  target(ref: { $ref: string }): RefTarget | undefined {
    if (!ref.$ref.startsWith('#')) return undefined;
    const path = decodePointer(ref.$ref);
    if (!path) return undefined;
    const value = valueAt(this.root.data, path);
    return value === undefined ? undefined : { file: this.root, path, value };
  }

  resolve<T = unknown>(node: T): T {
    return followRefs(node, (ref) => this.target(ref));
  }
}
