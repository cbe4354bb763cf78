/**
 * Exceptions are only for misuse and unusable input; content findings are Diagnostics.
 *
 * Like a Diagnostic, an error is data: a code with typed arguments (ErrorArgs), the path it is about,
 * and a kind that decides the exit code (see README "Exit codes"). `src/messages/` renders it in
 * Chinese or English; the CLI prints it as one line, `plankit: <path>: <reason>`.
 */

import { describeError } from '../messages/errors-en.js';
import type { ExportProblem } from '../export/problems.js';
import type { SlotType } from './template.js';

/** Why the file system refused: what a user can do something about, from the errno. */
export type FsProblem =
  | 'missing' // ENOENT on the path itself
  | 'missing-folder' // ENOENT on the folder a file is to be written in
  | 'not-folder' // ENOTDIR: a part of the path is a file
  | 'is-folder' // EISDIR
  | 'permission' // EACCES, EPERM
  | 'read-only' // EROFS, or SQLite's READONLY
  | 'no-space' // ENOSPC, EDQUOT, SQLite's FULL
  | 'busy' // SQLite's BUSY/LOCKED: another process holds the database
  | 'other';

/** How an option value must look, for the message that refuses it. */
export type OptionRange =
  | { kind: 'share' } // a number from 0 to 1
  | { kind: 'integer'; min: number; max?: number }
  | { kind: 'number'; min: number; max?: number };

/** True when `n` is a value `range` allows. */
export function withinRange(n: number, range: OptionRange): boolean {
  if (!Number.isFinite(n)) return false;
  if (range.kind === 'share') return n >= 0 && n <= 1;
  if (range.kind === 'integer' && !Number.isInteger(n)) return false;
  return n >= range.min && (range.max === undefined || n <= range.max);
}

/**
 * One reason a template cannot be filled, or a values file cannot fill it (template/fill). The first
 * five are about the template itself (TEMPLATE_PROBLEMS); the others about the values.
 */
export type FillProblem =
  /** The template's parts name a slot its `slots` list lacks. */
  | { problem: 'unknown-slot'; slot: string }
  /** A part that is neither { text }, { slot } nor { optional, parts }; `at` is its path (parts[3].parts[0]). */
  | { problem: 'unknown-part'; at: string }
  /** A slot whose type is not one plankit knows. */
  | { problem: 'unknown-type'; slot: string; type: string }
  /** A slot whose field is not in `fields`, or a field naming a slot that does not exist. */
  | { problem: 'unknown-slot-field'; slot: string; field: string }
  /** A block in the parts that `optionals` does not list. */
  | { problem: 'unknown-block-part'; block: string }
  /** The values name a field the template does not have. */
  | { problem: 'unknown-field'; field: string; family: string; known: string[] }
  /** The values name an optional block the template does not have. */
  | { problem: 'unknown-block'; block: string; family: string }
  /** `same_as` names a field that does not exist, or links in a circle. */
  | { problem: 'bad-link'; field: string; target: string }
  | { problem: 'missing-include'; block: string; label: string }
  | { problem: 'missing-value'; field: string; label: string; type: SlotType }
  | { problem: 'bad-value'; field: string; label: string; type: SlotType; value: string; reason: ValueProblem }
  /** A member's surface that does not fit the filled text (values changed since valuesOf). */
  | { problem: 'surface-mismatch' };

/** The problems that are the template's own (its file is at fault, not the values file). */
export const TEMPLATE_PROBLEMS: ReadonlySet<FillProblem['problem']> = new Set(['unknown-slot', 'unknown-part', 'unknown-type', 'unknown-slot-field', 'unknown-block-part']);

/** What is wrong with a value for its field type (template/fill/validate.ts). */
export type ValueProblem =
  | 'empty'
  | 'letters'
  | 'negative'
  | 'not-number'
  | 'not-whole'
  | 'too-many-parts'
  | 'year-range'
  | 'not-year'
  | 'not-date'
  | 'line-break'
  | 'not-time'
  | 'unknown-type';

/**
 * Every error code and the shape of its arguments. A code added here needs its kind in ERROR_KIND
 * and a sentence in every language of `src/messages/`; the type checker refuses it otherwise.
 * The path an error is about is not an argument: it is PlankitError.path.
 */
export interface ErrorArgs {
  // usage: the command line
  'unknown-option': { option: string; suggestion?: string };
  'unknown-command': { command: string; suggestion?: string };
  'missing-argument': { argument: string };
  'option-missing-value': { option: string };
  'missing-required-option': { option: string };
  'too-many-arguments': { expected: number; got: number };
  /** Any other complaint of the command-line parser, in its own (English) words. */
  'command-line': { detail: string };
  'bad-choice': { option: string; value: string; choices: readonly string[] };
  'bad-number': { option: string; value: string; range: OptionRange };
  'no-input': Record<string, never>;
  'no-stdin': { command: string };
  'fix-conflict': Record<string, never>;
  'no-such-family': { family: string };
  'values-out-needs-family': { families: string[] };
  /** An export of one template (a Word template) from an input of several families. */
  'needs-family': { families: string[] };
  /** A binary output (Word) asked for without -o. */
  'needs-output': { format: string };
  /** An output option naming one of the command's inputs (path is the output). */
  'output-is-input': { option: string };
  /** An output option naming a file that exists, without --force (path is the output). */
  'output-exists': { option: string };
  /** `--link` not written a=b. */
  'bad-link': { value: string };
  /** `--link` naming no field, or fields whose values differ in some member. */
  'link-failed': { names: string[]; why: 'unknown-field' | 'values-differ' };
  /** A list file of batch (path is the list file). */
  'list-file-unreadable': { problem: FsProblem; errno?: string };
  // usage: library options
  'unknown-encoding': { encoding: string };
  /** readDocument was given a JSON Lines file, which is many documents (path is the file). */
  'jsonl-whole-file': Record<string, never>;
  'unknown-format': { format: string; formats: readonly string[] };
  /** An option of a library stage out of its range (`--near 2`, dedup permutations 0 …). */
  'bad-option': { stage: 'read' | 'dedup' | 'reuse' | 'outline' | 'batch'; option: string; value: string; range: OptionRange };
  'bands-over-permutations': { bandRows: number; permutations: number };
  'range-outside-text': { what: 'outline-body' | 'segment-range'; start: number; end: number; length: number };
  'duplicate-unit': { id: string };
  'family-size-mismatch': { family: string; size: number; members: number };
  'unknown-table': { table: string };
  'no-members': Record<string, never>;
  /** A jieba user dictionary (path is the dictionary). */
  'dict-not-file': Record<string, never>;
  'dict-unreadable': { errno: string };
  'dict-line': { line: number; problem: 'fields' | 'frequency'; value?: string };
  'dict-switch': { current: string | null };
  // input files
  'not-found': Record<string, never>;
  'no-plan-files': { extensions: string[] };
  'no-match': Record<string, never>;
  'is-folder': Record<string, never>;
  'not-regular-file': Record<string, never>;
  'permission-denied': Record<string, never>;
  'read-failed': { errno: string };
  'list-folder-failed': { errno: string };
  'empty-file': Record<string, never>;
  'empty-html': Record<string, never>;
  'whitespace-only': Record<string, never>;
  binary: { offset: number };
  undecodable: Record<string, never>;
  'undecodable-as': { encoding: string; bad: number; total: number };
  'too-large': { size: number; limit: number };
  // Markdown, Word and JSON Lines inputs (read/reasons.ts)
  'markdown-empty': Record<string, never>;
  'docx-empty': Record<string, never>;
  'docx-not-zip': Record<string, never>;
  'docx-old-word': Record<string, never>;
  'docx-damaged': { detail: string };
  'docx-no-document': { part: string };
  'docx-too-large': { size: number; limit: number };
  'jsonl-not-utf8': Record<string, never>;
  'jsonl-not-json': { detail: string };
  'jsonl-not-object': { found: string };
  'jsonl-no-text': { fields: string[] };
  'jsonl-text-not-string': { field: string; found: string };
  'jsonl-empty-text': { field: string };
  'jsonl-bad-id': { field: string; found: string };
  'jsonl-duplicate-id': { id: string; firstLine: number };
  'jsonl-line-too-large': { size: number; limit: number };
  /** `corpus.jsonl#a17` names a unit the file does not have (path is `<file>#<id>`). */
  'jsonl-no-unit': { id: string; file: string };
  /** batch: the inputs named no file at all. */
  'nothing-to-analyse': Record<string, never>;
  /** diff: `page.txt#篇9` names a variant the page does not have. */
  'no-such-variant': { label: string; labels: string[] };
  // values files and templates given to fill
  'values-syntax': { line?: number; column?: number };
  'values-not-mapping': Record<string, never>;
  'values-slots-not-mapping': { section: 'slots' | 'fields' };
  'values-slot-type': { field: string };
  'values-same-as-type': { field: string };
  'values-surface-shape': Record<string, never>;
  'values-optional-not-mapping': Record<string, never>;
  'values-include-type': { block: string };
  'values-not-member': { member: string; family: string };
  'values-problems': { problems: FillProblem[] };
  'template-syntax': { line?: number; column?: number };
  'not-a-template': Record<string, never>;
  /** A template file whose JSON has the wrong shape at `at` (templates[0].slots[2].id must be text). */
  'template-shape': { at: string; expected: 'text' | 'list' | 'object' };
  /** Problems of the template's content (unknown slots, parts, types …): every one, in order. */
  'template-problems': { problems: FillProblem[] };
  'template-ambiguous': { families: string[] };
  'template-not-found': { family: string; file: string; families: string[] };
  /** What a Word template read back holds that no values file can be made of (every one, in order). */
  'docx-values': { problems: ExportProblem[] };
  /** The fill-in page's bundled script is missing: the package was not built (npm run build). */
  'form-script-missing': { script: string };
  // output and results database
  'cannot-write': { problem: FsProblem; errno?: string };
  'store-corrupt': Record<string, never>;
  'store-not-plankit': Record<string, never>;
  /** An empty file given as an existing results database (reuse). */
  'store-empty': Record<string, never>;
  'store-newer': { version: number; supported: number };
  'store-open': { problem: FsProblem; errno?: string };
  /** An SQLite error after the database was opened; `sqlite` is its result code (SQLITE_FULL …). */
  'store-failed': { problem: FsProblem; sqlite: string };
  /**
   * A PostgreSQL store that cannot be used (path is its URL without the password): `code` is the
   * server's SQLSTATE or the socket's errno, `detail` the server's first line when nothing better names it.
   */
  'store-server': { problem: ServerProblem; code?: string; detail?: string };
}

/** Why a PostgreSQL store cannot be used. */
export type ServerProblem =
  | 'bad-url' // the URL does not parse
  | 'unreachable' // nothing answers at the host and port (refused, unknown host, timeout)
  | 'auth' // the server refused the user or password
  | 'no-database' // the server has no database of that name
  | 'read-only' // the server refuses writes (a standby, a read-only transaction)
  | 'no-space' // disk full on the server
  | 'permission' // the user lacks a privilege
  | 'failed'; // anything else the server reported

export type ErrorCode = keyof ErrorArgs;

/** What the CLI does about an error: usage → exit 2; any other kind → exit 1 (see README). */
export type ErrorKind =
  | 'usage' // bad option or argument
  | 'not-found' // missing path
  | 'empty' // zero bytes or no text
  | 'binary' // NUL bytes / not text
  | 'undecodable' // bytes that no supported encoding reads
  | 'too-large' // over the configured size limit
  | 'not-docx' // a .docx that is not a zip, or a zip without a Word document part
  | 'bad-jsonl-line' // a JSON Lines line that is not JSON, not an object, or has no usable text field
  | 'invalid-values' // values file with a wrong type, unknown slot …
  | 'invalid-template' // a template file that is not one plankit wrote
  | 'io' // other file system errors while reading
  | 'output' // a file that cannot be written
  | 'store'; // a results database that cannot be used (corrupt, newer, folder missing or read-only …)

/** The kind of every code. */
export const ERROR_KIND: { readonly [C in ErrorCode]: ErrorKind } = {
  'unknown-option': 'usage',
  'unknown-command': 'usage',
  'missing-argument': 'usage',
  'option-missing-value': 'usage',
  'missing-required-option': 'usage',
  'too-many-arguments': 'usage',
  'command-line': 'usage',
  'bad-choice': 'usage',
  'bad-number': 'usage',
  'no-input': 'usage',
  'no-stdin': 'usage',
  'fix-conflict': 'usage',
  'no-such-family': 'usage',
  'values-out-needs-family': 'usage',
  'needs-family': 'usage',
  'needs-output': 'usage',
  'output-is-input': 'usage',
  'output-exists': 'usage',
  'bad-link': 'usage',
  'link-failed': 'usage',
  'list-file-unreadable': 'usage',
  'unknown-encoding': 'usage',
  'jsonl-whole-file': 'usage',
  'unknown-format': 'usage',
  'bad-option': 'usage',
  'bands-over-permutations': 'usage',
  'range-outside-text': 'usage',
  'duplicate-unit': 'usage',
  'family-size-mismatch': 'usage',
  'unknown-table': 'usage',
  'no-members': 'usage',
  'dict-not-file': 'usage',
  'dict-unreadable': 'usage',
  'dict-line': 'usage',
  'dict-switch': 'usage',
  'not-found': 'not-found',
  'no-plan-files': 'not-found',
  'no-match': 'not-found',
  'is-folder': 'io',
  'not-regular-file': 'io',
  'permission-denied': 'io',
  'read-failed': 'io',
  'list-folder-failed': 'io',
  'empty-file': 'empty',
  'empty-html': 'empty',
  'whitespace-only': 'empty',
  binary: 'binary',
  undecodable: 'undecodable',
  'undecodable-as': 'undecodable',
  'too-large': 'too-large',
  'markdown-empty': 'empty',
  'docx-empty': 'empty',
  'docx-not-zip': 'not-docx',
  'docx-old-word': 'not-docx',
  'docx-damaged': 'not-docx',
  'docx-no-document': 'not-docx',
  'docx-too-large': 'too-large',
  'jsonl-not-utf8': 'bad-jsonl-line',
  'jsonl-not-json': 'bad-jsonl-line',
  'jsonl-not-object': 'bad-jsonl-line',
  'jsonl-no-text': 'bad-jsonl-line',
  'jsonl-text-not-string': 'bad-jsonl-line',
  'jsonl-empty-text': 'empty',
  'jsonl-bad-id': 'bad-jsonl-line',
  'jsonl-duplicate-id': 'bad-jsonl-line',
  'jsonl-line-too-large': 'too-large',
  'jsonl-no-unit': 'not-found',
  'nothing-to-analyse': 'not-found',
  'no-such-variant': 'not-found',
  'values-syntax': 'invalid-values',
  'values-not-mapping': 'invalid-values',
  'values-slots-not-mapping': 'invalid-values',
  'values-slot-type': 'invalid-values',
  'values-same-as-type': 'invalid-values',
  'values-surface-shape': 'invalid-values',
  'values-optional-not-mapping': 'invalid-values',
  'values-include-type': 'invalid-values',
  'values-not-member': 'invalid-values',
  'values-problems': 'invalid-values',
  'template-syntax': 'invalid-template',
  'not-a-template': 'invalid-template',
  'template-shape': 'invalid-template',
  'template-problems': 'invalid-template',
  'template-ambiguous': 'invalid-values',
  'template-not-found': 'invalid-values',
  'docx-values': 'invalid-values',
  'form-script-missing': 'io',
  'cannot-write': 'output',
  'store-corrupt': 'store',
  'store-not-plankit': 'store',
  'store-empty': 'store',
  'store-newer': 'store',
  'store-open': 'store',
  'store-failed': 'store',
  'store-server': 'store',
};

/** An error as plain data (it crosses worker threads and JSON): `switch (e.code)` narrows `args`. */
export type ErrorData = { [C in ErrorCode]: { code: C; args: ErrorArgs[C] } }[ErrorCode];

export class PlankitError<C extends ErrorCode = ErrorCode> extends Error {
  readonly code: C;
  readonly args: ErrorArgs[C];
  readonly kind: ErrorKind;
  /** The file the error is about (an input, an output, a database, a list file …), if any. */
  readonly path: string | undefined;

  constructor(code: C, args: ErrorArgs[C], path?: string) {
    // Error.message is the English sentence (for logs and stack traces); show users formatError(e, lang).
    super(describeError(code, args));
    this.name = 'PlankitError';
    this.code = code;
    this.args = args;
    this.kind = ERROR_KIND[code];
    this.path = path;
  }

  /** The code and arguments as one value whose union narrows on `code`. */
  get data(): ErrorData {
    return { code: this.code, args: this.args } as ErrorData;
  }

  /** "path: reason" in English, for logs (the CLI prints the reason in the user's language). */
  toLine(): string {
    return this.path === undefined ? this.message : `${this.path}: ${this.message}`;
  }

  /** The same error about another path (a values problem found by the library, named by the CLI). */
  at(path: string): PlankitError<C> {
    return new PlankitError(this.code, this.args, path);
  }
}

export function isPlankitError(e: unknown): e is PlankitError {
  return e instanceof PlankitError;
}

export function isErrorCode(code: string): code is ErrorCode {
  return Object.prototype.hasOwnProperty.call(ERROR_KIND, code);
}

/** A usage error (exit 2): misuse of an option, an argument or a library function. */
export function usageError<C extends ErrorCode>(code: C, args: ErrorArgs[C], path?: string): PlankitError<C> {
  return new PlankitError(code, args, path);
}

/** An error about one input (exit 1 in the CLI; the other inputs go on). */
export function inputError<C extends ErrorCode>(code: C, path: string, args: ErrorArgs[C]): PlankitError<C> {
  return new PlankitError(code, args, path);
}

/** A Node.js errno code of a thrown value, if it has one. */
export function errnoOf(e: unknown): string | undefined {
  if (typeof e !== 'object' || e === null || !('code' in e)) return undefined;
  const code = e.code;
  return typeof code === 'string' ? code : undefined;
}

/**
 * What the file system's refusal means to a user. `writing`: ENOENT means the folder to write in is
 * missing (the file itself is about to be created).
 */
export function fsProblem(e: unknown, writing: boolean): { problem: FsProblem; errno?: string } {
  const errno = errnoOf(e);
  switch (errno) {
    case 'ENOENT':
      return { problem: writing ? 'missing-folder' : 'missing' };
    case 'ENOTDIR':
      return { problem: 'not-folder' };
    case 'EISDIR':
      return { problem: 'is-folder' };
    case 'EACCES':
    case 'EPERM':
      return { problem: 'permission' };
    case 'EROFS':
      return { problem: 'read-only' };
    case 'ENOSPC':
    case 'EDQUOT':
      return { problem: 'no-space' };
    default:
      return errno === undefined ? { problem: 'other' } : { problem: 'other', errno };
  }
}

/** A file that cannot be written (an output file or folder). */
export function writeError(path: string, e: unknown): PlankitError<'cannot-write'> {
  return new PlankitError('cannot-write', fsProblem(e, true), path);
}
