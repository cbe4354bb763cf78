import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import type { DiagnosticCode } from '../core/diagnostics.js';
import type { DecodedDocument, Document } from '../core/document.js';
import { inputError, isPlankitError, usageError } from '../core/errors.js';
import { formatDiagnostic, helpTexts, type Lang } from '../messages/index.js';
import { normalize } from '../normalize/index.js';
import { decodeUnit, expandInputs, isJsonlPath, readDocument, readJsonlUnits, type JsonlOptions, type ReadOptions } from '../read/index.js';
import { reportError, reportWarning, type CliIO } from './io.js';

export interface InputOptions {
  encoding?: string;
  format?: ReadOptions['format'];
  /** JSON Lines: the id field (default "id"). */
  idField?: string;
  /** JSON Lines: the text field (default: the first of "text", "content", "body"). */
  textField?: string;
}

/** The JSON Lines options (--id-field, --text-field) of every command that reads text. */
export function addJsonlOptions(cmd: Command, lang: Lang): Command {
  const h = helpTexts(lang);
  return cmd.option('--id-field <name>', h.idField).option('--text-field <name>', h.textField);
}

/** The reading options of a command's parsed flags. */
export function inputOptions(flags: { encoding?: string; idField?: string; textField?: string }): InputOptions {
  const out: InputOptions = {};
  if (flags.encoding !== undefined) out.encoding = flags.encoding;
  if (flags.idField !== undefined) out.idField = flags.idField;
  if (flags.textField !== undefined) out.textField = flags.textField;
  return out;
}

/** `corpus.jsonl#a17`: one unit of a JSON Lines file (when no file has that name). */
export function unitSelector(arg: string): { file: string; id: string } | null {
  const m = /^(.+\.(?:jsonl|ndjson))#(.+)$/i.exec(arg);
  const [, file, id] = m ?? [];
  if (file === undefined || id === undefined || existsSync(arg)) return null;
  return { file, id };
}

function readOptionsOf(opts: InputOptions): ReadOptions {
  const readOptions: ReadOptions = {};
  if (opts.encoding !== undefined) readOptions.encoding = opts.encoding;
  if (opts.format !== undefined) readOptions.format = opts.format;
  return readOptions;
}

function jsonlOptionsOf(opts: InputOptions): JsonlOptions {
  const out: JsonlOptions = {};
  if (opts.idField !== undefined) out.idField = opts.idField;
  if (opts.textField !== undefined) out.textField = opts.textField;
  return out;
}

/**
 * Read findings every command shows on stderr, one line each with the file: text was lost
 * (undecodable bytes replaced) or may be misread (a weak encoding guess).
 */
export const WARNED_READ_CODES: ReadonlySet<DiagnosticCode> = new Set<DiagnosticCode>(['replacement-chars', 'encoding-guess']);

/** Warns on stderr about each of a document's read findings in WARNED_READ_CODES. */
export function warnReadFindings(io: CliIO, doc: Pick<Document, 'path' | 'diagnostics'>): void {
  for (const d of doc.diagnostics) if (WARNED_READ_CODES.has(d.code)) reportWarning(io, doc.path, formatDiagnostic(d, io.lang));
}

/** The document, or null when it cannot be read (reported); a usage problem is thrown. */
function readable<D extends DecodedDocument>(io: CliIO, read: () => D): D | null {
  try {
    const doc = read();
    warnReadFindings(io, doc);
    return doc;
  } catch (e) {
    if (isPlankitError(e) && e.kind !== 'usage') {
      reportError(io, e);
      return null;
    }
    throw e;
  }
}

/**
 * Each unit of a JSON Lines file as a document of its own (path `<file>#<id>`), streamed; a bad
 * line is one report (`plankit: <file>:<line>: <reason>`) and the next lines go on. With `only`,
 * just the unit with that id (reported when the file has none).
 */
async function* loadJsonl<D extends DecodedDocument>(file: string, opts: InputOptions, io: CliIO, prepare: (d: DecodedDocument) => D, only?: string): AsyncGenerator<D> {
  const readOptions = readOptionsOf(opts);
  for await (const item of readJsonlUnits(file, jsonlOptionsOf(opts))) {
    if ('problem' in item) {
      if (only === undefined || item.problem.kind === 'not-found' || item.problem.kind === 'io') reportError(io, item.problem);
      continue;
    }
    if (only !== undefined && item.unit.id !== only) continue;
    const doc = readable(io, () => prepare(decodeUnit(item.unit, readOptions)));
    if (doc === null) continue;
    yield doc;
    if (only !== undefined) return;
  }
  if (only !== undefined && existsSync(file)) reportError(io, inputError('jsonl-no-unit', `${file}#${only}`, { id: only, file }));
}

/**
 * Expands the CLI inputs and yields each readable, normalised document in order (a JSON Lines file
 * gives one per line). A file or line that cannot be read is reported as one line ("plankit: path:
 * reason"), raises the exit code to 1, and the others go on; read warnings (undecodable bytes, a
 * weak encoding guess) are one line each too. A usage problem (an unknown --encoding) stops
 * everything with exit 2.
 */
export function loadInputs(args: string[], opts: InputOptions, io: CliIO): AsyncGenerator<Document> {
  return loadPrepared(args, opts, io, normalize);
}

/**
 * loadInputs without the fold: each readable document as decoded, for a command that folds it
 * elsewhere (plankit dedup folds in its worker threads).
 */
export function loadDecodedInputs(args: string[], opts: InputOptions, io: CliIO): AsyncGenerator<DecodedDocument> {
  return loadPrepared(args, opts, io, (d) => d);
}

async function* loadPrepared<D extends DecodedDocument>(args: string[], opts: InputOptions, io: CliIO, prepare: (d: DecodedDocument) => D): AsyncGenerator<D> {
  if (args.length === 0) throw usageError('no-input', {});
  const selectors = args.map(unitSelector);
  const plain = args.filter((_, k) => selectors[k] === null);
  const { files, problems } = plain.length === 0 ? { files: [], problems: [] } : await expandInputs(plain);
  for (const p of problems) reportError(io, p);
  const readOptions = readOptionsOf(opts);
  for (const path of files) {
    if (isJsonlPath(path)) {
      yield* loadJsonl(path, opts, io, prepare);
      continue;
    }
    let doc: D;
    try {
      doc = prepare(await readDocument(path, readOptions));
    } catch (e) {
      if (isPlankitError(e) && e.kind !== 'usage') {
        reportError(io, e);
        continue;
      }
      throw e;
    }
    warnReadFindings(io, doc);
    yield doc;
  }
  for (const s of selectors) if (s !== null) yield* loadJsonl(s.file, opts, io, prepare, s.id);
}
