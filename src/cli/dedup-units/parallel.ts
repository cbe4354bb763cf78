import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { UnitTextOptions } from '../../dedup/index.js';
import { workerEntry } from '../../core/worker-entry.js';
import { unitsOfDocument, type DedupDocument, type DocumentUnits } from './units-of-document.js';
import type { UnitsReply, UnitsTask } from './worker.js';

export interface UnitSplitterOptions {
  /** Documents split on the calling thread before any worker starts: a small run never pays for one. */
  inlineDocuments: number;
  /** Documents sent to a worker at a time (one message each way per batch). */
  batchDocuments: number;
  /** Worker threads once the run is large; 0 splits everything on the calling thread. */
  workers: number;
}

export const UNIT_SPLITTER_DEFAULTS: UnitSplitterOptions = {
  inlineDocuments: 400,
  batchDocuments: 64,
  workers: availableParallelism(),
};

/**
 * Folds and splits decoded documents into dedup units in input order. The first `inlineDocuments` are split where
 * they arrive; after that, batches go to worker threads (splitting is most of `plankit dedup`'s CPU
 * before the comparison itself, and the main thread meanwhile reads and decodes the next files).
 * `finish()` gives every document's units in the order they were added.
 */
export class UnitSplitter {
  private readonly results: Array<DocumentUnits | undefined> = [];
  private readonly o: UnitSplitterOptions;
  private batch: DedupDocument[] = [];
  private batchStart = 0;
  private workers: Worker[] | null = null;
  private next = 0;
  private seq = 0;
  private readonly pending = new Map<number, { start: number; resolve: () => void; reject: (e: Error) => void }>();
  private readonly waits: Array<Promise<void>> = [];

  constructor(
    private readonly unitOptions: UnitTextOptions,
    options: Partial<UnitSplitterOptions> = {},
  ) {
    this.o = { ...UNIT_SPLITTER_DEFAULTS, ...options };
  }

  add(doc: DedupDocument): void {
    const index = this.results.length;
    this.results.push(undefined);
    if (this.o.workers <= 0 || index < this.o.inlineDocuments) {
      this.results[index] = unitsOfDocument(doc, this.unitOptions);
      return;
    }
    if (this.batch.length === 0) this.batchStart = index;
    // Only what splitting reads crosses to the worker.
    this.batch.push({ path: doc.path, text: doc.text });
    if (this.batch.length >= this.o.batchDocuments) this.send();
  }

  async finish(): Promise<DocumentUnits[]> {
    if (this.batch.length > 0) this.send();
    try {
      await Promise.all(this.waits);
    } finally {
      await Promise.all((this.workers ?? []).map((w) => w.terminate()));
      this.workers = null;
    }
    return this.results as DocumentUnits[];
  }

  private send(): void {
    const workers = (this.workers ??= this.start());
    const task: UnitsTask = { seq: this.seq++, docs: this.batch, options: this.unitOptions };
    const start = this.batchStart;
    this.batch = [];
    const done = new Promise<void>((resolve, reject) => {
      this.pending.set(task.seq, { start, resolve, reject });
    });
    // A worker may fail while the caller is still adding documents: finish() reports it, and until
    // then the rejection must not count as unhandled (that would end the process with a trace).
    done.catch(() => {});
    this.waits.push(done);
    // Round robin: batches are alike in size, and each worker answers in order.
    (workers[this.next++ % workers.length] as Worker).postMessage(task);
  }

  private start(): Worker[] {
    const entry = workerEntry(import.meta.url, 'worker');
    return Array.from({ length: this.o.workers }, () => {
      const w = new Worker(entry.script, { eval: entry.eval });
      w.on('message', (m: UnitsReply) => this.onReply(m));
      w.on('error', (e) => this.failAll(e));
      w.on('exit', (code) => {
        if (this.workers !== null && this.pending.size > 0) this.failAll(new Error(`dedup units worker exited with code ${code}`));
      });
      return w;
    });
  }

  private onReply(m: UnitsReply): void {
    const p = this.pending.get(m.seq);
    if (p === undefined) return;
    this.pending.delete(m.seq);
    if ('error' in m) {
      p.reject(new Error(m.error));
      return;
    }
    m.results.forEach((r, k) => (this.results[p.start + k] = r));
    p.resolve();
  }

  private failAll(e: Error): void {
    for (const p of this.pending.values()) p.reject(e);
    this.pending.clear();
  }
}
