import { closeSync, createWriteStream, existsSync, mkdirSync, mkdtempSync, openSync, readSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import type { Command } from 'commander';
import { loadReuseInput, runBatch, Store } from '../../batch/index.js';
import { expandInputs } from '../../read/index.js';
import { CSV_TABLES, renderReuseChunks, resolveReuseOptions, reuseReport, type CsvTable, type ReuseOptions, type ReuseReport } from '../../reuse/index.js';
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
    .argument('<inputs...>', 'a results database from `plankit batch`, or files, directories, globs (analysed first into a temporary database)')
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

      const db = inputs.length === 1 && isSqliteFile(inputs[0] as string) ? (inputs[0] as string) : undefined;
      const report = db !== undefined ? reportFromDb(db, options) : await reportFromInputs(inputs, options, workers, io, inputOptions(opts));
      if (report === null) return;
      await writeReport(report, format, table, opts, io);
    });
};

function reportFromDb(db: string, options: ReuseOptions): ReuseReport {
  const store = new Store(db);
  try {
    return reuseReport(loadReuseInput(store, { minDocuments: options.minDocuments, minFamilySize: options.minFamilySize }), options);
  } finally {
    store.close();
  }
}

/** Inputs that are not a database: a batch run into a temporary database, then the report from it. */
async function reportFromInputs(inputs: string[], options: ReuseOptions, workers: number | undefined, io: CliIO, input: InputOptions): Promise<ReuseReport | null> {
  const { files, problems } = await expandInputs(inputs);
  for (const p of problems) {
    reportError(io, p.toLine());
    io.fail(EXIT.inputFailed);
  }
  if (files.includes('-')) throw new UsageProblem('reuse reads files, not stdin');
  if (files.length === 0) return null;
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
    if (summary.families?.status === 'skipped') io.stderr.write(`plankit: families not built: ${summary.families.reason}\n`);
    return reportFromDb(db, options);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function writeReport(report: ReuseReport, format: (typeof FORMATS)[number], table: CsvTable, opts: ReuseCommandOptions, io: CliIO): Promise<void> {
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
async function writeChunks(chunks: Iterable<string>, path: string | undefined, io: CliIO): Promise<void> {
  const stream = path === undefined ? io.stdout : createWriteStream(path);
  for (const chunk of chunks) {
    if (!stream.write(chunk)) await once(stream, 'drain');
  }
  if (path !== undefined) {
    stream.end();
    await once(stream, 'finish');
  }
}
