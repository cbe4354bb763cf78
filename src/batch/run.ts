import { buildFamilies, DEFAULT_MAX_FAMILY_UNITS, type FamilySummary } from './corpus.js';
import type { DedupOptions } from '../dedup/index.js';
import { defaultLimits, type BatchLimits } from './options.js';
import { WorkerPool } from './pool.js';
import { readInput } from './read-input.js';
import type { FileFailure } from './record.js';
import { Store, type FileOutcome, type RunCounts } from './store.js';

export interface BatchOptions extends Partial<BatchLimits> {
  /** Path of the SQLite results database (created when missing, resumed when present). */
  db: string;
  /** The files to analyse, in order; an async iterable is consumed lazily (never all held at once). */
  files: Iterable<string> | AsyncIterable<string>;
  /** How many files `files` holds, when known (for progress and ETA). */
  total?: number;
  /** The inputs as the user gave them, recorded in the runs table. */
  inputs?: string[];
  /**
   * file: URL of the module whose `analyzeFile(path, bytes)` each worker runs. Default: the real
   * pipeline (analyze-file.js next to this module). Tests inject their own.
   */
  analyzer?: string | URL;
  /** Options for the analyzer (for the default one: FileAnalysisOptions — encoding, format, reuse thresholds). */
  analyzerOptions?: unknown;
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
}

export interface FileEvent {
  path: string;
  status: 'ok' | 'failed' | 'skipped';
  failure?: FileFailure;
  bytes: number;
  counts: RunCounts;
}

export interface BatchSummary {
  runId: number;
  counts: RunCounts;
  /** null when families were switched off or nothing changed since they were last built. */
  families: FamilySummary | null;
  elapsedMs: number;
  peakRssBytes: number;
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
export async function analyzeFiles(store: Store, runId: number, options: BatchOptions): Promise<RunCounts> {
  const limits = defaultLimits(options);
  const counts: RunCounts = { filesSeen: 0, filesAnalyzed: 0, filesSkipped: 0, filesFailed: 0, bytesAnalyzed: 0 };
  const analyzer = String(options.analyzer ?? defaultAnalyzer());
  const pool = new WorkerPool({
    size: limits.workers,
    analyzer,
    analyzerOptions: options.analyzerOptions,
    timeoutMs: limits.timeoutMs,
    workerHeapMb: limits.workerHeapMb,
  });
  const poolFailure = pool.failure();
  poolFailure.catch(() => undefined); // observed below; avoid an unhandled rejection meanwhile

  const emit = (path: string, status: FileEvent['status'], bytes: number, failure?: FileFailure): void => {
    if (options.onFile === undefined) return;
    const event: FileEvent = { path, status, bytes, counts: { ...counts } };
    if (failure !== undefined) event.failure = failure;
    options.onFile(event);
  };

  const processOne = async (path: string): Promise<void> => {
    const input = await readInput(path, limits.maxFileBytes);
    const { meta } = input;
    if ('bytes' in input) {
      const known = store.lookup(path);
      if (known !== undefined && known.status === 'ok' && known.hash === meta.hash) {
        counts.filesSkipped++;
        emit(path, 'skipped', meta.size);
        return;
      }
    }
    const outcome: FileOutcome =
      'bytes' in input
        ? toOutcome(await Promise.race([pool.run(path, input.bytes), poolFailure]))
        : { failed: input.failure };
    store.putFile(runId, meta, outcome);
    if ('ok' in outcome) {
      counts.filesAnalyzed++;
      counts.bytesAnalyzed += meta.size;
      emit(path, 'ok', meta.size);
    } else {
      counts.filesFailed++;
      emit(path, 'failed', meta.size, outcome.failed);
    }
  };

  // At most `window` files in flight; the first unexpected error (database write failed) stops the run.
  const inflight = new Set<Promise<void>>();
  const seen = new Set<string>();
  let firstError: unknown = null;
  const check = (): void => {
    if (firstError !== null) throw firstError;
  };
  try {
    for await (const path of options.files) {
      if (seen.has(path)) continue; // the same path twice in a list: analysed once
      seen.add(path);
      counts.filesSeen++;
      while (inflight.size >= limits.window) await Promise.race([...inflight, poolFailure]);
      check();
      const p: Promise<void> = processOne(path)
        .catch((e: unknown) => {
          firstError ??= e;
        })
        .finally(() => inflight.delete(p));
      inflight.add(p);
    }
    await Promise.race([Promise.all(inflight), poolFailure]);
    check();
  } finally {
    await pool.close();
  }
  return counts;
}

function toOutcome(o: Awaited<ReturnType<WorkerPool['run']>>): FileOutcome {
  return 'record' in o ? { ok: o.record } : { failed: o.failure };
}

/** Opens (or creates) the store, runs the per-file stage, and closes the run record. */
export async function runBatch(options: BatchOptions): Promise<BatchSummary> {
  const started = performance.now();
  const store = new Store(options.db);
  try {
    const recorded = {
      workers: options.workers,
      maxFileBytes: options.maxFileBytes,
      timeoutMs: options.timeoutMs,
      analyzer: options.analyzer === undefined ? 'pipeline' : String(options.analyzer),
      analyzerOptions: options.analyzerOptions,
    };
    const runId = store.beginRun(options.inputs ?? [], recorded, options.version ?? 'unknown');
    const counts = await analyzeFiles(store, runId, options);
    let families: FamilySummary | null = null;
    if (options.families !== false) {
      const f = options.families ?? {};
      if (store.familiesStale()) families = buildFamilies(store, runId, { maxUnits: f.maxUnits ?? DEFAULT_MAX_FAMILY_UNITS, ...(f.dedup === undefined ? {} : { dedup: f.dedup }) });
    }
    const elapsedMs = performance.now() - started;
    const peakRssBytes = process.resourceUsage().maxRSS * 1024;
    store.finishRun(runId, counts, elapsedMs, peakRssBytes);
    return { runId, counts, families, elapsedMs, peakRssBytes };
  } finally {
    store.close();
  }
}
