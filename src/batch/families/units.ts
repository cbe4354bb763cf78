import type { SqlConnection } from '../../store/connection.js';
import { storedBandKey, unitFeatures, type FeatureOptions } from '../unit-features.js';

/** Variants per transaction when features are computed here (stores written before they existed). */
const BACKFILL_CHUNK = 50;

/** The meta row recording the settings the stored features were computed with. */
const FEATURES_META = 'unit_features';

/**
 * Makes sure every variant has its dedup features under the settings `o`: batch workers write them
 * with each variant; a store written by an older plankit, or with other settings, gets them here
 * (once, from the stored folded texts).
 */
export async function ensureFeatures(sql: SqlConnection, o: FeatureOptions): Promise<number> {
  const wanted = JSON.stringify({ shingleSize: o.shingleSize, permutations: o.permutations, bandRows: o.bandRows, seed: o.seed });
  const stored = await sql.get<{ value: string }>('SELECT value FROM meta WHERE key = ?', [FEATURES_META]);
  if (stored !== undefined && stored.value !== wanted) {
    await sql.transaction(async (tx) => {
      await tx.run('DELETE FROM unit_bands');
      await tx.run('DELETE FROM units');
    });
  }
  let computed = 0;
  for (;;) {
    const rows = await sql.all<{ id: number; folded: string }>(
      `SELECT v.id, v.folded FROM variants v WHERE NOT EXISTS (SELECT 1 FROM units u WHERE u.variant = v.id) ORDER BY v.id LIMIT ?`,
      [BACKFILL_CHUNK],
    );
    if (rows.length === 0) break;
    const units: Array<[number, number, number, number]> = [];
    const bands: Array<[number, number]> = [];
    for (const r of rows) {
      const f = unitFeatures(r.folded, o);
      const id = Number(r.id);
      units.push([id, f.key, f.normChars, f.shingles]);
      f.bands.forEach((key, b) => bands.push([id, storedBandKey(b, key)]));
    }
    await sql.transaction(async (tx) => {
      await tx.insert('units', ['variant', 'norm_key', 'norm_chars', 'shingles'], units);
      await tx.insert('unit_bands', ['variant', 'band_key'], bands);
    });
    computed += rows.length;
  }
  await sql.transaction(async (tx) => {
    await tx.run('DELETE FROM meta WHERE key = ?', [FEATURES_META]);
    await tx.run('INSERT INTO meta (key, value) VALUES (?, ?)', [FEATURES_META, wanted]);
  });
  return computed;
}

/**
 * fam_units: every variant once, numbered in corpus order (path, then position in the page) — the
 * order family ids and members follow — with its representative: the first unit whose normalised
 * text is the same (copies are compared once, through it), or −1 for a unit with nothing to compare.
 */
export async function buildUnitTable(tx: SqlConnection): Promise<{ units: number; distinct: number }> {
  await tx.run('DELETE FROM fam_units');
  await tx.run(
    `INSERT INTO fam_units (ord, variant, file_id, norm_key, norm_chars, rep, shingles, chars)
     SELECT row_number() OVER (ORDER BY f.path${tx.byCodePoint}, v.idx) - 1, v.id, v.file_id, u.norm_key, u.norm_chars, -1, u.shingles, v.chars
     FROM variants v JOIN files f ON f.id = v.file_id JOIN units u ON u.variant = v.id`,
  );
  await tx.run(
    `UPDATE fam_units SET rep = g.rep
     FROM (SELECT norm_key, norm_chars, min(ord) AS rep FROM fam_units WHERE shingles > 0 GROUP BY norm_key, norm_chars) AS g
     WHERE fam_units.shingles > 0 AND fam_units.norm_key = g.norm_key AND fam_units.norm_chars = g.norm_chars`,
  );
  const r = await tx.get<{ units: number; distinct: number }>(`SELECT count(*) AS "units", sum(CASE WHEN rep = ord THEN 1 ELSE 0 END) AS "distinct" FROM fam_units`);
  return { units: Number(r?.units ?? 0), distinct: Number(r?.distinct ?? 0) };
}

/**
 * Candidate-index tables over the representatives: fam_buckets holds, for every LSH bucket (band
 * key) shared by more than `maxBucket` of them, each member's position in ord order — such a bucket
 * pairs a unit only with its `bucketWindow` neighbours (as in-memory dedup does); fam_sentences
 * holds the sentences shared by two or more of them with how many (their document frequency).
 */
export async function buildCandidateTables(tx: SqlConnection, maxBucket: number, maxPosting: number): Promise<void> {
  await tx.run('DELETE FROM fam_buckets');
  await tx.run(
    `INSERT INTO fam_buckets (band_key, pos, ord)
     SELECT b.band_key, row_number() OVER (PARTITION BY b.band_key ORDER BY u.ord), u.ord
     FROM unit_bands b JOIN fam_units u ON u.variant = b.variant AND u.rep = u.ord
     WHERE b.band_key IN (
       SELECT b2.band_key FROM unit_bands b2 JOIN fam_units u2 ON u2.variant = b2.variant AND u2.rep = u2.ord
       GROUP BY b2.band_key HAVING count(*) > ?)`,
    [maxBucket],
  );
  await tx.run('DELETE FROM fam_sentences');
  await tx.run(
    `INSERT INTO fam_sentences (key, df)
     SELECT p.key, count(DISTINCT p.variant) FROM passages p JOIN fam_units u ON u.variant = p.variant AND u.rep = u.ord
     WHERE p.kind = 'sentence' GROUP BY p.key HAVING count(DISTINCT p.variant) > 1`,
  );
  // Each representative's informative sentences: its own, or shared by at most maxPosting units.
  await tx.run(
    `UPDATE fam_units SET sentences = g.n
     FROM (SELECT p.variant, count(DISTINCT p.key) AS n FROM passages p LEFT JOIN fam_sentences s ON s.key = p.key
           WHERE p.kind = 'sentence' AND (s.df IS NULL OR s.df <= ?) GROUP BY p.variant) AS g
     WHERE fam_units.variant = g.variant AND fam_units.rep = fam_units.ord`,
    [maxPosting],
  );
  await analyze(tx);
}

/**
 * Fresh statistics for the query planner (sampled, whatever the table size): without them both
 * databases planned the per-batch candidate joins over freshly written tables as scans of a whole
 * table (SQLite scanned every sentence of the corpus per batch — quadratic), with them as index
 * look-ups from the batch's units.
 */
export async function analyze(sql: SqlConnection): Promise<void> {
  if (sql.dialect === 'postgresql') await sql.exec('ANALYZE fam_units; ANALYZE fam_buckets; ANALYZE fam_sentences; ANALYZE unit_bands; ANALYZE passages; ANALYZE variants; ANALYZE files');
  else await sql.exec('ANALYZE');
}
