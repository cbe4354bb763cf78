import type { SqlConnection } from '../../store/connection.js';
import { unitFeatures, variantUnitText, type FeatureOptions } from '../unit-features.js';

/** Variants per transaction when features are computed here (stores written before they existed). */
const BACKFILL_CHUNK = 50;

/** The meta row recording the settings the stored features were computed with. */
const FEATURES_META = 'unit_features';

/**
 * Makes sure every variant has its dedup features under the settings `o`: batch workers write them
 * with each variant; a store written with other settings (another shingle size, seed, or title
 * rule) gets them here (once, from the stored texts).
 */
export async function ensureFeatures(sql: SqlConnection, o: FeatureOptions): Promise<number> {
  const wanted = JSON.stringify({ shingleSize: o.shingleSize, seed: o.seed, skipTitle: o.skipTitle === true });
  const stored = await sql.get<{ value: string }>('SELECT value FROM meta WHERE key = ?', [FEATURES_META]);
  if (stored !== undefined && stored.value !== wanted) {
    await sql.transaction(async (tx) => {
      await tx.run('DELETE FROM unit_sentences');
      await tx.run('DELETE FROM units');
    });
  }
  let computed = 0;
  for (;;) {
    const rows = await sql.all<{ id: number; folded: string; title_folded: string | null }>(
      `SELECT v.id, v.folded, v.title_folded FROM variants v WHERE NOT EXISTS (SELECT 1 FROM units u WHERE u.variant = v.id) ORDER BY v.id LIMIT ?`,
      [BACKFILL_CHUNK],
    );
    if (rows.length === 0) break;
    const units: Array<[number, number, number, number, number]> = [];
    const sentences: Array<[number, number]> = [];
    for (const r of rows) {
      const f = unitFeatures(variantUnitText({ folded: r.folded, titleFolded: r.title_folded }, o.skipTitle), o);
      const id = Number(r.id);
      units.push([id, f.key, f.normChars, f.shingles, f.chars]);
      for (const key of f.sentences) sentences.push([id, key]);
    }
    await sql.transaction(async (tx) => {
      await tx.insert('units', ['variant', 'norm_key', 'norm_chars', 'shingles', 'chars'], units);
      await tx.insert('unit_sentences', ['variant', 'sentence_key'], sentences);
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
     SELECT row_number() OVER (ORDER BY f.path${tx.byCodePoint}, v.idx) - 1, v.id, v.file_id, u.norm_key, u.norm_chars, -1, u.shingles, u.chars
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
 * fam_sentences: every sentence held by two or more distinct texts (representatives), with how many
 * — the document frequencies findDuplicates counts (each distinct text once), here a `GROUP BY`.
 */
export async function buildSentenceTable(tx: SqlConnection): Promise<void> {
  await tx.run('DELETE FROM fam_sentences');
  await tx.run(
    `INSERT INTO fam_sentences (key, df)
     SELECT s.sentence_key, count(*) FROM unit_sentences s JOIN fam_units u ON u.variant = s.variant AND u.rep = u.ord
     GROUP BY s.sentence_key HAVING count(*) > 1`,
  );
  if (tx.dialect === 'postgresql') await tx.exec('ANALYZE fam_units; ANALYZE fam_sentences; ANALYZE unit_sentences');
}

/**
 * Candidate-index tables over the representatives: fam_buckets holds, for every LSH bucket (band
 * key, fam_bands) shared by more than `maxBucket` of them, each member's position in ord order —
 * such a bucket pairs a unit only with its `bucketWindow` next members (as in-memory dedup does);
 * and each representative gets its count of informative sentences (its own, or shared by at most
 * `maxPosting` texts) for the shared-sentence estimate.
 */
export async function buildCandidateTables(tx: SqlConnection, maxBucket: number, maxPosting: number): Promise<void> {
  await tx.run('DELETE FROM fam_buckets');
  await tx.run(
    `INSERT INTO fam_buckets (band_key, pos, ord)
     SELECT b.band_key, row_number() OVER (PARTITION BY b.band_key ORDER BY b.ord), b.ord
     FROM fam_bands b
     WHERE b.band_key IN (SELECT b2.band_key FROM fam_bands b2 GROUP BY b2.band_key HAVING count(*) > ?)`,
    [maxBucket],
  );
  await tx.run(
    `UPDATE fam_units SET sentences = g.n
     FROM (SELECT s.variant, count(*) AS n FROM unit_sentences s LEFT JOIN fam_sentences f ON f.key = s.sentence_key
           WHERE f.df IS NULL OR f.df <= ? GROUP BY s.variant) AS g
     WHERE fam_units.variant = g.variant AND fam_units.rep = fam_units.ord`,
    [maxPosting],
  );
  await analyzeFamilyTables(tx);
}

/**
 * Fresh statistics for the family phase's own tables and the sentence table its queries join —
 * the rest of the store was analysed before the phase (analyze); analysing it again cost more
 * than the family tables themselves.
 */
export async function analyzeFamilyTables(sql: SqlConnection): Promise<void> {
  await sql.exec(['fam_units', 'fam_buckets', 'fam_sentences', 'fam_bands', 'fam_mass', 'unit_sentences'].map((t) => `ANALYZE ${t}`).join('; '));
}

/**
 * Fresh statistics for the query planner (sampled, whatever the table size): without them both
 * databases planned the per-batch candidate joins over freshly written tables as scans of a whole
 * table (SQLite scanned every sentence of the corpus per batch — quadratic), with them as index
 * look-ups from the batch's units.
 */
export async function analyze(sql: SqlConnection): Promise<void> {
  if (sql.dialect === 'postgresql') await sql.exec('ANALYZE fam_units; ANALYZE fam_buckets; ANALYZE fam_sentences; ANALYZE fam_bands; ANALYZE fam_mass; ANALYZE unit_sentences; ANALYZE variants; ANALYZE files');
  else await sql.exec('ANALYZE');
}
