/**
 * The one error type a user mistake may surface as. Anything else escaping the engine is a bug, and
 * the entry points say so; a UserError is printed as its message alone, never as a stack trace.
 */
export interface ErrorPlace {
  file: string;
  line?: number;
  column?: number;
}

export class UserError extends Error {
  override readonly name = 'UserError';
  /** The CLI's exit status for it: 2 is bad usage or unreadable input; subclasses for failed checks use 1. */
  readonly exitCode: number = 2;
  constructor(
    message: string,
    /** Where the mistake is written, when it is in a file. */
    readonly place?: ErrorPlace,
    /** What to do about it. */
    readonly hint?: string,
  ) {
    super(message);
  }

  /** One line for a terminal or a log: `file:line:col: message (hint)`. */
  describe(): string {
    const where = this.place ? `${this.place.file}${this.place.line ? `:${this.place.line}` : ''}${this.place.column ? `:${this.place.column}` : ''}: ` : '';
    return `${where}${this.message}${this.hint ? `\n  ${this.hint}` : ''}`;
  }
}

/**
 * A bug of ours met while one stage worked on one spec: reported as that stage's outcome, so every
 * other spec and stage keeps its report, and the CLI still exits 3. The original error (its stack)
 * is kept for the log.
 */
export class InternalError extends UserError {
  override readonly exitCode = 3;
  constructor(
    what: string,
    readonly original: unknown,
  ) {
    super(`internal error in ${what} (please report it): ${original instanceof Error ? original.message : String(original)}`);
  }
}
