import type { DedupOptions } from '../dedup/index.js';
import { formatFailure, type Lang } from '../messages/index.js';
import { buildFamilies, DEFAULT_MAX_FAMILY_UNITS, type FamilySummary } from './corpus.js';
import { checkBatchOption, defaultLimits, type BatchLimits } from './options.js';
import { WorkerPool } from './pool.js';
import { buildTemplates, DEFAULT_MAX_TEMPLATES, DEFAULT_TEMPLATE_MEMBERS, type TemplateSummary } from './templates.js';
import type { JsonlOptions } from '../read/index.js';
import { batchInputs, readInput, unitInput, type BatchInput } from './read-input.js';
import { asError, type DiagnosticRecord, type FileFailure } from './record.js';
import { Store, type FileMeta, type FileOutcome, type RunCounts } from './store.js';
import { storeError } from './store-errors.js';

export interface BatchOptions extends Partial<BatchLimits> {
  /** Path of the SQLite results database (created when missing, resumed when present). */
  db: string;
  /**
   * The files to analyse, in order; an async iterable is consumed lazily (never all held at once).
   * A JSON Lines file (.jsonl, .ndjson) is streamed and each of its lines analysed as a document
   * of its own, `<file>#<id>`.
   */
  files: Iterable<string> | AsyncIterable<string>;
  /** How many files `files` holds, when known (for progress and ETA). */
  total?: number;
  /** Where the id and text of each JSON Lines unit are (defaults: see read/jsonl). */
  jsonl?: JsonlOptions;
  /** The inputs as the user gave them, recorded in the runs table. */
  inputs?: string[];
  /**
   * file: URL of the module whose `analyzeFile(path, bytes)` each worker runs. Default: the real
   * pipeline (analyze-file.js next to this module). Tests inject their own.
   */
  analyzer?: string | URL;
  /** Options for the analyzer (for the default one: FileAnalysisOptions — encoding, format, reuse thresholds). */
  analyzerOptions?: unknown;
  /**
   * The language of the messages stored with failures and diagnostics (codes and arguments are
   * stored as data too); the default analyzer gets it unless its options name one. Default zh.
   */
  lang?: Lang;
  /** Called after each file is stored or skipped (the CLI prints failures and progress from it). */
  onFile?: (event: FileEvent) => void;
  /** Recorded in the runs table. */
  version?: string;
  /**
   * Corpus-wide dedup families after the files (default on). Rebuilt only when they are stale (a
   * file was stored after they were built, or none exist). `maxUnits` caps the variants dedup holds
   * in memory.
   */
  families?: false | { dedup?: Partial<DedupOptions>; maxUnits?: number };
  /**
   * One template per multi-member family, built in the workers whenever the families are rebuilt
   * (default on; see templates.ts for the limits). Needs families.
   */
  templates?: false | { maxTemplates?: number; maxMembers?: number };
  /** file: URL of the template task module (default: template-task next to this module). */
  templater?: string | URL;
  /** Files stored within this many ms share one commit (see StoreOptions.groupCommitMs); 0: one commit per file. */
  groupCommitMs?: number;
}

/**
 * A quarter second of files per commit: a commit per file made SQLite's commit work the
 * bottleneck of the writer thread, and a kill loses at most this much work.
 */
export const DEFAULT_GROUP_COMMIT_MS = 250;

/**
 * After each file: `ok`/`failed` mean its rows are written (committed with their group within
 * groupCommitMs, or lost whole by a kill and redone by the next run); `skipped` means an earlier
 * run stored it with the same content.
 */
export interface FileEvent {
  path: string;
  status: 'ok' | 'failed' | 'skipped';
  failure?: FileFailure;
  /** The file's own findings (read, split) for an `ok` file: what the CLI warns about. */
  diagnostics?: DiagnosticRecord[];
  bytes: number;
  counts: RunCounts;
}

export interface BatchSummary {
  runId: number;
  counts: RunCounts;
  /** null when families were switched off or nothing changed since they were last built. */
  families: FamilySummary | null;
  /** null when templates were switched off or families were not rebuilt. */
  templates: TemplateSummary | null;
  elapsedMs: number;
  peakRssBytes: number;
  /** Time and memory per phase (files, families, templates): where a run spends them. */
  phases: PhaseStats[];
}

export interface PhaseStats {
  phase: 'files' | 'families' | 'templates';
  ms: number;
  /** Peak resident memory of the process by the end of the phase (so the phase that raised it shows). */
  peakRssBytes: number;
}

function phaseEnd(phases: PhaseStats[], phase: PhaseStats['phase'], since: number): number {
  const now = performance.now();
  phases.push({ phase, ms: Math.round(now - since), peakRssBytes: process.resourceUsage().maxRSS * 1024 });
  return now;
}

/** The real per-file analysis, compiled next to this module. */
export function defaultAnalyzer(): string {
  return new URL(import.meta.url.endsWith('.ts') ? './analyze-file.ts' : './analyze-file.js', import.meta.url).href;
}

/**
 * Analyses every file into the store: reads ahead a bounded window of files, skips those already
 * stored with the same content hash, hands the rest to worker threads, and writes each answer in one
 * transaction as it arrives. Failures are stored and counted, never thrown; only a broken setup
 * (database unwritable, analyzer module missing) rejects.
 */
export async function analyzeFiles(store: Store, runId: number, pool: WorkerPool, options: BatchOptions): Promise<RunCounts> {
  const limits = defaultLimits(options);
  const counts: RunCounts = { filesSeen: 0, filesAnalyzed: 0, filesSkipped: 0, filesFailed: 0, bytesAnalyzed: 0 };
  // No Promise.race against a promise that never settles (such as pool.failure()): every race adds a
  // reaction to it that keeps the race's result alive, which leaked every file's record. The pool
  // rejects its pending tasks when it cannot work, and that reaches us through processOne.

  const lang = options.lang ?? 'zh';
  const emit = (path: string, status: FileEvent['status'], bytes: number, extra: Pick<FileEvent, 'failure' | 'diagnostics'> = {}): void => {
    if (options.onFile === undefined) return;
    options.onFile({ path, status, bytes, counts: { ...counts }, ...extra });
  };
  // Failures are stored in the run's language; their data goes to onFile for any other.
  const localised = (f: FileFailure): FileFailure => (f.error === undefined ? f : { ...f, message: formatFailure(f.error, lang) });

  const store1 = (meta: FileMeta, answer: FileOutcome): void => {
    const outcome: FileOutcome = 'ok' in answer ? answer : { ...answer, failed: localised(answer.failed) };
    store.putFile(runId, meta, outcome);
    if ('ok' in outcome) {
      counts.filesAnalyzed++;
      counts.bytesAnalyzed += meta.size;
      emit(meta.path, 'ok', meta.size, { diagnostics: outcome.ok.diagnostics });
    } else {
      counts.filesFailed++;
      emit(meta.path, 'failed', meta.size, { failure: outcome.failed });
    }
  };
  const alreadyStored = (meta: FileMeta): boolean => {
    const known = store.lookup(meta.path);
    if (known === undefined || known.status !== 'ok' || known.hash !== meta.hash) return false;
    counts.filesSkipped++;
    emit(meta.path, 'skipped', meta.size);
    return true;
  };

  const processOne = async (input: BatchInput): Promise<void> => {
    if ('problem' in input) {
      store1({ path: input.problem.path, hash: '', size: 0 }, { failed: input.problem.failure });
      return;
    }
    if ('unit' in input) {
      const { meta, bytes, ref } = unitInput(input.unit);
      if (alreadyStored(meta)) return;
      store1(meta, toOutcome(await pool.run(meta.path, bytes, { unit: ref })));
      return;
    }
    const input2 = await readInput(input.path, limits.maxFileBytes);
    const { meta } = input2;
    if ('bytes' in input2 && alreadyStored(meta)) return;
    store1(meta, 'bytes' in input2 ? toOutcome(await pool.run(input.path, input2.bytes)) : { failed: input2.failure });
  };

  // At most `window` files in flight; the first unexpected error (database write failed) stops the run.
  const inflight = new Set<Promise<void>>();
  const seen = new Set<string>();
  let firstError: Error | null = null;
  const check = (): void => {
    if (firstError !== null) throw firstError;
  };
  const jsonl = { maxBytes: limits.maxFileBytes, ...options.jsonl };
  for await (const input of batchInputs(options.files, jsonl)) {
    const path = 'path' in input ? input.path : 'unit' in input ? input.unit.path : input.problem.path;
    if (seen.has(path)) continue; // the same path twice in a list: analysed once
    seen.add(path);
    counts.filesSeen++;
    while (inflight.size >= limits.window) await Promise.race(inflight);
    check();
    const p: Promise<void> = processOne(input)
      .catch((e: unknown) => {
        firstError ??= asError(e);
      })
      .finally(() => inflight.delete(p));
    inflight.add(p);
  }
  await Promise.all(inflight);
  check();
  return counts;
}

function toOutcome(o: Awaited<ReturnType<WorkerPool['run']>>): FileOutcome {
  return 'record' in o ? { ok: o.record } : { failed: o.failure };
}

/**
 * Opens (or creates) the store, runs the per-file stage, then (when stale) the corpus-wide families
 * and their templates, and closes the run record. One worker pool serves files and templates.
 */
export async function runBatch(options: BatchOptions): Promise<BatchSummary> {
  const started = performance.now();
  // Every option is checked before the database is touched: misuse is a usage error, not half a run.
  const limits = defaultLimits(options);
  const familyUnits = checkBatchOption('maxUnits', (options.families === false ? undefined : options.families?.maxUnits) ?? DEFAULT_MAX_FAMILY_UNITS, { kind: 'integer', min: 0 });
  const t = options.templates === false ? null : (options.templates ?? {});
  const templateLimits =
    t === null
      ? null
      : {
          maxTemplates: checkBatchOption('maxTemplates', t.maxTemplates ?? DEFAULT_MAX_TEMPLATES, { kind: 'integer', min: 0 }),
          maxMembers: checkBatchOption('maxMembers', t.maxMembers ?? DEFAULT_TEMPLATE_MEMBERS, { kind: 'integer', min: 2 }),
        };
  const store = new Store(options.db, { groupCommitMs: options.groupCommitMs ?? DEFAULT_GROUP_COMMIT_MS });
  const analyzerOptions = options.analyzer === undefined && options.lang !== undefined ? { lang: options.lang, ...asRecord(options.analyzerOptions) } : options.analyzerOptions;
  const pool = new WorkerPool({
    size: limits.workers,
    analyzer: String(options.analyzer ?? defaultAnalyzer()),
    analyzerOptions,
    ...(options.templater === undefined ? {} : { templater: String(options.templater) }),
    timeoutMs: limits.timeoutMs,
    workerHeapMb: limits.workerHeapMb,
  });
  try {
    const recorded = {
      workers: options.workers,
      maxFileBytes: options.maxFileBytes,
      timeoutMs: options.timeoutMs,
      analyzer: options.analyzer === undefined ? 'pipeline' : String(options.analyzer),
      analyzerOptions: options.analyzerOptions,
    };
    const runId = store.beginRun(options.inputs ?? [], recorded, options.version ?? 'unknown');
    const phases: PhaseStats[] = [];
    const counts = await analyzeFiles(store, runId, pool, options);
    // The same workers build the templates later. Closing them before the family phase and starting
    // new ones for the templates was tried: the process RSS went UP (1.3 → 1.8 GB on 10k pages), as
    // the allocator keeps the freed worker memory and the new workers take fresh memory besides.
    store.ensureIndexes();
    let phaseStart = phaseEnd(phases, 'files', started);
    let families: FamilySummary | null = null;
    let templates: TemplateSummary | null = null;
    if (options.families !== false && store.familiesStale()) {
      const f = options.families ?? {};
      families = buildFamilies(store, runId, { maxUnits: familyUnits, ...(f.dedup === undefined ? {} : { dedup: f.dedup }) });
      phaseStart = phaseEnd(phases, 'families', phaseStart);
      if (families.status === 'built' && templateLimits !== null) {
        templates = await buildTemplates(store, pool, { ...templateLimits, window: limits.window });
        phaseEnd(phases, 'templates', phaseStart);
      }
    }
    const elapsedMs = performance.now() - started;
    const peakRssBytes = process.resourceUsage().maxRSS * 1024;
    store.finishRun(runId, counts, elapsedMs, peakRssBytes);
    return { runId, counts, families, templates, elapsedMs, peakRssBytes, phases };
  } catch (e) {
    // A database that fails mid-run (disk full, another process holding it) is the user's to fix.
    throw storeError(options.db, e);
  } finally {
    await pool.close();
    store.close();
  }
}

function asRecord(v: unknown): Record<string, unknown> {
  return typeof v === 'object' && v !== null ? { ...v } : {};
}
