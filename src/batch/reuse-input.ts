import type { PassageOccurrence, ReuseDocument, ReuseFamily, ReuseInput } from '../reuse/index.js';
import type { PassageRow } from './rows.js';
import type { Store } from './store.js';

export interface ReuseLoadOptions {
  /** Only passages in at least this many documents are loaded (the report's minDocuments). */
  minDocuments: number;
  /** Member terms are loaded only for families at least this large (the report's minFamilySize). */
  minFamilySize: number;
}

/**
 * The reuse report's input from a results database, pre-filtered in SQL so that memory follows the
 * amount of reuse, not the size of the corpus: only passages found in ≥ minDocuments documents, the
 * text only of each one's first occurrence, and term counts only for families that will be reported.
 * Documents are the files analysed successfully, in path order (the corpus order of a batch).
 */
export function loadReuseInput(store: Store, options: ReuseLoadOptions): ReuseInput {
  store.ensureIndexes(); // a run killed in its per-file phase leaves them out
  const db = store.db;
  const docRows = db
    .prepare(
      `SELECT f.id, f.path, coalesce(sum(v.norm_chars), 0) AS norm_chars
       FROM files f LEFT JOIN variants v ON v.file_id = f.id
       WHERE f.status = 'ok' GROUP BY f.id ORDER BY f.path`,
    )
    .all() as Array<{ id: number; path: string; norm_chars: number }>;
  const documents: ReuseDocument[] = [];
  const byFile = new Map<number, ReuseDocument>();
  for (const r of docRows) {
    const d: ReuseDocument = { path: r.path, normChars: r.norm_chars, passages: [] };
    documents.push(d);
    byFile.set(r.id, d);
  }

  // Passages in enough documents, in corpus order: the first row of a key is its first occurrence.
  const passageRows = db
    .prepare(
      `WITH shared AS (
         SELECT kind, key FROM passages GROUP BY kind, key HAVING count(DISTINCT file_id) >= ?
       )
       SELECT p.file_id, p.variant, p.kind, p.key, p.start, p.end, p.line, p.norm_chars, v.variant_id, v.body_start
       FROM passages p JOIN shared s ON s.kind = p.kind AND s.key = p.key
       JOIN variants v ON v.id = p.variant JOIN files f ON f.id = p.file_id
       ORDER BY f.path, p.start, p.kind DESC`,
    )
    .iterate(options.minDocuments) as IterableIterator<PassageJoinRow>;
  const textOf = db.prepare('SELECT text FROM variants WHERE id = ?');
  const seen = { sentence: new Set<number>(), paragraph: new Set<number>() };
  // One string per variant id and per kind, shared by all their occurrences: SQLite hands out a
  // fresh string per row, and millions of copies were most of the memory on a 100k-page corpus.
  const variantIds = new Map<number, string>();
  for (const r of passageRows) {
    const doc = byFile.get(r.file_id);
    if (doc === undefined) continue;
    let variant = variantIds.get(r.variant);
    if (variant === undefined) {
      variant = r.variant_id;
      variantIds.set(r.variant, variant);
    }
    const kind = r.kind === 'sentence' ? 'sentence' : 'paragraph';
    const occurrence: PassageOccurrence = { kind, key: r.key, normChars: r.norm_chars, variant, line: r.line };
    if (!seen[kind].has(r.key)) {
      seen[kind].add(r.key);
      const { text } = textOf.get(r.variant) as { text: string };
      occurrence.text = text.slice(r.start - r.body_start, r.end - r.body_start);
    }
    doc.passages.push(occurrence);
  }

  const families: ReuseFamily[] = [];
  const familyRows = db.prepare('SELECT id, family, canonical, size FROM families ORDER BY id').all() as Array<{ id: number; family: string; canonical: string; size: number }>;
  const membersOf = db.prepare(
    `SELECT m.variant_id, f.path, v.terms FROM family_members m
     JOIN variants v ON v.variant_id = m.variant_id JOIN files f ON f.id = v.file_id
     WHERE m.family_id = ? ORDER BY f.path, v.idx`,
  );
  for (const f of familyRows) {
    if (f.size < options.minFamilySize) {
      // Below the reported size only its size counts (family size distribution): no members loaded.
      families.push({ id: f.family, canonical: f.canonical, size: f.size, members: [] });
      continue;
    }
    const members = (membersOf.all(f.id) as Array<{ variant_id: string; path: string; terms: string }>).map((m) => ({
      id: m.variant_id,
      path: m.path,
      terms: JSON.parse(m.terms) as Record<string, number>,
    }));
    families.push({ id: f.family, canonical: f.canonical, size: f.size, members });
  }
  return { documents, families };
}

/** A passage row joined with its variant's id and body start (to cut the text of first occurrences). */
type PassageJoinRow = PassageRow & { file_id: number; variant: number; variant_id: string; body_start: number };
