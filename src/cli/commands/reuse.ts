import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import type { Command } from 'commander';
import { runBatch, Store, storeReuseView } from '../../batch/index.js';
import { usageError } from '../../core/errors.js';
import { helpTexts } from '../../messages/index.js';
import { expandInputs } from '../../read/index.js';
import { CSV_TABLES, renderReuseChunks, resolveReuseOptions, type CsvTable, type ReuseOptions, type ReuseView } from '../../reuse/index.js';
import { isPostgresUrl } from '../../store/index.js';
import { EXIT, reportError, type CliIO } from '../io.js';
import { inputOptions, type InputOptions } from '../inputs.js';
import { reportFileEvent } from './batch.js';
import { choice, optionalNumber, outputError, writeChunks } from '../output.js';
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
/** A single input with one of these extensions is a results database, even when it is not a good one. */
export const DB_EXTENSIONS: readonly string[] = ['.sqlite', '.sqlite3', '.db', '.db3'];
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
  return optionalNumber(name, value, { kind: 'integer', min });
}

/** The results store named by the inputs, if they name one: a single SQLite file, *.sqlite/*.db path, or postgresql:// URL. */
function databaseInput(inputs: readonly string[]): string | undefined {
  const only = inputs.length === 1 ? inputs[0] : undefined;
  if (only === undefined) return undefined;
  return isSqliteFile(only) || isPostgresUrl(only) || DB_EXTENSIONS.includes(extname(only).toLowerCase()) ? only : undefined;
}

/** -o names a directory when it is one, ends in a slash, or has no extension. */
function isDirectoryTarget(out: string): boolean {
  return (existsSync(out) && statSync(out).isDirectory()) || /[\\/]$/.test(out) || extname(out) === '';
}

export const registerReuse: RegisterCommand = (program: Command, io: CliIO) => {
  const h = helpTexts(io.lang);
  program
    .command('reuse')
    .description(h.reuse.description)
    .argument('<inputs...>', h.reuse.inputs)
    .option('--format <format>', h.reuse.format, 'json')
    .option('-o, --output <path>', h.reuse.output)
    .option('--table <name>', h.reuse.table(CSV_TABLES), 'passages')
    .option('--excel', h.reuse.excel)
    .option('--min-chars <n>', h.reuse.minChars)
    .option('--min-docs <n>', h.reuse.minDocs)
    .option('--min-family <n>', h.reuse.minFamily)
    .option('--max-families <n>', h.reuse.maxFamilies)
    .option('--top-terms <n>', h.reuse.topTerms)
    .option('--workers <n>', h.reuse.workers)
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
      const workers = optionalNumber('workers', opts.workers, { kind: 'integer', min: 1, max: 256 });

      const db = databaseInput(inputs);
      const write = (view: ReuseView): Promise<void> => writeReport(view, format, table, opts, io);
      if (db !== undefined) await reportFromDb(db, options, write);
      else await reportFromInputs(inputs, options, workers, io, inputOptions(opts), write);
    });
};

/**
 * The report of a results store, streamed from it while `write` writes it out; a store that is
 * missing, damaged, foreign or newer is an error naming it.
 */
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
  for (const p of problems) reportError(io, p);
  if (files.includes('-')) throw usageError('no-stdin', { command: 'reuse' });
  if (files.length === 0) return;
  const dir = mkdtempSync(join(tmpdir(), 'plankit-reuse-'));
  try {
    const db = join(dir, 'corpus.sqlite');
    const summary = await runBatch({
      db,
      files,
      inputs,
      lang: io.lang,
      jsonl: { ...(input.idField === undefined ? {} : { idField: input.idField }), ...(input.textField === undefined ? {} : { textField: input.textField }) },
      ...(workers === undefined ? {} : { workers }),
      onFile: (e) => reportFileEvent(io, e),
    });
    if (summary.counts.filesFailed > 0) io.fail(EXIT.inputFailed);
    await reportFromDb(db, options, write);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function writeReport(report: ReuseView, format: (typeof FORMATS)[number], table: CsvTable, opts: ReuseCommandOptions, io: CliIO): Promise<void> {
  const out = opts.output;
  const renderOptions = { excel: opts.excel === true, lang: io.lang };
  if (format === 'csv' && out !== undefined && isDirectoryTarget(out)) {
    try {
      mkdirSync(out, { recursive: true });
    } catch (e) {
      throw outputError(out, e);
    }
    for (const t of CSV_TABLES) await writeChunks(renderReuseChunks(report, 'csv', t, renderOptions), join(out, `${t}.csv`), io);
    return;
  }
  await writeChunks(renderReuseChunks(report, format, table, renderOptions), out, io);
}
