import { Worker } from 'node:worker_threads';
import { workerEntry as sharedWorkerEntry, type WorkerEntry } from '../core/worker-entry.js';
import { batchFailure, type FileFailure, type FileRecord } from './record.js';
import type { ResultMessage, TaskMessage, WorkerData } from './protocol.js';
import { fromWire } from './wire.js';
import type { FeatureOptions } from './unit-features.js';

export interface PoolOptions {
  /** Number of worker threads. */
  size: number;
  /** file: URL of the module exporting `analyzeFile` (see record.ts). */
  analyzer: string;
  /** JSON-serialisable options every analyzeFile call receives. */
  analyzerOptions?: unknown;
  /** file: URL of the module exporting `buildFamilyTemplate` (template tasks); default template-task next to this module. */
  templater?: string;
  /** A file still running after this long is recorded as failed (kind `timeout`) and its worker replaced. */
  timeoutMs: number;
  /** V8 old-space limit per worker: a runaway file kills its worker (kind `worker-crash`), not the run. */
  workerHeapMb: number;
  /** Dedup settings of the per-variant features workers add to each record (null: none). */
  features?: FeatureOptions | null;
}

export type TaskOutcome = { record: FileRecord } | { failure: FileFailure };
/** template: the template's JSON text, as stored. */
export type TemplateOutcome = { template: string } | { failure: FileFailure };

interface Pending {
  seq: number;
  /** Builds the message (and what to transfer) when the task is dispatched. */
  message: () => { message: TaskMessage; transfer: ArrayBuffer[] };
  resolve: (o: TaskOutcome | TemplateOutcome) => void;
  reject: (e: Error) => void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  /** Being replaced (after a timeout): takes no new task, and its exit is expected. */
  retiring: boolean;
  current: Pending | null;
  timer: NodeJS.Timeout | null;
  /** The last 'error' event, reported if the worker then exits mid-task. */
  lastError: Error | null;
}

/** How to start a batch worker (worker.js next to this module, or worker.ts from the sources). */
export function workerEntry(): WorkerEntry {
  return sharedWorkerEntry(import.meta.url, 'worker');
}

/** The template task module next to this module (template-task.js, or .ts from the sources). */
export function defaultTemplater(): string {
  return new URL(import.meta.url.endsWith('.ts') ? './template-task.ts' : './template-task.js', import.meta.url).href;
}

/**
 * An ArrayBuffer holding exactly `bytes`, safe to transfer: the bytes' own buffer when they fill it,
 * else a copy (a small Buffer is a view into Node's shared pool, which must never be transferred;
 * note Buffer#slice makes a view, not a copy).
 */
function ownBuffer(bytes: Uint8Array): ArrayBuffer {
  if (bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer) {
    return bytes.buffer;
  }
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  return copy.buffer;
}

/**
 * A fixed set of worker threads, one task each at a time, FIFO queue. The caller bounds how many
 * tasks it submits (batch keeps a small window), so memory stays bounded by the window, not the corpus.
 */
export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private seq = 0;
  private closed = false;
  private fatal: Error | null = null;
  private readonly fatalWaiters: Array<(e: Error) => void> = [];

  constructor(private readonly options: PoolOptions) {
    for (let i = 0; i < options.size; i++) this.slots.push(this.spawn());
  }

  /**
   * Analyses one file in a worker. Never rejects for a bad file: failures are outcomes. `extra`
   * options are merged over the pool's analyzerOptions for this file alone (a JSON Lines unit says
   * where it comes from).
   */
  run(path: string, bytes: Uint8Array, extra?: Record<string, unknown>): Promise<TaskOutcome> {
    let held: Uint8Array | null = bytes;
    return this.submit((seq) => {
      const own = ownBuffer(held as Uint8Array);
      held = null; // transferred: drop our reference
      const message: TaskMessage = { kind: 'file', seq, path, bytes: own };
      if (extra !== undefined) message.extra = extra;
      return { message, transfer: [own] };
    }) as Promise<TaskOutcome>;
  }

  /** Builds one family's template in a worker (input: see template-task.ts). */
  runTemplate(input: unknown): Promise<TemplateOutcome> {
    return this.submit((seq) => ({ message: { kind: 'template', seq, input }, transfer: [] })) as Promise<TemplateOutcome>;
  }

  private submit(make: (seq: number) => { message: TaskMessage; transfer: ArrayBuffer[] }): Promise<TaskOutcome | TemplateOutcome> {
    if (this.fatal !== null) return Promise.reject(this.fatal);
    return new Promise((resolve, reject) => {
      const seq = this.seq++;
      this.queue.push({ seq, message: () => make(seq), resolve, reject });
      this.dispatch();
    });
  }

  /** Resolves never; rejects when the pool cannot work at all (the analyzer module failed to load). */
  failure(): Promise<never> {
    return new Promise((_, reject) => {
      if (this.fatal !== null) reject(this.fatal);
      else this.fatalWaiters.push(reject);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private spawn(): Slot {
    const entry = workerEntry();
    const workerData: WorkerData = {
      analyzer: this.options.analyzer,
      options: this.options.analyzerOptions ?? {},
      templater: this.options.templater ?? defaultTemplater(),
      features: this.options.features ?? null,
    };
    const worker = new Worker(entry.script, {
      workerData,
      eval: entry.eval,
      resourceLimits: { maxOldGenerationSizeMb: this.options.workerHeapMb },
    });
    const slot: Slot = { worker, ready: false, retiring: false, current: null, timer: null, lastError: null };
    worker.on('message', (m: ResultMessage) => this.onMessage(slot, m));
    worker.on('error', (e) => {
      slot.lastError = e;
    });
    worker.on('exit', (code) => this.onExit(slot, code));
    return slot;
  }

  private onMessage(slot: Slot, m: ResultMessage): void {
    if (m.type === 'ready') {
      slot.ready = true;
      this.dispatch();
      return;
    }
    const task = slot.current;
    if (task === null || task.seq !== m.seq) return; // a late answer for a task that already timed out
    this.finish(slot, 'record' in m ? { record: fromWire(m.record) } : 'template' in m ? { template: m.template } : { failure: m.failure });
    this.dispatch();
  }

  private onExit(slot: Slot, code: number): void {
    const index = this.slots.indexOf(slot);
    if (this.closed || index < 0) return;
    if (!slot.ready && !slot.retiring && slot.current === null) {
      // Died while loading: the analyzer module itself is broken; every file would fail the same way.
      this.fail(slot.lastError ?? new Error(`batch worker exited with code ${code} while starting`));
      return;
    }
    if (slot.current !== null) {
      const reason = slot.lastError?.message ?? `exit code ${code}`;
      this.finish(slot, { failure: batchFailure({ code: 'worker-crash', args: { detail: reason } }) });
    }
    this.slots[index] = this.spawn();
  }

  private finish(slot: Slot, outcome: TaskOutcome | TemplateOutcome): void {
    const task = slot.current;
    if (task === null) return;
    if (slot.timer !== null) clearTimeout(slot.timer);
    slot.timer = null;
    slot.current = null;
    task.resolve(outcome);
  }

  private fail(e: Error): void {
    this.fatal = e;
    for (const reject of this.fatalWaiters.splice(0)) reject(e);
    for (const task of this.queue.splice(0)) task.reject(e);
    for (const slot of this.slots) {
      if (slot.current !== null) slot.current.reject(e);
      if (slot.timer !== null) clearTimeout(slot.timer);
      slot.current = null;
    }
    void this.close();
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (this.queue.length === 0) return;
      if (!slot.ready || slot.current !== null) continue;
      const task = this.queue.shift() as Pending;
      slot.current = task;
      slot.timer = setTimeout(() => this.timeout(slot, task), this.options.timeoutMs);
      const { message, transfer } = task.message();
      slot.worker.postMessage(message, transfer);
    }
  }

  private timeout(slot: Slot, task: Pending): void {
    if (slot.current !== task) return;
    this.finish(slot, { failure: batchFailure({ code: 'timeout', args: { ms: this.options.timeoutMs } }) });
    // The worker may be stuck in a loop: replace it (onExit sees no current task and just respawns).
    slot.ready = false;
    slot.retiring = true;
    void slot.worker.terminate();
  }
}
