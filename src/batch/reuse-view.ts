import { distinguishingTerms, RATIO_BINS, ratioBin, resolveReuseOptions, type DocumentReuse, type FamilyReport, type PassageRow, type ReuseOptions, type ReuseSummary, type ReuseView } from '../reuse/index.js';
import type { SqlConnection } from '../store/connection.js';
import { buildReuseAggregates, countReused } from './reuse-aggregate.js';
import type { Store } from './store.js';

/**
 * The reuse report of a results store, as a view the renderers stream from: recurring passages
 * counted in the store (reuse-aggregate.ts), every long table read through a cursor in report
 * order, only the summary, the reported families and a histogram held. Memory does not grow with
 * the corpus; the figures are those reuseReport gives for the same documents.
 */
export async function storeReuseView(store: Store, partial: Partial<ReuseOptions> = {}): Promise<ReuseView> {
  const o = resolveReuseOptions(partial);
  const sql = store.sql;
  await buildReuseAggregates(store);
  await countReused(sql, o.minDocuments, o.minPassageChars);

  // One pass over the documents: totals, the mean of the ratios, the histogram.
  let documents = 0;
  let chars = 0;
  let reusedChars = 0;
  let ratioSum = 0;
  const ratioBins = new Array<number>(RATIO_BINS).fill(0);
  for await (const d of documentRows(sql)) {
    documents++;
    chars += d.chars;
    reusedChars += d.reusedChars;
    ratioSum += d.boilerplate;
    ratioBins[ratioBin(d.boilerplate)]! += 1;
  }
  const kinds = await sql.all<{ kind: string; n: number }>(
    'SELECT kind, count(*) AS "n" FROM reuse_passages WHERE documents >= ? AND chars >= ? GROUP BY kind',
    [o.minDocuments, o.minPassageChars],
  );
  const fam = await sql.get<{ n: number; largest: number | null; reported: number }>(
    'SELECT count(*) AS "n", max(size) AS "largest", sum(CASE WHEN size >= ? THEN 1 ELSE 0 END) AS "reported" FROM families',
    [o.minFamilySize],
  );
  const families = await familyReports(sql, o);
  const summary: ReuseSummary = {
    documents,
    chars,
    reusedChars,
    boilerplate: ratio(reusedChars, chars),
    meanBoilerplate: documents === 0 ? 0 : round(ratioSum / documents),
    medianBoilerplate: await medianRatio(sql, documents),
    recurringSentences: Number(kinds.find((k) => k.kind === 'sentence')?.n ?? 0),
    recurringParagraphs: Number(kinds.find((k) => k.kind === 'paragraph')?.n ?? 0),
    families: Number(fam?.n ?? 0),
    reportedFamilies: families.length,
    largestFamily: Number(fam?.largest ?? 0),
  };
  const familySizes = (await sql.all<{ size: number; n: number }>('SELECT size, count(*) AS "n" FROM families GROUP BY size ORDER BY size')).map((r) => ({
    size: Number(r.size),
    families: Number(r.n),
  }));

  return {
    summary,
    options: o,
    families,
    familySizes,
    ratioBins,
    passages: (withPaths) => passageRows(sql, o, withPaths),
    passageDocuments: () => passageDocuments(sql, o),
    documents: () => documentRows(sql),
    mostBoilerplate: async (limit) =>
      (
        await sql.all<{ path: string; norm_chars: number; reused_chars: number }>(
          `SELECT f.path, d.norm_chars, d.reused_chars FROM reuse_documents d JOIN files f ON f.id = d.file_id
           ORDER BY CASE WHEN d.norm_chars = 0 THEN 0 ELSE d.reused_chars * 1.0 / d.norm_chars END DESC, f.path${sql.byCodePoint} LIMIT ?`,
          [limit],
        )
      ).map(documentOf),
  };
}

function documentOf(r: { path: string; norm_chars: number; reused_chars: number }): DocumentReuse {
  const c = Number(r.norm_chars);
  const u = Number(r.reused_chars);
  return { path: r.path, chars: c, reusedChars: u, boilerplate: ratio(u, c) };
}

async function* documentRows(sql: SqlConnection): AsyncGenerator<DocumentReuse> {
  for await (const r of sql.iterate<{ path: string; norm_chars: number; reused_chars: number }>(
    'SELECT f.path, d.norm_chars, d.reused_chars FROM reuse_documents d JOIN files f ON f.id = d.file_id ORDER BY d.ord',
  )) {
    yield documentOf(r);
  }
}

/** The median ratio: the middle document (or the mean of the middle two) by ratio. */
async function medianRatio(sql: SqlConnection, n: number): Promise<number> {
  if (n === 0) return 0;
  const at = async (k: number): Promise<number> => {
    const r = await sql.get<{ norm_chars: number; reused_chars: number }>(
      `SELECT norm_chars, reused_chars FROM reuse_documents
       ORDER BY CASE WHEN norm_chars = 0 THEN 0 ELSE reused_chars * 1.0 / norm_chars END LIMIT 1 OFFSET ?`,
      [k],
    );
    return ratio(Number(r?.reused_chars ?? 0), Number(r?.norm_chars ?? 0));
  };
  const mid = n >> 1;
  return round(n % 2 === 1 ? await at(mid) : ((await at(mid - 1)) + (await at(mid))) / 2);
}

interface PassageSqlRow {
  rank: number;
  kind: 'sentence' | 'paragraph';
  key: number;
  documents: number;
  occurrences: number;
  chars: number;
  path: string;
  variant_id: string;
  first_line: number;
  first_start: number;
  first_end: number;
  body_start: number;
  /** The passage, cut out by the store (the variant holds no character outside the BMP); else null. */
  piece: string | null;
  /** The variant's whole text when the store could not cut the passage out; else null. */
  text: string | null;
}

async function* passageRows(sql: SqlConnection, o: ReuseOptions, withPaths: boolean): AsyncGenerator<PassageRow> {
  const paths = withPaths ? passageDocuments(sql, o)[Symbol.asyncIterator]() : null;
  let pending: { kind: string; key: number; path: string } | null = null;
  for await (const r of sql.iterate<PassageSqlRow>(
    // The passage is cut out in the query (reading each first variant's whole text into a string
    // was most of the report's time), when that is exact: the stores count characters, offsets
    // count UTF-16 units, and the two agree when the text has no character outside the BMP
    // (its length in characters equals its stored length in UTF-16 units).
    `SELECT r.rank, r.kind, r.key, r.documents, r.occurrences, r.chars, f.path, v.variant_id, r.first_line, r.first_start, r.first_end, v.body_start,
            CASE WHEN length(v.text) = v.chars THEN substr(v.text, CAST(r.first_start - v.body_start + 1 AS INTEGER), CAST(r.first_end - r.first_start AS INTEGER)) END AS "piece",
            CASE WHEN length(v.text) = v.chars THEN NULL ELSE v.text END AS "text"
     FROM reuse_passages r JOIN reuse_documents d ON d.ord = r.first_ord JOIN files f ON f.id = d.file_id JOIN variants v ON v.id = r.first_variant
     WHERE r.documents >= ? AND r.chars >= ? ORDER BY r.rank`,
    [o.minDocuments, o.minPassageChars],
  )) {
    const bodyStart = Number(r.body_start);
    const row: PassageRow = {
      kind: r.kind,
      key: Number(r.key),
      text: r.piece ?? (r.text ?? '').slice(Number(r.first_start) - bodyStart, Number(r.first_end) - bodyStart),
      chars: Number(r.chars),
      documents: Number(r.documents),
      occurrences: Number(r.occurrences),
      firstSeen: { path: r.path, variant: r.variant_id, line: Number(r.first_line) },
    };
    if (paths !== null) {
      // The (passage, document) stream is in the same order: take this passage's documents.
      const list: string[] = [];
      for (;;) {
        if (pending === null) {
          const next = await paths.next();
          if (next.done === true) break;
          pending = next.value;
        }
        if (pending.kind !== row.kind || pending.key !== row.key) break;
        list.push(pending.path);
        pending = null;
      }
      row.paths = list;
    }
    yield row;
  }
  await paths?.return?.(undefined);
}

async function* passageDocuments(sql: SqlConnection, o: ReuseOptions): AsyncGenerator<{ kind: 'sentence' | 'paragraph'; key: number; path: string }> {
  for await (const r of sql.iterate<{ kind: 'sentence' | 'paragraph'; key: number; path: string }>(
    `SELECT r.kind, r.key, f.path FROM (
       SELECT DISTINCT r.rank, r.kind, r.key, d.ord, d.file_id FROM reuse_passages r
       JOIN passages p ON p.kind = r.kind AND p.key = r.key JOIN reuse_documents d ON d.file_id = p.file_id
       WHERE r.documents >= ? AND r.chars >= ?) AS r
     JOIN files f ON f.id = r.file_id ORDER BY r.rank, r.ord`,
    [o.minDocuments, o.minPassageChars],
  )) {
    yield { kind: r.kind, key: Number(r.key), path: r.path };
  }
}

/**
 * The reported families (at least minFamilySize members, the largest maxFamilies, ties by id) with
 * their members in corpus order, the documents they come from, and the TF-IDF terms that set each
 * apart from the others — the only part of the report held whole (maxFamilies of them).
 */
async function familyReports(sql: SqlConnection, o: ReuseOptions): Promise<FamilyReport[]> {
  const chosen = await sql.all<{ id: number; family: string; canonical: string; size: number }>(
    'SELECT id, family, canonical, size FROM families WHERE size >= ? ORDER BY size DESC, id LIMIT ?',
    [o.minFamilySize, o.maxFamilies],
  );
  const reports: Array<Omit<FamilyReport, 'terms'>> = [];
  const termSets: Array<Record<string, number>> = [];
  for (const f of chosen) {
    const members: string[] = [];
    const paths = new Set<string>();
    const sum: Record<string, number> = {};
    for await (const m of sql.iterate<{ variant_id: string; path: string; terms: string }>(
      `SELECT m.variant_id, f.path, v.terms FROM family_members m JOIN variants v ON v.variant_id = m.variant_id JOIN files f ON f.id = v.file_id
       WHERE m.family_id = ? ORDER BY f.path${sql.byCodePoint}, v.idx`,
      [f.id],
    )) {
      members.push(m.variant_id);
      paths.add(m.path);
      for (const [t, n] of Object.entries(JSON.parse(m.terms) as Record<string, number>)) if (t.length >= o.minTermChars) sum[t] = (sum[t] ?? 0) + n;
    }
    reports.push({ id: f.family, size: Number(f.size), documents: paths.size, canonical: f.canonical, members });
    termSets.push(sum);
  }
  const terms = distinguishingTerms(termSets, o.topTerms);
  return reports.map((r, i) => ({ ...r, terms: terms[i] ?? [] }));
}

function ratio(part: number, whole: number): number {
  return whole === 0 ? 0 : round(part / whole);
}

function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
