import { availableParallelism } from 'node:os';
import { usageError, withinRange, type OptionRange } from '../core/errors.js';

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

/** What each limit may be: a worker count of 0 or a negative timeout is misuse (a usage error). */
const RANGES: Readonly<Record<keyof BatchLimits, OptionRange>> = {
  workers: { kind: 'integer', min: 1, max: 1024 },
  window: { kind: 'integer', min: 1 },
  maxFileBytes: { kind: 'integer', min: 1 },
  timeoutMs: { kind: 'number', min: 1 },
  workerHeapMb: { kind: 'integer', min: 16 },
};

/** `value` if `range` allows it; else a usage error naming the batch option. */
export function checkBatchOption(option: string, value: number, range: OptionRange): number {
  if (!withinRange(value, range)) throw usageError('bad-option', { stage: 'batch', option, value: String(value), range });
  return value;
}

function check(option: keyof BatchLimits, value: number): number {
  return checkBatchOption(option, value, RANGES[option]);
}

/** The limits with their defaults; a value out of range throws a usage error (exit 2 in the CLI). */
export function defaultLimits(partial: Partial<BatchLimits> = {}): BatchLimits {
  const workers = check('workers', partial.workers ?? availableParallelism());
  return {
    workers,
    window: check('window', partial.window ?? workers * WINDOW_PER_WORKER),
    maxFileBytes: check('maxFileBytes', partial.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES),
    timeoutMs: check('timeoutMs', partial.timeoutMs ?? DEFAULT_TIMEOUT_MS),
    workerHeapMb: check('workerHeapMb', partial.workerHeapMb ?? DEFAULT_WORKER_HEAP_MB),
  };
}
