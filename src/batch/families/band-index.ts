import { groupByKey } from '../../core/group-by-key.js';
import type { SqlConnection } from '../../store/connection.js';

/** fam_bands rows read per query while loading. */
const LOAD_ROWS = 50_000;

/** Bytes per fam_bands row (its ord, bucket, and place in its unit's list, and the row while loading) and per unit. */
const BYTES_PER_ENTRY = 20;
const BYTES_PER_UNIT = 8;

/**
 * The LSH buckets of fam_bands held in memory: every band key's representatives in ord order, and
 * each representative's places in them. It answers the two bucket queries of candidates.ts — a
 * bucket of at most `maxBucket` pairs every member with every later one, a larger one (fam_buckets)
 * each member with its `bucketWindow` next ones — with the same pairs and band counts, without a
 * join and `GROUP BY` in the store per batch. Loaded only when it fits its budget.
 */
export class BandIndex {
  private constructor(
    private readonly maxBucket: number,
    private readonly bucketWindow: number,
    /** Bucket g's members: bucketOrd[bucketStart[g] … bucketStart[g + 1]), ords ascending. */
    private readonly bucketStart: Uint32Array,
    private readonly bucketOrd: Uint32Array,
    /** Entry → its bucket. */
    private readonly entryBucket: Uint32Array,
    /** Unit ord → its entries: unitEntry[unitStart[ord] … unitStart[ord + 1]). */
    private readonly unitStart: Uint32Array,
    private readonly unitEntry: Uint32Array,
    /** Per-pair counters, zero between calls. */
    private readonly hits: Uint32Array,
    /** What the index takes, as counted against its budget. */
    readonly bytes: number,
  ) {}

  /** The buckets of fam_bands (after the signatures step), or null when they would take more than `budgetBytes`. */
  static async load(sql: SqlConnection, units: number, maxBucket: number, bucketWindow: number, budgetBytes: number): Promise<BandIndex | null> {
    const entries = Number((await sql.get<{ n: number }>('SELECT count(*) AS "n" FROM fam_bands'))?.n ?? 0);
    const bytes = entries * BYTES_PER_ENTRY + units * BYTES_PER_UNIT;
    if (bytes > budgetBytes) return null;
    const bucketOrd = new Uint32Array(entries);
    const entryBucket = new Uint32Array(entries);
    const starts: number[] = [];
    let n = 0;
    let lastKey = Number.NaN;
    // Key order (the table's primary key), a page at a time: a bucket's members arrive together, ords ascending.
    let after: [number, number] | null = null;
    for (;;) {
      const rows: Array<{ band_key: number; ord: number }> = await sql.all<{ band_key: number; ord: number }>(
        after === null
          ? 'SELECT band_key, ord FROM fam_bands ORDER BY band_key, ord LIMIT ?'
          : 'SELECT band_key, ord FROM fam_bands WHERE band_key > ? OR (band_key = ? AND ord > ?) ORDER BY band_key, ord LIMIT ?',
        after === null ? [LOAD_ROWS] : [after[0], after[0], after[1], LOAD_ROWS],
      );
      if (rows.length === 0) break;
      if (n + rows.length > entries) throw new Error('band index: more rows than counted');
      for (const r of rows) {
        const key = Number(r.band_key);
        if (key !== lastKey) {
          starts.push(n);
          lastKey = key;
        }
        bucketOrd[n] = Number(r.ord);
        entryBucket[n] = starts.length - 1;
        n++;
      }
      const last = rows[rows.length - 1] as { band_key: number; ord: number };
      after = [Number(last.band_key), Number(last.ord)];
    }
    if (n !== entries) throw new Error('band index: fewer rows than counted');
    starts.push(n);
    // Each unit's entries (counting sort by ord; entries ascending within a unit).
    const { start: unitStart, items: unitEntry } = groupByKey(bucketOrd.subarray(0, n), units);
    return new BandIndex(maxBucket, bucketWindow, Uint32Array.from(starts), bucketOrd, entryBucket, unitStart, unitEntry, new Uint32Array(units), bytes);
  }

  /** For every representative a in [lo, hi) and every later one b in a bucket with it: `visit(a, b, buckets shared)`. */
  forEachHit(lo: number, hi: number, visit: (a: number, b: number, hits: number) => void): void {
    const { bucketStart, bucketOrd, entryBucket, unitStart, unitEntry, hits } = this;
    const touched: number[] = [];
    const end = Math.min(hi, unitStart.length - 1);
    for (let a = Math.max(0, lo); a < end; a++) {
      touched.length = 0;
      for (let i = unitStart[a] as number; i < (unitStart[a + 1] as number); i++) {
        const e = unitEntry[i] as number;
        const g = entryBucket[e] as number;
        const stop = bucketStart[g + 1] as number;
        // Members after a (ords ascending): all of them, or in a large bucket the next bucketWindow.
        const last = stop - (bucketStart[g] as number) > this.maxBucket ? Math.min(stop, e + 1 + this.bucketWindow) : stop;
        for (let j = e + 1; j < last; j++) {
          const b = bucketOrd[j] as number;
          if (hits[b] === 0) touched.push(b);
          hits[b] = (hits[b] as number) + 1;
        }
      }
      for (const b of touched) {
        visit(a, b, hits[b] as number);
        hits[b] = 0;
      }
    }
  }
}
