/**
 * read/ — bytes → DecodedDocument: encoding detection and decoding (iconv-lite), HTML → text
 * (cheerio/parse5) with a source map, and checks that turn unusable input into PlankitErrors and
 * doubtful input into diagnostics. Pure and synchronous up to the file system (decodeBytes runs in
 * worker threads); nothing is printed.
 */
import type { Diagnostic } from '../core/diagnostics.js';
import type { DecodedDocument } from '../core/document.js';
import { inputError, usageError } from '../core/errors.js';
import { assertHasText } from './checks/empty.js';
import { assertDecodable } from './checks/undecodable.js';
import { controlChars } from './checks/control-chars.js';
import { replacementChars } from './checks/replacement-chars.js';
import type { TextCheck } from './checks/check.js';
import { decodeAs } from './encoding/decode.js';
import type { Detection, DetectionInput, EncodingRule } from './encoding/rule.js';
import { binaryRule } from './encoding/rule-binary.js';
import { bomRule } from './encoding/rule-bom.js';
import { cjkGuessRule } from './encoding/rule-cjk-guess.js';
import { htmlMetaRule } from './encoding/rule-html-meta.js';
import { overrideRule } from './encoding/rule-override.js';
import { utf16NulPatternRule } from './encoding/rule-utf16-nul-pattern.js';
import { utf8StrictRule } from './encoding/rule-utf8-strict.js';
import { xmlDeclarationRule } from './encoding/rule-xml-declaration.js';
import { extractDocx } from './docx/extract.js';
import { openDocx } from './docx/package.js';
import { detectFormat, isJsonlPath, sniffTextFormat } from './format.js';
import type { JsonlUnit } from './jsonl/units.js';
import { extractMarkdown } from './markdown/extract.js';
import { dropChromeNames } from './html/drop-chrome-names.js';
import { dropHidden } from './html/drop-hidden.js';
import { dropNonTextTags } from './html/drop-non-text-tags.js';
import { dropPageHeader } from './html/drop-page-header.js';
import type { DropRule } from './html/drop-rule.js';
import { extractHtml } from './html/extract.js';
import { malformedDiagnostic } from './html/malformed-diagnostic.js';
import { malformedIgnoredTags } from './html/malformed-ignored-tags.js';
import { malformedParseErrors } from './html/malformed-parse-errors.js';
import type { MalformedRule } from './html/malformed-rule.js';
import { malformedUnclosed } from './html/malformed-unclosed.js';
import { resolveReadOptions, type ReadOptions } from './options.js';
import { readInputBytes, tooLarge } from './read-input.js';
import { pushAll } from '../core/push-all.js';

export { DEFAULT_MAX_BYTES, type ReadOptions } from './options.js';
export { DEFAULT_PLAN_EXTENSIONS, expandInputs, type ExpandOptions, type ExpandedInputs } from './expand-inputs.js';
export { STDIN_PATH, fsError } from './read-input.js';
export { canonicalEncoding } from './encoding/names.js';
export { detectFormat, isJsonlPath, JSONL_EXTENSIONS, REQUESTED_FORMATS, type RequestedFormat } from './format.js';
export { DEFAULT_ID_FIELD, DEFAULT_TEXT_FIELDS, readJsonlUnits, type JsonlItem, type JsonlOptions, type JsonlUnit } from './jsonl/units.js';
export { type ReadReason, type ReadReasonArgs } from './reasons.js';

/**
 * How the encoding is found, first match wins: what the user says, what the bytes say (BOM), UTF-16
 * by its NUL pattern (before the <meta> sniff: a declaration read as ASCII is meaningless there),
 * what the page declares, then refusal of binaries, strict UTF-8, and finally the GB18030/Big5 guess.
 */
export const ENCODING_RULES: readonly EncodingRule[] = [
  overrideRule,
  bomRule,
  utf16NulPatternRule,
  htmlMetaRule,
  xmlDeclarationRule,
  binaryRule,
  utf8StrictRule,
  cjkGuessRule,
];

/** Elements of an HTML page that are not plan text. */
export const HTML_DROP_RULES: readonly DropRule[] = [dropNonTextTags, dropPageHeader, dropHidden, dropChromeNames];

/** Ways markup can be broken (reported together as one html-malformed diagnostic). */
export const HTML_MALFORMED_RULES: readonly MalformedRule[] = [malformedParseErrors, malformedUnclosed, malformedIgnoredTags];

/** Findings about the final text, in output order. */
export const TEXT_CHECKS: readonly TextCheck[] = [replacementChars, controlChars];

function detectEncoding(input: DetectionInput, notes: Diagnostic[]): Detection {
  for (const rule of ENCODING_RULES) {
    const found = rule.detect(input, notes);
    if (found !== null) return found;
  }
  // cjkGuessRule always answers; reaching here means the rule list was edited wrongly.
  throw new Error('no encoding rule answered');
}

/** The format's text extraction and the checks every document goes through, on decoded text. */
function finishDocument(doc: DecodedDocument, source: string): DecodedDocument {
  if (doc.format === 'html') {
    const html = extractHtml(source, HTML_DROP_RULES, HTML_MALFORMED_RULES);
    doc.text = html.text;
    if (html.title !== undefined) doc.htmlTitle = html.title;
    doc.sourceMap = html.sourceMap;
    const malformed = malformedDiagnostic(html.malformed, source, html.text, html.sourceMap);
    if (malformed !== undefined) doc.diagnostics.push(malformed);
  } else if (doc.format === 'markdown') {
    const md = extractMarkdown(source);
    doc.text = md.text;
    doc.sourceMap = md.sourceMap;
  }
  assertHasText(doc.path, doc.text, doc.format);
  for (const check of TEXT_CHECKS) pushAll(doc.diagnostics, check(doc.text));
  return doc;
}

/** A Word file: its body's text from the package's XML (always UTF-8 or UTF-16 with a BOM: certain). */
function decodeDocx(path: string, bytes: Uint8Array, maxBytes: number): DecodedDocument {
  const text = extractDocx(openDocx(path, bytes, maxBytes));
  return finishDocument({ path, encoding: 'utf-8', encodingCertain: true, format: 'docx', text, byteLength: bytes.byteLength, diagnostics: [] }, text);
}

/**
 * Bytes → DecodedDocument. Synchronous and pure (worker threads call it). Throws PlankitError for
 * unusable input: empty, binary, undecodable, too large, not a Word file; 'usage' for bad options.
 */
export function decodeBytes(path: string, bytes: Uint8Array, options?: ReadOptions): DecodedDocument {
  const opts = resolveReadOptions(options);
  if (bytes.byteLength > opts.maxBytes) throw tooLarge(path, bytes.byteLength, opts.maxBytes);
  if (bytes.byteLength === 0) throw inputError('empty-file', path, {});
  const format = detectFormat(path, bytes, opts.format);
  if (format === 'docx') return decodeDocx(path, bytes, opts.maxBytes);
  const notes: Diagnostic[] = [];
  const detection = detectEncoding({ path, bytes, format, override: opts.encoding, firstNul: bytes.indexOf(0) }, notes);
  const source = detection.text ?? decodeAs(detection.encoding, bytes);
  assertDecodable(path, detection.encoding, source);

  const diagnostics: Diagnostic[] = [...notes, ...(detection.diagnostics ?? [])];
  return finishDocument({ path, encoding: detection.encoding, encodingCertain: detection.certain, format, text: source, byteLength: bytes.byteLength, diagnostics }, source);
}

/**
 * One unit of a JSON Lines file → DecodedDocument: its text is already decoded (JSON is UTF-8), so
 * only the format is found — HTML when the text is a page, else plain text, unless `format` says
 * otherwise — and the same extraction and checks as a file's run. The path is `<file>#<id>`.
 */
export function decodeUnit(unit: JsonlUnit, options?: ReadOptions): DecodedDocument {
  const opts = resolveReadOptions(options);
  const format = opts.format === 'auto' || opts.format === 'docx' ? sniffTextFormat(unit.text) : opts.format;
  const doc: DecodedDocument = {
    path: unit.path,
    encoding: 'utf-8',
    encodingCertain: true,
    format,
    text: unit.text,
    byteLength: unit.byteLength,
    diagnostics: [],
    unit: { file: unit.file, id: unit.id, line: unit.line },
  };
  return finishDocument(doc, unit.text);
}

/**
 * Reads a file ("-": all of stdin) and decodes it. A JSON Lines file is many documents, not one:
 * read it with readJsonlUnits and decodeUnit.
 */
export async function readDocument(path: string, options?: ReadOptions): Promise<DecodedDocument> {
  const opts = resolveReadOptions(options);
  if (isJsonlPath(path)) throw usageError('jsonl-whole-file', {}, path);
  const bytes = await readInputBytes(path, opts.maxBytes);
  return decodeBytes(path, bytes, options);
}
