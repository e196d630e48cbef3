import { createRequire as __createRequire } from 'node:module';const require = __createRequire(import.meta.url);

// src/errors.ts
var UserError = class extends Error {
  constructor(message, place, hint) {
    super(message);
    this.place = place;
    this.hint = hint;
  }
  place;
  hint;
  name = "UserError";
  /** The CLI's exit status for it: 2 is bad usage or unreadable input; subclasses for failed checks use 1. */
  exitCode = 2;
  /** One line for a terminal or a log: `file:line:col: message (hint)`. */
  describe() {
    const where = this.place ? `${this.place.file}${this.place.line ? `:${this.place.line}` : ""}${this.place.column ? `:${this.place.column}` : ""}: ` : "";
    return `${where}${this.message}${this.hint ? `
  ${this.hint}` : ""}`;
  }
};
var InternalError = class extends UserError {
  constructor(what, original) {
    super(`internal error in ${what} (please report it): ${original instanceof Error ? original.message : String(original)}`);
    this.original = original;
  }
  original;
  exitCode = 3;
};

export {
  UserError,
  InternalError
};
