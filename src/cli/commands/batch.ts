import { createWriteStream, mkdirSync, readFileSync } from 'node:fs';
import { once } from 'node:events';
import { dirname, extname, join, resolve } from 'node:path';
import type { Command } from 'commander';
import { DEFAULT_FAMILY_MEMORY_MB, DEFAULT_LEASE_MS, formatDuration, formatProgress, runBatch, Store, tableRows, TABLES, type BatchSummary, type FileEvent } from '../../batch/index.js';
import { storeName } from '../../store/index.js';
import { expandInputs, isJsonlPath } from '../../read/index.js';
import { inputOptions } from '../inputs.js';
import { EXIT, reportError, type CliIO } from '../io.js';
import { choice, numberOption, UsageProblem, writeJson } from '../output.js';
import type { RegisterCommand } from './index.js';

interface BatchCommandOptions {
  db: string;
  list?: string[];
  jsonl?: string;
  workers?: string;
  maxBytes?: string;
  timeout?: string;
  encoding?: string;
  idField?: string;
  textField?: string;
  families: boolean;
  skipTitle?: boolean;
  memory?: string;
  lease?: string;
  templates: boolean;
  maxTemplates?: string;
  templateMembers?: string;
  progress: boolean;
  format: string;
}

/** Arguments with these extensions are lists of paths (one per line), not plan pages. */
export const LIST_EXTENSIONS: readonly string[] = ['.list', '.lst'];
/** Redraws of the progress line per second at most. */
const PROGRESS_FPS = 8;

/**
 * Paths in a list file: one per line, relative to the list file's folder; blank lines and lines
 * starting with # are skipped.
 */
export function readListFile(path: string): string[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new UsageProblem(`cannot read list file ${path}: ${(e as Error).message}`);
  }
  const base = dirname(path);
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0 && !l.startsWith('#'))
    .map((l) => (l.startsWith('/') ? l : join(base, l)));
}

async function collectFiles(inputs: string[], lists: string[], io: CliIO): Promise<string[]> {
  const listArgs = [...lists, ...inputs.filter((a) => LIST_EXTENSIONS.includes(extname(a).toLowerCase()))];
  const plain = inputs.filter((a) => !LIST_EXTENSIONS.includes(extname(a).toLowerCase()));
  if (plain.includes('-')) throw new UsageProblem('batch reads files, not stdin: give files, directories, globs or a list file');
  const files: string[] = [];
  if (plain.length > 0) {
    const { files: expanded, problems } = await expandInputs(plain);
    for (const p of problems) {
      reportError(io, p.toLine());
      io.fail(EXIT.inputFailed);
    }
    files.push(...expanded);
  }
  for (const l of listArgs) files.push(...readListFile(l));
  return files;
}

export const registerBatch: RegisterCommand = (program: Command, io: CliIO) => {
  program
    .command('batch')
    .description('Analyse a whole corpus into a results store (SQLite file or PostgreSQL database): resumable, in worker threads, several processes or machines may share one PostgreSQL database, bad files recorded and skipped')
    .argument('<inputs...>', 'directories (searched recursively for .txt .html .md .docx .jsonl …), globs, files, or list files (*.list, *.lst: one path per line); each line of a .jsonl file is a document')
    .requiredOption('--db <file|url>', 'results store: a SQLite file, or postgresql://user:password@host/database shared by every process (created, or resumed: files already stored with the same content are skipped)')
    .option('--list <file...>', 'list files of paths (one per line, relative to the list file), whatever their extension')
    .option('--jsonl <dir>', 'also export every table as JSON Lines (<dir>/<table>.jsonl)')
    .option('--workers <n>', 'worker threads (default: every core)')
    .option('--max-bytes <n>', 'record files larger than this as too-large without reading them (default 16 MiB)')
    .option('--timeout <seconds>', 'record a file still running after this long as timeout (default 120)')
    .option('--encoding <name>', 'read every input in this encoding instead of detecting it')
    .option('--no-families', 'skip the corpus-wide dedup families')
    .option('--skip-title', 'leave the title line of a page without 篇 variants out of its dedup unit, as `plankit dedup --skip-title`')
    .option('--memory <MB>', `memory for the family phase beyond 24 bytes per variant (default ${DEFAULT_FAMILY_MEMORY_MB}); families are computed in the store, whatever the corpus size`)
    .option('--lease <seconds>', `a file claimed by a process that stops answering goes to another after this long (default ${DEFAULT_LEASE_MS / 1000})`)
    .option('--no-templates', 'skip the family templates')
    .option('--max-templates <n>', 'templates for the largest families only, at most this many (default 10000)')
    .option('--template-members <n>', 'members aligned per template: the canonical one and the next ones (default 8)')
    .option('--no-progress', 'no progress line (it is shown only when stderr is a terminal anyway)')
    .option('--format <format>', 'summary format: text or json', 'text')
    .action(async (inputs: string[], opts: BatchCommandOptions) => {
      const format = choice('format', opts.format, ['text', 'json'] as const);
      const workers = opts.workers === undefined ? undefined : numberOption('workers', opts.workers, 1, 256);
      const maxFileBytes = opts.maxBytes === undefined ? undefined : numberOption('max-bytes', opts.maxBytes, 1, Number.MAX_SAFE_INTEGER);
      const timeoutMs = opts.timeout === undefined ? undefined : numberOption('timeout', opts.timeout, 0.001, 86_400) * 1000;
      const memoryMb = opts.memory === undefined ? undefined : numberOption('memory', opts.memory, 16, 1 << 20);
      const leaseMs = opts.lease === undefined ? undefined : numberOption('lease', opts.lease, 1, 86_400) * 1000;
      const maxTemplates = opts.maxTemplates === undefined ? undefined : numberOption('max-templates', opts.maxTemplates, 0, Number.MAX_SAFE_INTEGER);
      const maxMembers = opts.templateMembers === undefined ? undefined : numberOption('template-members', opts.templateMembers, 2, 10_000);
      if (workers !== undefined && !Number.isInteger(workers)) throw new UsageProblem(`--workers must be a whole number (got "${opts.workers}")`);

      const files = await collectFiles(inputs, opts.list ?? [], io);
      const { idField, textField } = inputOptions(opts);
      // A JSON Lines file holds an unknown number of documents until it is read: no total, no ETA.
      const total = files.some(isJsonlPath) ? undefined : files.length;
      if (files.length === 0) {
        reportError(io, 'no input files to analyse');
        io.fail(EXIT.inputFailed);
        return;
      }

      const showProgress = opts.progress && io.stderr.isTTY === true;
      const started = performance.now();
      let lastDraw = 0;
      let drawn = false;
      const clear = (): void => {
        if (drawn) io.stderr.write('\r\x1b[2K');
        drawn = false;
      };
      const onFile = (e: FileEvent): void => {
        if (e.status === 'failed') {
          clear();
          reportError(io, `${e.path}: ${e.failure?.message ?? 'failed'} (${e.failure?.kind ?? 'unknown'})`);
        }
        const now = performance.now();
        if (showProgress && now - lastDraw >= 1000 / PROGRESS_FPS) {
          lastDraw = now;
          const c = e.counts;
          io.stderr.write(
            '\r\x1b[2K' +
              formatProgress(
                { done: c.filesAnalyzed + c.filesFailed + c.filesSkipped, ...(total === undefined ? {} : { total }), analyzed: c.filesAnalyzed, bytes: c.bytesAnalyzed, failed: c.filesFailed, skipped: c.filesSkipped, elapsedMs: now - started },
                (io.stderr.columns ?? 100) - 1,
              ),
          );
          drawn = true;
        }
      };

      const summary = await runBatch({
        db: opts.db,
        files,
        ...(total === undefined ? {} : { total }),
        inputs,
        version: program.version() ?? 'unknown',
        jsonl: { ...(idField === undefined ? {} : { idField }), ...(textField === undefined ? {} : { textField }) },
        onFile,
        analyzerOptions: opts.encoding === undefined ? {} : { encoding: opts.encoding },
        ...(workers === undefined ? {} : { workers }),
        ...(maxFileBytes === undefined ? {} : { maxFileBytes }),
        ...(timeoutMs === undefined ? {} : { timeoutMs }),
        families: opts.families ? { ...(memoryMb === undefined ? {} : { memoryMb }), skipTitle: opts.skipTitle === true } : false,
        ...(leaseMs === undefined ? {} : { leaseMs }),
        templates: opts.templates
          ? { ...(maxTemplates === undefined ? {} : { maxTemplates }), ...(maxMembers === undefined ? {} : { maxMembers }) }
          : false,
      });
      for (const f of summary.templates?.failures ?? []) io.stderr.write(`plankit: template of family ${f.family} not built: ${f.message} (${f.kind})\n`);
      clear();
      if (summary.counts.filesFailed > 0) io.fail(EXIT.inputFailed);

      if (opts.jsonl !== undefined) await exportJsonl(opts.db, opts.jsonl);
      if (format === 'json') writeJson(io, summaryJson(summary, opts.db));
      else io.stdout.write(summaryText(summary, opts.db) + '\n');
    });
};

/** Writes each table to <dir>/<table>.jsonl, one JSON object per row, streaming. */
export async function exportJsonl(db: string, dir: string): Promise<void> {
  mkdirSync(dir, { recursive: true });
  const store = await Store.open(db);
  try {
    for (const table of TABLES) {
      const out = createWriteStream(join(dir, `${table}.jsonl`));
      for await (const row of tableRows(store, table)) {
        if (!out.write(JSON.stringify(row) + '\n')) await once(out, 'drain');
      }
      out.end();
      await once(out, 'finish');
    }
  } finally {
    await store.close();
  }
}

function summaryJson(s: BatchSummary, db: string): Record<string, unknown> {
  const secs = s.elapsedMs / 1000;
  return {
    db: isFile(db) ? resolve(db) : storeName(db),
    run: s.runId,
    job: s.jobId,
    finalPhases: s.finalPhases,
    ...s.counts,
    families: s.families,
    templates: s.templates,
    elapsedSeconds: round(secs),
    docsPerSecond: round(secs > 0 ? s.counts.filesAnalyzed / secs : 0),
    mbPerSecond: round(secs > 0 ? s.counts.bytesAnalyzed / 1e6 / secs : 0),
    peakRssMb: Math.round(s.peakRssBytes / 2 ** 20),
    phases: s.phases.map((p) => ({ phase: p.phase, seconds: round(p.ms / 1000), peakRssMb: Math.round(p.peakRssBytes / 2 ** 20) })),
  };
}

function summaryText(s: BatchSummary, db: string): string {
  const c = s.counts;
  const secs = s.elapsedMs / 1000;
  const lines = [
    `${c.filesSeen} files: ${c.filesAnalyzed} analysed, ${c.filesSkipped} already done, ${c.filesFailed} failed — ${formatDuration(s.elapsedMs)}` +
      (c.filesAnalyzed > 0 ? `, ${(c.filesAnalyzed / secs).toFixed(1)} docs/s, ${(c.bytesAnalyzed / 1e6 / secs).toFixed(2)} MB/s` : ''),
  ];
  if (s.families !== null) lines.push(`families: ${s.families.families} (${s.families.multiMember} with two or more variants) over ${s.families.units} variants`);
  else if (!s.finalPhases) lines.push(`families: built by another process of job ${s.jobId}`);
  if (s.templates !== null) {
    lines.push(`templates: ${s.templates.built} built` + (s.templates.failed > 0 ? `, ${s.templates.failed} failed` : '') + (s.templates.skipped > 0 ? `, ${s.templates.skipped} families over --max-templates` : ''));
  }
  lines.push(`results in ${storeName(db)}`);
  return lines.join('\n');
}

function isFile(db: string): boolean {
  return !/^postgres(ql)?:\/\//i.test(db);
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
