import type { WeightedSet } from '../../dedup/measure.js';
import type { SqlConnection } from '../../store/connection.js';
import { unitTexts } from './texts.js';
import type { StoreWeights } from './weights.js';

/**
 * The weighted shingle sets of units by ord, computed from their unit text in the store when asked
 * and kept in a least-recently-used cache of at most `budgetBytes` — the sets of the whole corpus
 * are never held (they were most of the family phase's memory). A set costs 4 bytes per shingle.
 */
export class SetCache {
  private readonly sets = new Map<number, WeightedSet>();
  private bytes = 0;
  /** Sets computed (cache misses), for the summary. */
  computed = 0;

  constructor(
    private readonly sql: SqlConnection,
    private readonly weights: StoreWeights,
    private readonly skipTitle: boolean,
    private readonly budgetBytes: number,
  ) {}

  /** Makes sure the sets of `ords` are cached (one query per chunk of missing ones). */
  async load(ords: Iterable<number>): Promise<void> {
    const missing: number[] = [];
    for (const ord of ords) {
      const s = this.sets.get(ord);
      if (s === undefined) missing.push(ord);
      else {
        // Touch: most recently used last.
        this.sets.delete(ord);
        this.sets.set(ord, s);
      }
    }
    await unitTexts(this.sql, missing, this.skipTitle, (ord, text) => {
      this.computed++;
      this.put(ord, this.weights.weigh(text));
    });
  }

  /** The set of a loaded unit (load() it first). */
  get(ord: number): WeightedSet {
    const s = this.sets.get(ord);
    if (s === undefined) throw new Error(`shingle set of unit ${ord} was not loaded`);
    return s;
  }

  /** Adds a set computed elsewhere (the signature step weighs every text once anyway). */
  put(ord: number, set: WeightedSet): void {
    const old = this.sets.get(ord);
    if (old !== undefined) {
      this.sets.delete(ord);
      this.bytes -= old.set.byteLength + 64;
    }
    this.sets.set(ord, set);
    this.bytes += set.set.byteLength + 64;
    for (const [k, v] of this.sets) {
      if (this.bytes <= this.budgetBytes || this.sets.size <= 1) break;
      this.sets.delete(k);
      this.bytes -= v.set.byteLength + 64;
    }
  }
}
