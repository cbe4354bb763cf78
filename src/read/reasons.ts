/**
 * Why a Markdown, Word or JSON Lines input cannot be read: the reason codes are error codes of their
 * own (core/errors.ts ErrorArgs, `markdown-empty`, `docx-not-zip`, `jsonl-not-json` …), each with
 * its kind there and its sentence in every language in src/messages.
 */
import { inputError, type ErrorArgs, type PlankitError } from '../core/errors.js';

/** JSON type names as a reader knows them (typeof says "object" for arrays and null). */
export function jsonTypeOf(v: unknown): string {
  return v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v;
}

/** The reasons of this stage: the Markdown, Word and JSON Lines codes. */
export type ReadReason = Extract<keyof ErrorArgs, `markdown-${string}` | `docx-${string}` | `jsonl-${string}`>;
export type ReadReasonArgs = Pick<ErrorArgs, ReadReason>;

export function readError<R extends ReadReason>(reason: R, path: string, args: ErrorArgs[R]): PlankitError<R> {
  return inputError(reason, path, args);
}
