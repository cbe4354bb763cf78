import { resolveReuseOptions } from '../reuse/options.js';
import type { SqlConnection } from '../store/connection.js';
import type { Store } from './store.js';

/** meta keys: what the aggregates were built from, and the options their reused characters follow. */
const BUILT_FROM = 'reuse_built_from';
const COUNTED_WITH = 'reuse_counted_with';

/** 2^32: a document's corpus position and an offset in it packed in one integer (both stores' 64 bits). */
const POSITION = 4294967296;

/**
 * The reuse report's aggregates, counted in the store by SQL (the report is then read from them with
 * cursors, whatever the corpus size): reuse_documents numbers the analysed files in corpus order
 * with their normalised size; reuse_passages holds every passage key found in two or more files —
 * in how many, how often, its first occurrence (in corpus order) and its rank in the report.
 * Rebuilt only when the files changed since.
 */
export async function buildReuseAggregates(store: Store): Promise<void> {
  const sql = store.sql;
  // Before the freshness check: the report reads passages by key too, and a migrated store may
  // have lost the index (schema 5) with its aggregates still fresh.
  await store.ensureIndexes();
  const from = await fingerprint(sql);
  if ((await metaValue(sql, BUILT_FROM)) === from) return;
  await sql.transaction(async (tx) => {
    await tx.run('DELETE FROM reuse_documents');
    await tx.run(
      `INSERT INTO reuse_documents (file_id, ord, norm_chars, reused_chars)
       SELECT f.id, row_number() OVER (ORDER BY f.path${tx.byCodePoint}) - 1, coalesce(s.n, 0), 0
       FROM files f LEFT JOIN (SELECT file_id, sum(norm_chars) AS n FROM variants GROUP BY file_id) s ON s.file_id = f.id
       WHERE f.status = 'ok'`,
    );
    await tx.run('DELETE FROM reuse_passages');
    // Recurring keys, from the (kind, key, file) index alone.
    await tx.run(
      `INSERT INTO reuse_passages (kind, key, documents, occurrences)
       SELECT kind, key, count(DISTINCT file_id), count(*) FROM passages GROUP BY kind, key HAVING count(DISTINCT file_id) >= 2`,
    );
    // First occurrence: the least (document position, offset).
    await tx.run(
      `UPDATE reuse_passages SET chars = g.chars, first_ord = g.first / ${POSITION}, first_start = g.first % ${POSITION}
       FROM (SELECT p.kind, p.key, min(p.norm_chars) AS chars, min(d.ord * ${POSITION} + p.start) AS first
             FROM reuse_passages r JOIN passages p ON p.kind = r.kind AND p.key = r.key JOIN reuse_documents d ON d.file_id = p.file_id
             GROUP BY p.kind, p.key) AS g
       WHERE reuse_passages.kind = g.kind AND reuse_passages.key = g.key`,
    );
    // Its line, variant and end: one index look-up per recurring key (kind, key, file), where a
    // join from the passages side made SQLite scan every passage of the corpus. Variants do not
    // overlap, so one row matches (LIMIT 1 only keeps PostgreSQL from refusing should two ever do).
    await tx.run(
      `UPDATE reuse_passages SET (first_line, first_variant, first_end) =
         (SELECT p.line, p.variant, p."end" FROM reuse_documents d JOIN passages p ON p.file_id = d.file_id
          WHERE d.ord = reuse_passages.first_ord AND p.kind = reuse_passages.kind AND p.key = reuse_passages.key
            AND p.start = reuse_passages.first_start ORDER BY p.variant LIMIT 1)`,
    );
    // The report's order: most documents, longest, first seen earliest; a paragraph before a sentence.
    await tx.run(
      `UPDATE reuse_passages SET rank = g.rn
       FROM (SELECT kind, key, row_number() OVER (ORDER BY documents DESC, chars DESC, first_ord, first_line,
                    CASE WHEN kind = 'paragraph' THEN 0 ELSE 1 END, key) AS rn FROM reuse_passages) AS g
       WHERE reuse_passages.kind = g.kind AND reuse_passages.key = g.key`,
    );
    await setMeta(tx, BUILT_FROM, from);
    await tx.run('DELETE FROM meta WHERE key = ?', [COUNTED_WITH]);
  });
  if (sql.dialect === 'postgresql') await sql.exec('ANALYZE reuse_passages; ANALYZE reuse_documents');
  // The default report's reused characters, so `plankit reuse` with the defaults only reads.
  const o = resolveReuseOptions();
  await countReused(sql, o.minDocuments, o.minPassageChars);
}

/**
 * Each document's reused characters (its sentences found in at least `minDocuments` documents and
 * `minChars` long), for these options; recounted only when they change.
 */
export async function countReused(sql: SqlConnection, minDocuments: number, minChars: number): Promise<void> {
  const wanted = JSON.stringify({ minDocuments, minChars });
  if ((await metaValue(sql, COUNTED_WITH)) === wanted) return;
  await sql.transaction(async (tx) => {
    await tx.run('UPDATE reuse_documents SET reused_chars = 0');
    await tx.run(
      `UPDATE reuse_documents SET reused_chars = g.n
       FROM (SELECT p.file_id, sum(p.norm_chars) AS n FROM passages p JOIN reuse_passages r ON r.kind = p.kind AND r.key = p.key
             WHERE p.kind = 'sentence' AND r.documents >= ? AND r.chars >= ? GROUP BY p.file_id) AS g
       WHERE reuse_documents.file_id = g.file_id`,
      [minDocuments, minChars],
    );
    await setMeta(tx, COUNTED_WITH, wanted);
  });
}

/** What the aggregates depend on: the stored files (a re-stored file gets a new id). */
async function fingerprint(sql: SqlConnection): Promise<string> {
  const r = await sql.get<{ n: number; top: number | null }>('SELECT count(*) AS "n", max(id) AS "top" FROM files');
  return `${Number(r?.n ?? 0)}:${r?.top ?? 0}`;
}

export async function metaValue(sql: SqlConnection, key: string): Promise<string | undefined> {
  return (await sql.get<{ value: string }>('SELECT value FROM meta WHERE key = ?', [key]))?.value;
}

export async function setMeta(sql: SqlConnection, key: string, value: string): Promise<void> {
  await sql.run('DELETE FROM meta WHERE key = ?', [key]);
  await sql.run('INSERT INTO meta (key, value) VALUES (?, ?)', [key, value]);
}
