import { closeSync, createWriteStream, existsSync, mkdirSync, mkdtempSync, openSync, readSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import type { Command } from 'commander';
import { runBatch, Store, storeReuseView } from '../../batch/index.js';
import { expandInputs } from '../../read/index.js';
import { CSV_TABLES, renderReuseChunks, resolveReuseOptions, type CsvTable, type ReuseOptions, type ReuseView } from '../../reuse/index.js';
import { isPostgresUrl } from '../../store/index.js';
import { inputOptions, type InputOptions } from '../inputs.js';
import { EXIT, reportError, type CliIO } from '../io.js';
import { choice, numberOption, UsageProblem } from '../output.js';
import type { RegisterCommand } from './index.js';

interface ReuseCommandOptions {
  format: string;
  output?: string;
  table: string;
  excel?: boolean;
  minChars?: string;
  minDocs?: string;
  minFamily?: string;
  maxFamilies?: string;
  topTerms?: string;
  workers?: string;
  idField?: string;
  textField?: string;
}

const FORMATS = ['json', 'csv', 'html'] as const;
/** The first 16 bytes of every SQLite 3 database file. */
const SQLITE_MAGIC = 'SQLite format 3\0';

/** True when `path` is an existing SQLite database (by its header, not its name). */
export function isSqliteFile(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    const fd = openSync(path, 'r');
    try {
      const buf = Buffer.alloc(16);
      return readSync(fd, buf, 0, 16, 0) === 16 && buf.toString('latin1') === SQLITE_MAGIC;
    } finally {
      closeSync(fd);
    }
  } catch {
    return false;
  }
}

function intOption(name: string, value: string | undefined, min: number): number | undefined {
  if (value === undefined) return undefined;
  const n = numberOption(name, value, min, Number.MAX_SAFE_INTEGER);
  if (!Number.isInteger(n)) throw new UsageProblem(`--${name} must be a whole number (got "${value}")`);
  return n;
}

/** -o names a directory when it is one, ends in a slash, or has no extension. */
function isDirectoryTarget(out: string): boolean {
  return (existsSync(out) && statSync(out).isDirectory()) || /[\\/]$/.test(out) || extname(out) === '';
}

export const registerReuse: RegisterCommand = (program: Command, io: CliIO) => {
  program
    .command('reuse')
    .description('Passage-level reuse across a corpus: recurring sentences and paragraphs, boilerplate ratio per document, families and their distinguishing terms')
    .argument('<inputs...>', 'a results store from `plankit batch` (SQLite file or postgresql:// URL), or files, directories, globs (analysed first into a temporary database)')
    .option('--format <format>', 'json, csv (tables for R/pandas) or html (a self-contained page)', 'json')
    .option('-o, --output <path>', 'write here instead of stdout; for csv, a directory receives every table as <table>.csv')
    .option('--table <name>', `csv table written to stdout or to a .csv file: ${CSV_TABLES.join(', ')}`, 'passages')
    .option('--excel', 'csv for Excel: UTF-8 byte-order mark, and formula-like text defused')
    .option('--min-chars <n>', 'shortest passage counted, in normalised characters (default 10)')
    .option('--min-docs <n>', 'a passage is reused when it occurs in at least this many documents (default 2)')
    .option('--min-family <n>', 'smallest family reported (default 2)')
    .option('--max-families <n>', 'largest families reported, at most (default 500)')
    .option('--top-terms <n>', 'distinguishing terms per family (default 10)')
    .option('--workers <n>', 'worker threads when analysing inputs (default: every core)')
    .action(async (inputs: string[], opts: ReuseCommandOptions) => {
      const format = choice('format', opts.format, FORMATS);
      const table = choice<CsvTable>('table', opts.table, CSV_TABLES);
      const partial: Partial<ReuseOptions> = {};
      const set = (k: keyof ReuseOptions, v: number | undefined): void => {
        if (v !== undefined) partial[k] = v;
      };
      set('minPassageChars', intOption('min-chars', opts.minChars, 0));
      set('minDocuments', intOption('min-docs', opts.minDocs, 2));
      set('minFamilySize', intOption('min-family', opts.minFamily, 1));
      set('maxFamilies', intOption('max-families', opts.maxFamilies, 0));
      set('topTerms', intOption('top-terms', opts.topTerms, 0));
      const options = resolveReuseOptions(partial);
      const workers = intOption('workers', opts.workers, 1);

      const first = inputs[0] as string;
      const db = inputs.length === 1 && (isSqliteFile(first) || isPostgresUrl(first)) ? first : undefined;
      if (db !== undefined) await reportFromDb(db, options, (view) => writeReport(view, format, table, opts, io));
      else await reportFromInputs(inputs, options, workers, io, inputOptions(opts), (view) => writeReport(view, format, table, opts, io));
    });
};

/** The report of a results store, streamed from it while `write` writes it out. */
async function reportFromDb(db: string, options: ReuseOptions, write: (view: ReuseView) => Promise<void>): Promise<void> {
  const store = await Store.open(db, { existing: true });
  try {
    await write(await storeReuseView(store, options));
  } finally {
    await store.close();
  }
}

/** Inputs that are not a database: a batch run into a temporary database, then the report from it. */
async function reportFromInputs(
  inputs: string[],
  options: ReuseOptions,
  workers: number | undefined,
  io: CliIO,
  input: InputOptions,
  write: (view: ReuseView) => Promise<void>,
): Promise<void> {
  const { files, problems } = await expandInputs(inputs);
  for (const p of problems) {
    reportError(io, p.toLine());
    io.fail(EXIT.inputFailed);
  }
  if (files.includes('-')) throw new UsageProblem('reuse reads files, not stdin');
  if (files.length === 0) return;
  const dir = mkdtempSync(join(tmpdir(), 'plankit-reuse-'));
  try {
    const db = join(dir, 'corpus.sqlite');
    const summary = await runBatch({
      db,
      files,
      inputs,
      jsonl: { ...(input.idField === undefined ? {} : { idField: input.idField }), ...(input.textField === undefined ? {} : { textField: input.textField }) },
      ...(workers === undefined ? {} : { workers }),
      onFile: (e) => {
        if (e.status === 'failed') reportError(io, `${e.path}: ${e.failure?.message ?? 'failed'} (${e.failure?.kind ?? 'unknown'})`);
      },
    });
    if (summary.counts.filesFailed > 0) io.fail(EXIT.inputFailed);
    await reportFromDb(db, options, write);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function writeReport(report: ReuseView, format: (typeof FORMATS)[number], table: CsvTable, opts: ReuseCommandOptions, io: CliIO): Promise<void> {
  const out = opts.output;
  const csvOptions = { excel: opts.excel === true };
  if (format === 'csv' && out !== undefined && isDirectoryTarget(out)) {
    mkdirSync(out, { recursive: true });
    for (const t of CSV_TABLES) await writeChunks(renderReuseChunks(report, 'csv', t, csvOptions), join(out, `${t}.csv`), io);
    return;
  }
  await writeChunks(renderReuseChunks(report, format, table, csvOptions), out, io);
}

/** Writes chunk after chunk to a file (or stdout), waiting when the stream asks to. */
async function writeChunks(chunks: AsyncIterable<string>, path: string | undefined, io: CliIO): Promise<void> {
  const stream = path === undefined ? io.stdout : createWriteStream(path);
  for await (const chunk of chunks) {
    if (!stream.write(chunk)) await once(stream, 'drain');
  }
  if (path !== undefined) {
    stream.end();
    await once(stream, 'finish');
  }
}
