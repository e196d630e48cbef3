/** What every stage sees of a loaded OpenAPI description. Built once by loadSpec(). */

export type SpecFormat = 'json' | 'yaml';
export type SpecFamily = '2.0' | '3.0' | '3.1' | '3.2';

export interface SourceLocation {
  /** Path as shown to users (relative to the workspace when inside it). */
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based, in characters. */
  column: number;
  /** JSON pointer inside that file. */
  pointer: string;
}

export type Severity = 'error' | 'warning';

/** One finding of any stage, located where it is written. */
export interface Diagnostic {
  severity: Severity;
  /** Short stable id of the rule, e.g. `schema`, `duplicate-operation-id`, `ref-outside-root`. */
  rule: string;
  message: string;
  /** What to do about it, when that is not obvious from the message. */
  hint?: string;
  location: SourceLocation;
}

export interface SpecFile {
  /** Absolute real path (symlinks resolved), or the URL for an allowed remote file. */
  readonly id: string;
  /** For messages and annotations. */
  readonly displayPath: string;
  readonly format: SpecFormat;
  readonly text: string;
  /** Parsed content; `$ref`s as written. */
  readonly data: unknown;
  /** Source position of the value at `path` (or of its deepest existing ancestor). */
  locate(path: readonly string[]): SourceLocation;
}

export interface RefTarget {
  file: SpecFile;
  /** Path inside `file`, as segments. */
  path: string[];
  value: unknown;
}

export interface Spec {
  readonly root: SpecFile;
  /** Every file the description spans, keyed by id; the root first. */
  readonly files: ReadonlyMap<string, SpecFile>;
  /** The root file's data. */
  readonly document: Record<string, unknown>;
  readonly family: SpecFamily;
  /** The version string as written (`openapi` or `swagger`). */
  readonly version: string;
  /** Problems met while loading (refused or broken refs, syntax errors in referenced files). */
  readonly problems: readonly Diagnostic[];
  /** The file that holds this parsed object (the root for objects it does not know). */
  fileOf(node: object): SpecFile;
  /** Where a `$ref` object points, resolved against the file that holds it; undefined if broken. */
  target(ref: { $ref: string }): RefTarget | undefined;
  /** Follows `$ref` chains to a value; returns the node itself when it is not a ref. */
  resolve<T = unknown>(node: T): T;
}
