import type { ErrorArgs, ErrorCode, FsProblem, OptionRange, ServerProblem } from '../core/errors.js';
import type { BatchFailureData } from '../batch/record.js';
import { exportProblemEn } from './export-en.js';
import { fillProblemEn } from './fill-en.js';

/** A sentence for every error code, in one language; the type checker refuses a missing one. */
export type ErrorSentences = { readonly [C in ErrorCode]: (a: ErrorArgs[C]) => string };

const FS_EN: Record<FsProblem, string> = {
  missing: 'no such file',
  'missing-folder': 'the folder does not exist',
  'not-folder': 'a part of the path is a file, not a folder',
  'is-folder': 'it is a folder, not a file',
  permission: 'permission denied',
  'read-only': 'the file or its folder is read-only',
  'no-space': 'no space left on the device',
  busy: 'another process is using it',
  other: 'system error',
};

const SERVER_EN: Record<ServerProblem, string> = {
  'bad-url': 'not a valid PostgreSQL URL (postgresql://user:password@host:port/database)',
  unreachable: 'cannot connect to the database server',
  auth: 'the server refused the user name or password',
  'no-database': 'the database does not exist on the server (create it first: createdb NAME)',
  'read-only': 'the server refuses writes',
  'no-space': 'no space left on the server',
  permission: 'permission denied by the server',
  failed: 'database error',
};

const detail = (a: { code?: string; detail?: string }): string => {
  const parts = [a.code, a.detail].filter((x) => x !== undefined && x !== '');
  return parts.length === 0 ? '' : ` (${parts.join(': ')})`;
};

const fs = (a: { problem: FsProblem; errno?: string }): string => `${FS_EN[a.problem]}${a.errno === undefined ? '' : ` (${a.errno})`}`;

const bound = (n: number | undefined): n is number => n !== undefined && n < Number.MAX_SAFE_INTEGER;

export function rangeEn(r: OptionRange): string {
  if (r.kind === 'share') return 'a number from 0 to 1';
  const what = r.kind === 'integer' ? 'a whole number' : 'a number';
  return bound(r.max) ? `${what} from ${r.min} to ${r.max}` : `${what} of at least ${r.min}`;
}

/** A size as people read it: bytes below 1 MiB, else MiB. */
export function sizeEn(bytes: number): string {
  return bytes < 1024 * 1024 ? `${bytes} bytes` : `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
}

const mib = (n: number): string => `${(n / (1024 * 1024)).toFixed(1)} MiB`;
const quoted = (fields: readonly string[]): string => fields.map((f) => `"${f}"`).join(', ');

const at = (a: { line?: number; column?: number }): string =>
  a.line === undefined ? '' : ` (line ${a.line}${a.column === undefined ? '' : `, column ${a.column}`})`;

const suggest = (s: string | undefined): string => (s === undefined ? '' : ` (did you mean ${s}?)`);

const STAGE_EN = { read: 'read', dedup: 'dedup', reuse: 'reuse', outline: 'outline', batch: 'batch' } as const;

/** English sentences for every error code. */
export const ERRORS_EN: ErrorSentences = {
  'unknown-option': (a) => `unknown option '${a.option}'${suggest(a.suggestion)}`,
  'unknown-command': (a) => `unknown command '${a.command}'${suggest(a.suggestion)}`,
  'missing-argument': (a) => `missing required argument '${a.argument}'`,
  'option-missing-value': (a) => `option '${a.option}' needs a value`,
  'missing-required-option': (a) => `required option '${a.option}' not given`,
  'too-many-arguments': (a) => `too many arguments: expected ${a.expected}, got ${a.got}`,
  'command-line': (a) => a.detail,
  'bad-choice': (a) => `--${a.option} must be one of ${a.choices.join(', ')} (got "${a.value}")`,
  'bad-number': (a) => `--${a.option} must be ${rangeEn(a.range)} (got "${a.value}")`,
  'no-input': () => 'no input given: name files, directories (searched recursively for .txt .html .md .docx .jsonl …), globs, or - for stdin',
  'no-stdin': (a) => `${a.command} reads files, not stdin: give files, directories or globs`,
  'fix-conflict': () => '--fix prints the corrected text; it cannot be combined with --format json/markdown or --gbt',
  'no-such-family': (a) => `--family ${a.family}: no such family in the input`,
  'needs-family': (a) => `the input has several families (${a.families.join(', ')}); choose one with --family`,
  'needs-output': (a) => `the ${a.format} format needs an output file: -o <file>`,
  'values-out-needs-family': (a) => `--values-out needs --family when the input has several families (${a.families.join(', ')})`,
  'output-is-input': (a) => `${a.option}: this file is one of this command's inputs and will not be overwritten; choose another output file`,
  'output-exists': (a) => `${a.option}: the file already exists; add --force to replace it`,
  'bad-link': (a) => `--link must be written field1=field2 (got "${a.value}")`,
  'link-failed': (a) =>
    a.why === 'unknown-field' ? `--link: no field or slot named ${a.names.join(', ')}` : `--link: ${a.names.join(', ')} have different values in some member and cannot be one field`,
  'list-file-unreadable': (a) => `cannot read the list file: ${fs(a)}`,
  'unknown-encoding': (a) => `unknown encoding "${a.encoding}"`,
  'jsonl-whole-file': () => 'a JSON Lines file, one document per line: read it with readJsonlUnits',
  'unknown-format': (a) => `unknown format "${a.format}" (expected ${a.formats.join(', ')})`,
  'bad-option': (a) => `${STAGE_EN[a.stage]} option ${a.option} must be ${rangeEn(a.range)} (got ${a.value})`,
  'bands-over-permutations': (a) => `dedup option bandRows (${a.bandRows}) cannot exceed permutations (${a.permutations})`,
  'range-outside-text': (a) => `${a.what === 'outline-body' ? 'outline body' : 'segment range'} [${a.start}, ${a.end}) is outside the text (length ${a.length})`,
  'duplicate-unit': (a) => `duplicate unit id "${a.id}"`,
  'family-size-mismatch': (a) => `family ${a.family} has size ${a.size} but ${a.members} members were given`,
  'unknown-table': (a) => `unknown table ${a.table}`,
  'no-members': () => 'a family needs at least one member',
  'dict-not-file': () => 'the user dictionary is not a file',
  'dict-unreadable': (a) => `cannot read the user dictionary (${a.errno})`,
  'dict-line': (a) =>
    `user dictionary, line ${a.line}: ${
      a.problem === 'fields' ? 'expected "word", "word tag", "word freq" or "word freq tag"' : `the frequency must be a positive integer (got "${a.value ?? ''}")`
    }`,
  'dict-switch': (a) =>
    `cannot switch to this user dictionary: this process already segments with ${a.current === null ? 'the default dictionary' : `the user dictionary ${a.current}`} ` +
    '(nodejieba loads its dictionary once per process; pass the same userDict to every segment call)',
  'not-found': () => 'not found: no such file or directory',
  'no-plan-files': (a) => `no plan files (${a.extensions.join(' ')}) in this directory`,
  'no-match': () => 'no files match this pattern',
  'is-folder': () => 'is a directory, not a file',
  'not-regular-file': () => 'not a regular file',
  'permission-denied': () => 'permission denied',
  'read-failed': (a) => `cannot read (${a.errno})`,
  'list-folder-failed': (a) => `cannot list directory (${a.errno})`,
  'empty-file': () => 'empty file',
  'empty-html': () => 'empty: the HTML page has no text',
  'whitespace-only': () => 'empty: the file holds only whitespace',
  binary: (a) => `binary file (NUL byte at offset ${a.offset}), not text`,
  undecodable: () => 'undecodable: no supported encoding (UTF-8, UTF-16, GB18030, Big5) reads most of it',
  'undecodable-as': (a) => `undecodable as ${a.encoding}: ${a.bad} of ${a.total} characters are not valid ${a.encoding}`,
  'too-large': (a) => `too large: ${sizeEn(a.size)} is over the limit of ${sizeEn(a.limit)}`,
  'markdown-empty': () => 'empty: the Markdown file has no text besides its front matter and markup',
  'docx-empty': () => 'empty: the Word document has no text',
  'docx-not-zip': () => 'not a Word file (.docx): not a zip archive',
  'docx-old-word': () => 'not a Word file (.docx): an old .doc file or a password-protected document; save it as .docx without a password',
  'docx-damaged': (a) => `not a Word file (.docx): the zip archive is damaged (${a.detail})`,
  'docx-no-document': (a) => `not a Word file (.docx): the zip archive has no ${a.part}`,
  'docx-too-large': (a) => `too large: the Word document unpacks to ${mib(a.size)}, over the ${mib(a.limit)} limit`,
  'jsonl-not-utf8': () => 'not UTF-8 (JSON Lines files are UTF-8)',
  'jsonl-not-json': (a) => `not JSON: ${a.detail}`,
  'jsonl-not-object': (a) => `not a JSON object (found ${a.found})`,
  'jsonl-no-text': (a) => `no text field (looked for ${quoted(a.fields)}; choose one with --text-field)`,
  'jsonl-text-not-string': (a) => `the "${a.field}" field is ${a.found}, not a string`,
  'jsonl-empty-text': (a) => `empty: the "${a.field}" field has no text`,
  'jsonl-bad-id': (a) => `the "${a.field}" field is ${a.found}; an id must be a string or a number`,
  'jsonl-duplicate-id': (a) => `duplicate id "${a.id}" (first on line ${a.firstLine}); this line is skipped`,
  'jsonl-line-too-large': (a) => `too large: the line is ${mib(a.size)}, over the ${mib(a.limit)} limit`,
  'jsonl-no-unit': (a) => `no unit with id "${a.id}" in ${a.file}`,
  'nothing-to-analyse': () => 'no input files to analyse',
  'no-such-variant': (a) => `no variant "${a.label}" (${a.labels.length === 0 ? 'the file has no variant headers' : `has ${a.labels.join(', ')}`})`,
  'values-syntax': (a) => `not JSON or YAML${at(a)}`,
  'values-not-mapping': () => 'the values file must hold a mapping with "fields" (JSON object or YAML map)',
  'values-slots-not-mapping': (a) => `"${a.section}" must map field names to values`,
  'values-slot-type': (a) => `field ${a.field}: the value must be text or a number`,
  'values-same-as-type': (a) => `field ${a.field}: "same_as" must name another field`,
  'values-surface-shape': () => '"surface" must be { to?, length, edits: [[at, deleteCount, insert], …] }',
  'values-optional-not-mapping': () => '"optional" must map block ids to true/false',
  'values-include-type': (a) => `optional block ${a.block}: "include" must be true or false`,
  'values-not-member': (a) => `"${a.member}" is not a member of template ${a.family}`,
  'values-problems': (a) => {
    const first = a.problems[0];
    const more = a.problems.length > 1 ? ` (and ${a.problems.length - 1} more)` : '';
    return `${first === undefined ? 'invalid values' : fillProblemEn(first)}${more}`;
  },
  'template-syntax': (a) => `not a template JSON file${at(a)}`,
  'not-a-template': () => 'not a template file: expected { "templates": [...] } as `plankit template --format json` writes',
  'template-shape': (a) => `not a template file: ${a.at} must be ${a.expected === 'text' ? 'text' : a.expected === 'list' ? 'a list' : 'an object'}`,
  'template-problems': (a) => {
    const first = a.problems[0];
    const more = a.problems.length > 1 ? ` (and ${a.problems.length - 1} more)` : '';
    return `${first === undefined ? 'not a template plankit can fill' : fillProblemEn(first)}${more}`;
  },
  'template-ambiguous': (a) => `the template file holds several templates (${a.families.join(', ')}); name one with --family or "template:"`,
  'template-not-found': (a) => `no template "${a.family}" in ${a.file} (it has ${a.families.join(', ')})`,
  'docx-values': (a) => {
    const first = a.problems[0];
    const more = a.problems.length > 1 ? ` (and ${a.problems.length - 1} more)` : '';
    return `${first === undefined ? 'no values in the Word file' : exportProblemEn(first)}${more}`;
  },
  'form-script-missing': (a) => `the fill-in page's script is not built (${a.script}): run npm run build`,
  'cannot-write': (a) => `cannot write: ${fs(a)}`,
  'store-corrupt': () => 'not a usable results database: the file is damaged or not an SQLite database',
  'store-not-plankit': () => 'an SQLite database, but not a plankit results database (it holds other tables); name another --db',
  'store-empty': () => 'an empty file, not a plankit results database (plankit batch … --db writes one)',
  'store-newer': (a) => `the results database has schema version ${a.version}, newer than this plankit reads (${a.supported}); use a newer plankit`,
  'store-open': (a) => `cannot open the results database: ${fs(a)}`,
  'store-server': (a) => `the PostgreSQL results database cannot be used: ${SERVER_EN[a.problem]}${detail(a)}`,
  'store-failed': (a) => `the results database failed: ${a.problem === 'other' ? 'SQLite error' : FS_EN[a.problem]} (${a.sqlite})`,
};

/** The English sentence of an error (Error.message of a PlankitError). */
export function describeError<C extends ErrorCode>(code: C, args: ErrorArgs[C]): string {
  const sentence = ERRORS_EN[code] as (a: ErrorArgs[C]) => string;
  return sentence(args);
}

/** Sentences for the failures that are batch's own (not PlankitErrors). */
export type FailureSentences = { readonly [C in BatchFailureData['code']]: (a: Extract<BatchFailureData, { code: C }>['args']) => string };

export const FAILURES_EN: FailureSentences = {
  timeout: (a) => `analysis took longer than ${a.ms} ms`,
  'worker-crash': (a) => `the worker analysing this file died: ${a.detail}`,
  internal: (a) => `internal error (a bug in plankit): ${a.detail}`,
};
