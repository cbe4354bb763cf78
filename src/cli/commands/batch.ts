import { createWriteStream, mkdirSync, readFileSync } from 'node:fs';
import { once } from 'node:events';
import { dirname, extname, join, resolve } from 'node:path';
import type { Command } from 'commander';
import { DEFAULT_FAMILY_MEMORY_MB, DEFAULT_LEASE_MS, formatDuration, formatProgress, runBatch, Store, tableRows, TABLES, type BatchSummary, type FileEvent } from '../../batch/index.js';
import type { FileFailure } from '../../batch/record.js';
import { isDiagnosticCode } from '../../core/diagnostics.js';
import { fsProblem, inputError, usageError } from '../../core/errors.js';
import { formatFailure, helpTexts, reportTexts, type Lang } from '../../messages/index.js';
import { storeName } from '../../store/index.js';
import { expandInputs, isJsonlPath } from '../../read/index.js';
import { inputOptions, WARNED_READ_CODES } from '../inputs.js';
import { EXIT, reportError, reportWarning, writeNotice, type CliIO } from '../io.js';
import { choice, optionalNumber, outputError, writeJson } from '../output.js';
import { escapeControls } from '../text.js';
import type { RegisterCommand } from './index.js';
import { pushAll } from '../../core/push-all.js';

interface BatchCommandOptions {
  db: string;
  list?: string[];
  jsonl?: string;
  workers?: string;
  maxBytes?: string;
  timeout?: string;
  encoding?: string;
  families: boolean;
  skipTitle?: boolean;
  memory?: string;
  lease?: string;
  templates: boolean;
  maxTemplates?: string;
  templateMembers?: string;
  progress: boolean;
  format: string;
  idField?: string;
  textField?: string;
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
    throw usageError('list-file-unreadable', fsProblem(e, false), path);
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
  if (plain.includes('-')) throw usageError('no-stdin', { command: 'batch' });
  if (listArgs.length === 0 && plain.length === 0) throw usageError('no-input', {});
  const files: string[] = [];
  if (plain.length > 0) {
    const { files: expanded, problems } = await expandInputs(plain);
    for (const p of problems) reportError(io, p);
    pushAll(files, expanded);
  }
  for (const l of listArgs) pushAll(files, readListFile(l));
  return files;
}

/** A failure in the user's language (its data, when the run has it; else the stored message). */
function failureText(f: FileFailure, lang: Lang): string {
  return f.error === undefined ? f.message : formatFailure(f.error, lang);
}

/**
 * What a stored file means to the user on stderr: a failure is one line with its kind; an analysed
 * file's read findings that every command warns about (undecodable bytes, a weak encoding guess)
 * are one line each.
 */
export function reportFileEvent(io: CliIO, e: FileEvent): void {
  const f = e.failure;
  if (e.status === 'failed' && f !== undefined) writeNotice(io, `${e.path}: ${failureText(f, io.lang)} (${f.kind})`);
  for (const d of e.diagnostics ?? []) {
    if (isDiagnosticCode(d.code) && WARNED_READ_CODES.has(d.code)) reportWarning(io, e.path, d.message);
  }
}

export const registerBatch: RegisterCommand = (program: Command, io: CliIO) => {
  const h = helpTexts(io.lang);
  program
    .command('batch')
    .description(h.batch.description)
    .argument('[inputs...]', h.batch.inputs)
    .requiredOption('--db <file|url>', h.batch.db)
    .option('--list <file...>', h.batch.list)
    .option('--jsonl <dir>', h.batch.jsonl)
    .option('--workers <n>', h.batch.workers)
    .option('--max-bytes <n>', h.batch.maxBytes)
    .option('--timeout <seconds>', h.batch.timeout)
    .option('--encoding <name>', h.batch.encoding)
    .option('--no-families', h.batch.noFamilies)
    .option('--skip-title', h.batch.skipTitle)
    .option('--memory <MB>', h.batch.memory(DEFAULT_FAMILY_MEMORY_MB))
    .option('--lease <seconds>', h.batch.lease(DEFAULT_LEASE_MS / 1000))
    .option('--no-templates', h.batch.noTemplates)
    .option('--max-templates <n>', h.batch.maxTemplates)
    .option('--template-members <n>', h.batch.templateMembers)
    .option('--no-progress', h.batch.noProgress)
    .option('--format <format>', h.batch.format, 'text')
    .action(async (inputs: string[], opts: BatchCommandOptions) => {
      const t = reportTexts(io.lang);
      const format = choice('format', opts.format, ['text', 'json'] as const);
      const workers = optionalNumber('workers', opts.workers, { kind: 'integer', min: 1, max: 256 });
      const maxFileBytes = optionalNumber('max-bytes', opts.maxBytes, { kind: 'integer', min: 1 });
      const timeoutSeconds = optionalNumber('timeout', opts.timeout, { kind: 'number', min: 0.001, max: 86_400 });
      const memoryMb = optionalNumber('memory', opts.memory, { kind: 'integer', min: 16, max: 1 << 20 });
      const leaseSeconds = optionalNumber('lease', opts.lease, { kind: 'number', min: 1, max: 86_400 });
      const maxTemplates = optionalNumber('max-templates', opts.maxTemplates, { kind: 'integer', min: 0 });
      const maxMembers = optionalNumber('template-members', opts.templateMembers, { kind: 'integer', min: 2, max: 10_000 });

      const files = await collectFiles(inputs, opts.list ?? [], io);
      if (files.length === 0) {
        reportError(io, inputError('nothing-to-analyse', opts.db, {}));
        return;
      }
      const { idField, textField } = inputOptions(opts);
      // A JSON Lines file holds an unknown number of documents until it is read: no total, no ETA.
      const total = files.some(isJsonlPath) ? undefined : files.length;

      const showProgress = opts.progress && io.stderr.isTTY === true;
      const started = performance.now();
      let lastDraw = 0;
      let drawn = false;
      const clear = (): void => {
        if (drawn) io.stderr.write('\r\x1b[2K');
        drawn = false;
      };
      const onFile = (e: FileEvent): void => {
        // A notice clears the progress line first; it is redrawn below.
        if (e.status === 'failed' || (e.diagnostics?.length ?? 0) > 0) clear();
        reportFileEvent(io, e);
        const now = performance.now();
        if (showProgress && now - lastDraw >= 1000 / PROGRESS_FPS) {
          lastDraw = now;
          const c = e.counts;
          io.stderr.write(
            '\r\x1b[2K' +
              formatProgress(
                { done: c.filesAnalyzed + c.filesFailed + c.filesSkipped, ...(total === undefined ? {} : { total }), analyzed: c.filesAnalyzed, bytes: c.bytesAnalyzed, failed: c.filesFailed, skipped: c.filesSkipped, elapsedMs: now - started },
                (io.stderr.columns ?? 100) - 1,
                io.lang,
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
        jsonl: { ...(idField === undefined ? {} : { idField }), ...(textField === undefined ? {} : { textField }) },
        version: program.version() ?? 'unknown',
        onFile,
        lang: io.lang,
        analyzerOptions: opts.encoding === undefined ? {} : { encoding: opts.encoding },
        ...(workers === undefined ? {} : { workers }),
        ...(maxFileBytes === undefined ? {} : { maxFileBytes }),
        ...(timeoutSeconds === undefined ? {} : { timeoutMs: timeoutSeconds * 1000 }),
        families: opts.families ? { ...(memoryMb === undefined ? {} : { memoryMb }), skipTitle: opts.skipTitle === true } : false,
        ...(leaseSeconds === undefined ? {} : { leaseMs: leaseSeconds * 1000 }),
        templates: opts.templates
          ? { ...(maxTemplates === undefined ? {} : { maxTemplates }), ...(maxMembers === undefined ? {} : { maxMembers }) }
          : false,
      });
      clear();
      for (const f of summary.templates?.failures ?? []) writeNotice(io, t.templateFailed(f.family, failureText(f, io.lang), f.kind));
      if (summary.counts.filesFailed > 0) io.fail(EXIT.inputFailed);

      if (opts.jsonl !== undefined) await exportJsonl(opts.db, opts.jsonl);
      if (format === 'json') writeJson(io, summaryJson(summary, opts.db));
      else io.stdout.write(summaryText(summary, opts.db, io.lang) + '\n');
    });
};

/** Writes each table to <dir>/<table>.jsonl, one JSON object per row, streaming. */
export async function exportJsonl(db: string, dir: string): Promise<void> {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (e) {
    throw outputError(dir, e);
  }
  const store = await Store.open(db);
  try {
    for (const table of TABLES) {
      const path = join(dir, `${table}.jsonl`);
      const out = createWriteStream(path);
      const failed = once(out, 'error').then(([e]: unknown[]) => {
        throw outputError(path, e);
      });
      const write = async (): Promise<void> => {
        for await (const row of tableRows(store, table)) {
          if (!out.write(JSON.stringify(row) + '\n')) await once(out, 'drain');
        }
        out.end();
        await once(out, 'finish');
      };
      await Promise.race([write(), failed]);
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

function summaryText(s: BatchSummary, db: string, lang: Lang): string {
  const t = reportTexts(lang);
  const c = s.counts;
  const secs = s.elapsedMs / 1000;
  const lines = [
    t.batchFiles({ seen: c.filesSeen, analysed: c.filesAnalyzed, skipped: c.filesSkipped, failed: c.filesFailed, duration: formatDuration(s.elapsedMs) }) +
      (c.filesAnalyzed > 0 ? t.batchRate((c.filesAnalyzed / secs).toFixed(1), (c.bytesAnalyzed / 1e6 / secs).toFixed(2)) : ''),
  ];
  if (s.families !== null) lines.push(t.batchFamilies(s.families.families, s.families.multiMember, s.families.units));
  else if (!s.finalPhases) lines.push(t.familiesElsewhere(s.jobId));
  if (s.templates !== null) lines.push(t.batchTemplates(s.templates.built, s.templates.failed, s.templates.skipped));
  lines.push(t.batchResults(escapeControls(storeName(db))));
  return lines.join('\n');
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

function isFile(db: string): boolean {
  return !/^postgres(ql)?:\/\//i.test(db);
}
