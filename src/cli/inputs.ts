import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import type { Document } from '../core/document.js';
import { isPlankitError, type PlankitError } from '../core/errors.js';
import { normalize } from '../normalize/index.js';
import { decodeUnit, expandInputs, isJsonlPath, readDocument, readJsonlUnits, type JsonlOptions, type ReadOptions } from '../read/index.js';
import { EXIT, reportError, type CliIO } from './io.js';
import { UsageProblem } from './output.js';

export interface InputOptions {
  encoding?: string;
  format?: ReadOptions['format'];
  /** JSON Lines: the id field (default "id"). */
  idField?: string;
  /** JSON Lines: the text field (default: the first of "text", "content", "body"). */
  textField?: string;
}

/** Common options every command that reads plan pages takes. */
export const INPUT_HELP =
  'files, directories (searched recursively for .txt .html .md .docx .jsonl …), globs, or - for stdin; corpus.jsonl#<id> picks one unit of a JSON Lines file';

/** The JSON Lines options (--id-field, --text-field) of every command that reads text. */
export function addJsonlOptions(cmd: Command): Command {
  return cmd
    .option('--id-field <name>', 'JSON Lines input: the field that holds each unit\'s id (default "id"; without it, the line number)')
    .option('--text-field <name>', 'JSON Lines input: the field that holds the text (default: "text", else "content", else "body")');
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
  if (m === null || existsSync(arg)) return null;
  return { file: m[1] as string, id: m[2] as string };
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
 * Each unit of a JSON Lines file as a document of its own (path `<file>#<id>`), streamed; a bad
 * line is one report (`plankit: <file>:<line>: <reason>`) and the next lines go on. With `only`,
 * just the unit with that id (reported when the file has none).
 */
async function* loadJsonl(file: string, opts: InputOptions, io: CliIO, only?: string): AsyncGenerator<Document> {
  const readOptions = readOptionsOf(opts);
  for await (const item of readJsonlUnits(file, jsonlOptionsOf(opts))) {
    if ('problem' in item) {
      if (only === undefined || item.problem.kind === 'not-found' || item.problem.kind === 'io') report(io, item.problem);
      continue;
    }
    if (only !== undefined && item.unit.id !== only) continue;
    let doc: Document;
    try {
      doc = normalize(decodeUnit(item.unit, readOptions));
    } catch (e) {
      if (isPlankitError(e) && e.kind !== 'usage') {
        report(io, e);
        continue;
      }
      throw e;
    }
    yield doc;
    if (only !== undefined) return;
  }
  if (only !== undefined && existsSync(file)) {
    reportError(io, `${file}#${only}: no unit with id "${only}" in ${file}`);
    io.fail(EXIT.inputFailed);
  }
}

/**
 * Expands the CLI inputs and yields each readable, normalised document in order (a JSON Lines file
 * gives one per line). A file or line that cannot be read is reported as one line ("plankit: path:
 * reason"), raises the exit code to 1, and the others go on. A usage problem (an unknown
 * --encoding) stops everything with exit 2.
 */
export async function* loadInputs(args: string[], opts: InputOptions, io: CliIO): AsyncGenerator<Document> {
  if (args.length === 0) throw new UsageProblem(`no input given: name ${INPUT_HELP}`);
  const selectors = args.map(unitSelector);
  const plain = args.filter((_, k) => selectors[k] === null);
  const { files, problems } = plain.length === 0 ? { files: [], problems: [] } : await expandInputs(plain);
  for (const p of problems) report(io, p);
  const readOptions = readOptionsOf(opts);
  for (const path of files) {
    if (isJsonlPath(path)) {
      yield* loadJsonl(path, opts, io);
      continue;
    }
    let doc: Document;
    try {
      doc = normalize(await readDocument(path, readOptions));
    } catch (e) {
      if (isPlankitError(e) && e.kind !== 'usage') {
        report(io, e);
        continue;
      }
      throw e;
    }
    yield doc;
  }
  for (const s of selectors) if (s !== null) yield* loadJsonl(s.file, opts, io, s.id);
}

function report(io: CliIO, e: PlankitError): void {
  reportError(io, e.toLine());
  io.fail(EXIT.inputFailed);
}
