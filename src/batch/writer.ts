import type { FileEntry, Store } from './store.js';

/**
 * Group commit: files analysed within `groupMs` of each other (at most `maxFiles`) are written in
 * one transaction — a commit per file made the commit itself the bottleneck of the writing thread
 * (SQLite) or a round trip per file (PostgreSQL). A process killed with files waiting here loses
 * them whole; their claims run out and they are analysed again. Writes happen one group at a time,
 * in the order files arrived; `onWritten` hears of each file once its group is committed.
 */
export class GroupWriter {
  private pending: Array<{ entry: FileEntry; done: (written: boolean) => void; fail: (e: unknown) => void }> = [];
  private timer: NodeJS.Timeout | null = null;
  private writing: Promise<void> = Promise.resolve();

  constructor(
    private readonly store: Store,
    private readonly runId: number,
    private readonly groupMs: number,
    private readonly maxFiles: number,
  ) {}

  /** Queues a file; resolves to whether it was written (false: its claim was taken over meanwhile). */
  write(entry: FileEntry): Promise<boolean> {
    return new Promise((done, fail) => {
      this.pending.push({ entry, done, fail });
      if (this.pending.length >= this.maxFiles || this.groupMs <= 0) void this.flush();
      else if (this.timer === null) this.timer = setTimeout(() => void this.flush(), this.groupMs);
    });
  }

  /** Writes whatever is queued; resolves when every group so far is committed (or failed). */
  flush(): Promise<void> {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    const group = this.pending;
    this.pending = [];
    if (group.length > 0) {
      this.writing = this.writing.then(async () => {
        try {
          const written = await this.store.putFiles(this.runId, group.map((g) => g.entry));
          group.forEach((g, i) => g.done(written[i] === true));
        } catch (e) {
          for (const g of group) g.fail(e);
        }
      });
    }
    return this.writing;
  }
}
