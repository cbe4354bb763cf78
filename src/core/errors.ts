/**
 * Exceptions are only for misuse and unusable input; content findings are Diagnostics.
 * The CLI turns these into one-line messages and exit codes (see README "Exit codes").
 */
export type ErrorKind =
  | 'usage' // bad option or argument: exit 2
  | 'not-found' // missing path
  | 'empty' // zero bytes or no text
  | 'binary' // NUL bytes / not text
  | 'undecodable' // bytes that no supported encoding reads
  | 'too-large' // over the configured size limit
  | 'not-docx' // a .docx that is not a zip, or a zip without a Word document part
  | 'bad-jsonl-line' // a JSON Lines line that is not JSON, not an object, or has no usable text field
  | 'invalid-values' // values file with a wrong type, unknown slot …
  | 'io'; // other file system errors

export class PlankitError extends Error {
  readonly kind: ErrorKind;
  readonly path: string | undefined;

  constructor(kind: ErrorKind, message: string, path?: string) {
    super(message);
    this.name = 'PlankitError';
    this.kind = kind;
    this.path = path;
  }

  /** "path: reason" — the one line the CLI prints. */
  toLine(): string {
    return this.path === undefined ? this.message : `${this.path}: ${this.message}`;
  }
}

export function isPlankitError(e: unknown): e is PlankitError {
  return e instanceof PlankitError;
}

export function usageError(message: string): PlankitError {
  return new PlankitError('usage', message);
}

export function inputError(kind: Exclude<ErrorKind, 'usage'>, path: string, message: string): PlankitError {
  return new PlankitError(kind, message, path);
}
