/**
 * Why a Markdown, Word or JSON Lines input cannot be read: one table, each reason with its error
 * kind and its sentence in zh and en, so that the messages stage can take the table over whole. The
 * PlankitError carries the reason code and its arguments as data; its message is the en sentence,
 * as every other read error's is.
 */
import { PlankitError, type ErrorKind } from '../core/errors.js';

const MIB = 1024 * 1024;
const mib = (n: number): string => `${(n / MIB).toFixed(1)} MiB`;
/** JSON type names as a reader knows them (typeof says "object" for arrays and null). */
export function jsonTypeOf(v: unknown): string {
  return v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v;
}

/** The arguments of each reason. */
export interface ReadReasonArgs {
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
}
export type ReadReason = keyof ReadReasonArgs;

interface ReasonEntry<A> {
  kind: Exclude<ErrorKind, 'usage'>;
  en: (a: A) => string;
  zh: (a: A) => string;
}

const quoted = (fields: string[]): string => fields.map((f) => `"${f}"`).join(', ');

export const READ_REASONS: { [R in ReadReason]: ReasonEntry<ReadReasonArgs[R]> } = {
  'markdown-empty': {
    kind: 'empty',
    en: () => 'empty: the Markdown file has no text besides its front matter and markup',
    zh: () => '空文件：这个 Markdown 文件除了文首元数据（front matter）和标记以外没有正文',
  },
  'docx-empty': {
    kind: 'empty',
    en: () => 'empty: the Word document has no text',
    zh: () => '空文件：Word 文档里没有文字',
  },
  'docx-not-zip': {
    kind: 'not-docx',
    en: () => 'not a Word file (.docx): not a zip archive',
    zh: () => '不是 Word 文件（.docx）：不是 zip 压缩包',
  },
  'docx-old-word': {
    kind: 'not-docx',
    en: () => 'not a Word file (.docx): an old .doc file or a password-protected document; save it as .docx without a password',
    zh: () => '不是 Word 文件（.docx）：是旧版 .doc 文件或加了密码的文档，请另存为不加密码的 .docx',
  },
  'docx-damaged': {
    kind: 'not-docx',
    en: (a) => `not a Word file (.docx): the zip archive is damaged (${a.detail})`,
    zh: (a) => `不是 Word 文件（.docx）：zip 压缩包已损坏（${a.detail}）`,
  },
  'docx-no-document': {
    kind: 'not-docx',
    en: (a) => `not a Word file (.docx): the zip archive has no ${a.part}`,
    zh: (a) => `不是 Word 文件（.docx）：zip 压缩包里没有 ${a.part}`,
  },
  'docx-too-large': {
    kind: 'too-large',
    en: (a) => `too large: the Word document unpacks to ${mib(a.size)}, over the ${mib(a.limit)} limit`,
    zh: (a) => `文件过大：Word 文档解压后 ${mib(a.size)}，超过 ${mib(a.limit)} 的上限`,
  },
  'jsonl-not-utf8': {
    kind: 'bad-jsonl-line',
    en: () => 'not UTF-8 (JSON Lines files are UTF-8)',
    zh: () => '不是 UTF-8 编码（JSON Lines 文件须为 UTF-8）',
  },
  'jsonl-not-json': {
    kind: 'bad-jsonl-line',
    en: (a) => `not JSON: ${a.detail}`,
    zh: (a) => `不是合法的 JSON：${a.detail}`,
  },
  'jsonl-not-object': {
    kind: 'bad-jsonl-line',
    en: (a) => `not a JSON object (found ${a.found})`,
    zh: (a) => `不是 JSON 对象（而是 ${a.found}）`,
  },
  'jsonl-no-text': {
    kind: 'bad-jsonl-line',
    en: (a) => `no text field (looked for ${quoted(a.fields)}; choose one with --text-field)`,
    zh: (a) => `没有正文字段（查找了 ${quoted(a.fields)}；可用 --text-field 指定）`,
  },
  'jsonl-text-not-string': {
    kind: 'bad-jsonl-line',
    en: (a) => `the "${a.field}" field is ${a.found}, not a string`,
    zh: (a) => `“${a.field}”字段是 ${a.found}，不是字符串`,
  },
  'jsonl-empty-text': {
    kind: 'empty',
    en: (a) => `empty: the "${a.field}" field has no text`,
    zh: (a) => `空文本：“${a.field}”字段没有文字`,
  },
  'jsonl-bad-id': {
    kind: 'bad-jsonl-line',
    en: (a) => `the "${a.field}" field is ${a.found}; an id must be a string or a number`,
    zh: (a) => `“${a.field}”字段是 ${a.found}；编号必须是字符串或数字`,
  },
  'jsonl-duplicate-id': {
    kind: 'bad-jsonl-line',
    en: (a) => `duplicate id "${a.id}" (first on line ${a.firstLine}); this line is skipped`,
    zh: (a) => `编号“${a.id}”重复（第 ${a.firstLine} 行已用过）；跳过这一行`,
  },
  'jsonl-line-too-large': {
    kind: 'too-large',
    en: (a) => `too large: the line is ${mib(a.size)}, over the ${mib(a.limit)} limit`,
    zh: (a) => `过大：这一行有 ${mib(a.size)}，超过 ${mib(a.limit)} 的上限`,
  },
};

/** A read error with its reason as data (code and arguments), for a renderer in another language. */
export class ReadError<R extends ReadReason = ReadReason> extends PlankitError {
  readonly reason: R;
  readonly args: ReadReasonArgs[R];

  constructor(reason: R, path: string, args: ReadReasonArgs[R]) {
    const entry = READ_REASONS[reason] as ReasonEntry<ReadReasonArgs[R]>;
    super(entry.kind, entry.en(args), path);
    this.reason = reason;
    this.args = args;
  }
}

export function readError<R extends ReadReason>(reason: R, path: string, args: ReadReasonArgs[R]): ReadError<R> {
  return new ReadError(reason, path, args);
}

/** The sentence of a read error's reason in `lang`. */
export function readReasonText<R extends ReadReason>(reason: R, args: ReadReasonArgs[R], lang: 'zh' | 'en'): string {
  return (READ_REASONS[reason] as ReasonEntry<ReadReasonArgs[R]>)[lang](args);
}
