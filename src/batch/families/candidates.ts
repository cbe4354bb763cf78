import type { DedupOptions } from '../../dedup/options.js';
import type { SqlConnection } from '../../store/connection.js';
import type { BandIndex } from './band-index.js';
import { sharedEstimate, type SentencePostings } from './postings.js';

/** The candidate indexes held in memory (each null when it did not fit its budget: the store answers). */
export interface CandidateIndexes {
  bands: BandIndex | null;
  sentences: SentencePostings | null;
}

const NO_INDEXES: CandidateIndexes = { bands: null, sentences: null };

/** A candidate pair of representatives a < b (ords), with the best estimate of how related they are. */
export interface Candidate {
  a: number;
  b: number;
  estimate: number;
}

/**
 * The candidates of the representatives with ords in [lo, hi), each paired only with later ones —
 * the way in-memory dedup streams its units — read from the store:
 *
 * - LSH: representatives whose weighted-MinHash band keys agree (`GROUP BY` pair over fam_bands); a bucket
 *   of more than `maxBucket` pairs a unit only with its `bucketWindow` next members (fam_buckets).
 *   Estimate: bands met / bands.
 * - Shared sentences: representatives holding the same sentence (unit_sentences), counting only sentences held by
 *   at most `maxPosting` of them (commoner ones are boilerplate: document-frequency down-weighting
 *   of candidates). Estimate: shared / the smaller one's informative sentences — it finds truncated
 *   copies, whose resemblance is low, as the in-memory containment sketch does.
 *
 * Per unit the `maxCandidates` best are kept (best estimate first, then lower ord), in ord order.
 * With `indexes` held in memory, buckets and shared sentences are counted there, not by the store:
 * the same pairs and counts.
 */
export async function candidatesOf(sql: SqlConnection, lo: number, hi: number, o: DedupOptions, indexes: CandidateIndexes = NO_INDEXES): Promise<Map<number, Candidate[]>> {
  const bands = Math.floor(o.permutations / o.bandRows);
  const best = new Map<number, Map<number, number>>();
  const offer = (a: number, b: number, estimate: number): void => {
    let m = best.get(a);
    if (m === undefined) best.set(a, (m = new Map<number, number>()));
    const e = m.get(b);
    if (e === undefined || estimate > e) m.set(b, estimate);
  };

  // LSH: representatives sharing band keys.
  if (indexes.bands !== null) indexes.bands.forEachHit(lo, hi, (a, b, hits) => offer(a, b, hits / bands));
  else await bucketHitsInStore(sql, lo, hi, o, (a, b, hits) => offer(a, b, hits / bands));

  // Shared sentences (df between 2 and maxPosting).
  const sharing = (a: number, b: number, estimate: number): void => offer(a, b, Math.min(1, estimate));
  if (indexes.sentences !== null) indexes.sentences.forEachSharing(lo, hi, o.sketchCandidate, sharing);
  else await sharedSentencesInStore(sql, lo, hi, o, sharing);

  const out = new Map<number, Candidate[]>();
  for (const a of [...best.keys()].sort((x, y) => x - y)) {
    const m = best.get(a) as Map<number, number>;
    let partners = [...m.entries()];
    if (partners.length > o.maxCandidates) {
      partners.sort((p, q) => q[1] - p[1] || p[0] - q[0]);
      partners = partners.slice(0, o.maxCandidates);
    }
    partners.sort((p, q) => p[0] - q[0]);
    out.set(
      a,
      partners.map(([b, estimate]) => ({ a, b, estimate })),
    );
  }
  return out;
}

/**
 * The pairs of representatives sharing sentences, counted by the store. The batch's own sentences
 * come through the file index (`kind || ''` keeps a planner without statistics from scanning every
 * sentence by kind). The estimate's threshold is applied in the query (HAVING, the same double
 * division as sharedEstimate): on a news corpus over 99.9% of the pairs sharing a sentence fall
 * short, and reading them one row at a time cost four times the query itself.
 */
async function sharedSentencesInStore(
  sql: SqlConnection,
  lo: number,
  hi: number,
  o: DedupOptions,
  visit: (a: number, b: number, estimate: number) => void,
): Promise<void> {
  const pg = sql.dialect === 'postgresql';
  const estimate = pg
    ? 'count(*)::float8 / greatest(1, least(min(x.sentences), min(y.sentences)))'
    : 'count(*) * 1.0 / max(1, min(min(x.sentences), min(y.sentences)))';
  for await (const r of sql.iterate<{ a: number; b: number; shared: number; na: number; nb: number }>(
    `SELECT x.ord AS "a", y.ord AS "b", count(*) AS "shared", min(x.sentences) AS "na", min(y.sentences) AS "nb"
     FROM fam_units x
     JOIN unit_sentences sx ON sx.variant = x.variant
     JOIN fam_sentences s ON s.key = sx.sentence_key AND s.df <= ?
     JOIN unit_sentences sy ON sy.sentence_key = sx.sentence_key AND sy.variant <> sx.variant
     JOIN fam_units y ON y.variant = sy.variant
     WHERE x.ord >= ? AND x.ord < ? AND x.rep = x.ord AND y.rep = y.ord AND y.ord > x.ord
     GROUP BY x.ord, y.ord
     HAVING ${estimate} >= ?`,
    [o.maxPosting, lo, hi, o.sketchCandidate],
  )) {
    const estimate = sharedEstimate(Number(r.shared), Number(r.na), Number(r.nb));
    if (estimate >= o.sketchCandidate) visit(Number(r.a), Number(r.b), estimate);
  }
}

/**
 * The pairs of representatives sharing band keys, with how many, counted by the store: buckets of
 * at most maxBucket representatives in full, larger ones (fam_buckets) a window at a time.
 */
async function bucketHitsInStore(sql: SqlConnection, lo: number, hi: number, o: DedupOptions, visit: (a: number, b: number, hits: number) => void): Promise<void> {
  const lshHits = new Map<number, Map<number, number>>();
  const addHits = (a: number, b: number, n: number): void => {
    let m = lshHits.get(a);
    if (m === undefined) lshHits.set(a, (m = new Map<number, number>()));
    m.set(b, (m.get(b) ?? 0) + n);
  };
  for await (const r of sql.iterate<{ a: number; b: number; hits: number }>(
    `SELECT x.ord AS "a", y.ord AS "b", count(*) AS "hits"
     FROM fam_bands x JOIN fam_bands y ON y.band_key = x.band_key AND y.ord > x.ord
     WHERE x.ord >= ? AND x.ord < ?
       AND NOT EXISTS (SELECT 1 FROM fam_buckets k WHERE k.band_key = x.band_key)
     GROUP BY x.ord, y.ord`,
    [lo, hi],
  )) {
    addHits(Number(r.a), Number(r.b), Number(r.hits));
  }
  for await (const r of sql.iterate<{ a: number; b: number; hits: number }>(
    `SELECT x.ord AS "a", y.ord AS "b", count(*) AS "hits"
     FROM fam_buckets x JOIN fam_buckets y ON y.band_key = x.band_key AND y.pos > x.pos AND y.pos <= x.pos + ?
     WHERE x.ord >= ? AND x.ord < ?
     GROUP BY x.ord, y.ord`,
    [o.bucketWindow, lo, hi],
  )) {
    addHits(Number(r.a), Number(r.b), Number(r.hits));
  }
  for (const [a, m] of lshHits) for (const [b, hits] of m) visit(a, b, hits);
}
