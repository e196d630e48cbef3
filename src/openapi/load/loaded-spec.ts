/** The Spec every stage receives: the parsed files and what loading learnt about their refs. */
import { valueAt } from '../pointer.ts';
import { addressRef, type RefPolicy } from './ref-policy.ts';
import type { ParsedFile } from './parsed-file.ts';
import type { Diagnostic, RefTarget, Spec, SpecFamily } from '../types.ts';
import { followRefs } from '../nodes.ts';

export class LoadedSpec implements Spec {
  readonly document: Record<string, unknown>;

  constructor(
    readonly root: ParsedFile,
    readonly files: ReadonlyMap<string, ParsedFile>,
    readonly family: SpecFamily,
    readonly version: string,
    readonly problems: readonly Diagnostic[],
    private readonly owners: WeakMap<object, ParsedFile>,
    private readonly targets: WeakMap<object, { file: string; path: string[] }>,
    private readonly policy: RefPolicy,
  ) {
    this.document = root.data as Record<string, unknown>;
  }

  /** The folder every file of the description lies in (the ref policy's root). */
  get rootDir(): string {
    return this.policy.rootDir;
  }

  fileOf(node: object): ParsedFile {
    return this.owners.get(node) ?? this.root;
  }

  /** The target of a ref the loader followed (not those inside examples and other literal data). */
  followed(ref: object): RefTarget | undefined {
    const known = this.targets.get(ref);
    if (!known) return undefined;
    const file = this.files.get(known.file)!;
    return { file, path: known.path, value: valueAt(file.data, known.path) };
  }

  target(ref: { $ref: string }): RefTarget | undefined {
    const known = this.followed(ref);
    if (known) return known;
    // A ref the loader did not follow (inside an example, or built by a stage): resolve it only
    // among the files already read, never by reading more.
    const from = this.fileOf(ref);
    const address = addressRef(ref.$ref, from.id, this.policy);
    if (address.kind === 'refused') return undefined;
    const file = address.kind === 'internal' ? from : this.files.get(address.kind === 'local' ? address.file : address.url);
    if (!file) return undefined;
    const value = valueAt(file.data, address.path);
    return value === undefined ? undefined : { file, path: address.path, value };
  }

  resolve<T = unknown>(node: T): T {
    return followRefs(node, (ref) => this.target(ref));
  }
}
