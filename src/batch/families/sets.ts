import { normaliseForShingles } from '../../dedup/normalise.js';
import type { DedupOptions } from '../../dedup/options.js';
import { Scratch } from '../../dedup/scratch.js';
import { shingleSet } from '../../dedup/shingles.js';
import type { SqlConnection } from '../../store/connection.js';

/** Ords per IN (…) list when fetching texts… */
const FETCH_CHUNK = 400;
/** …and characters of text per fetch at most: texts arrive as JS strings (2 bytes a character), on the heap. */
const FETCH_CHARS = 2_000_000;

/**
 * The shingle sets of units by ord, computed from their folded text in the store when asked and
 * kept in a least-recently-used cache of at most `budgetBytes` — the sets of the whole corpus are
 * never held (they were most of the family phase's memory). A set costs 4 bytes per shingle.
 */
export class SetCache {
  private readonly sets = new Map<number, Uint32Array>();
  private bytes = 0;
  private readonly scratch = new Scratch();
  /** Sets computed (cache misses), for the summary. */
  computed = 0;

  constructor(
    private readonly sql: SqlConnection,
    private readonly o: DedupOptions,
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
    for (let i = 0; i < missing.length; i += FETCH_CHUNK) {
      const part = missing.slice(i, i + FETCH_CHUNK);
      const sizes = await this.sql.all<{ ord: number; chars: number }>(`SELECT ord, chars FROM fam_units WHERE ord IN (${part.map(() => '?').join(', ')})`, part);
      // Fetches of at most FETCH_CHARS characters (a long text alone).
      let group: number[] = [];
      let chars = 0;
      const fetch = async (): Promise<void> => {
        if (group.length === 0) return;
        const rows = await this.sql.all<{ ord: number; folded: string }>(
          `SELECT u.ord, v.folded FROM fam_units u JOIN variants v ON v.id = u.variant WHERE u.ord IN (${group.map(() => '?').join(', ')})`,
          group,
        );
        for (const r of rows) this.put(Number(r.ord), this.compute(r.folded));
        group = [];
        chars = 0;
      };
      for (const r of sizes) {
        if (chars + Number(r.chars) > FETCH_CHARS) await fetch();
        group.push(Number(r.ord));
        chars += Number(r.chars);
      }
      await fetch();
    }
  }

  /** The set of a loaded unit (load() it first). */
  get(ord: number): Uint32Array {
    const s = this.sets.get(ord);
    if (s === undefined) throw new Error(`shingle set of unit ${ord} was not loaded`);
    return s;
  }

  private compute(folded: string): Uint32Array {
    this.computed++;
    const norm = normaliseForShingles(folded, 0, folded.length, this.scratch);
    return shingleSet(norm, this.o.shingleSize, this.o.seed, this.scratch).slice();
  }

  private put(ord: number, set: Uint32Array): void {
    this.sets.set(ord, set);
    this.bytes += set.byteLength + 64;
    for (const [k, v] of this.sets) {
      if (this.bytes <= this.budgetBytes || this.sets.size <= 1) break;
      this.sets.delete(k);
      this.bytes -= v.byteLength + 64;
    }
  }
}
