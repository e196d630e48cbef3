/** Bounds on what the loader reads: the spec is untrusted input. */
export interface LoadLimits {
  /** Largest single file, in bytes. The GitHub REST description is 13 MB. */
  maxFileBytes: number;
  /** All files together. */
  maxTotalBytes: number;
  /** How many files one description may span (DigitalOcean's spans ~2,900). */
  maxFiles: number;
  /** Deepest nesting of a document; real specs stay under 30. */
  maxDepth: number;
  /** Nodes after expanding YAML aliases, which is what every later walk visits. */
  maxNodes: number;
  /**
   * Characters of keys and strings after expanding YAML aliases: one long string aliased a thousand
   * times is few nodes but gigabytes for every stage that writes the document out.
   */
  maxExpandedChars: number;
  /** Time allowed for one remote file. */
  fetchTimeoutMs: number;
}

export const defaultLimits: LoadLimits = {
  maxFileBytes: 25 * 1024 * 1024,
  maxTotalBytes: 100 * 1024 * 1024,
  maxFiles: 10_000,
  maxDepth: 128,
  maxNodes: 5_000_000,
  maxExpandedChars: 200 * 1024 * 1024,
  fetchTimeoutMs: 15_000,
};
