import { availableParallelism } from 'node:os';

/** Named thresholds of a batch run (CLI options map onto these). */
export interface BatchLimits {
  /** Worker threads; default every core (`os.availableParallelism()`). */
  workers: number;
  /**
   * Files read ahead of the workers: at most this many files are in memory (read, queued or being
   * analysed) at any moment. Two per worker keeps every worker busy while the next file is read.
   */
  window: number;
  /** Files larger than this are recorded as `too-large` without being read into memory. */
  maxFileBytes: number;
  /** Per-file time limit; a file over it is recorded as `timeout` and its worker replaced. */
  timeoutMs: number;
  /** V8 heap limit of each worker thread (MB): bounds what one pathological file can take. */
  workerHeapMb: number;
}

/** Real plan pages are 5–100 KB; 16 MiB is far past any page and well inside memory. */
export const DEFAULT_MAX_FILE_BYTES = 16 * 1024 * 1024;
/** Seconds per file: a 1 MB page takes well under a second; two minutes means something is stuck. */
export const DEFAULT_TIMEOUT_MS = 120_000;
/** Enough for a 16 MiB page's tokens and spans; low enough that two workers stay under 1.5 GB. */
export const DEFAULT_WORKER_HEAP_MB = 512;
export const WINDOW_PER_WORKER = 2;

export function defaultLimits(partial: Partial<BatchLimits> = {}): BatchLimits {
  const workers = partial.workers ?? availableParallelism();
  return {
    workers,
    window: partial.window ?? workers * WINDOW_PER_WORKER,
    maxFileBytes: partial.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES,
    timeoutMs: partial.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    workerHeapMb: partial.workerHeapMb ?? DEFAULT_WORKER_HEAP_MB,
  };
}
