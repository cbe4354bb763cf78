import type { ReuseView } from '../view.js';

/** The tables a reuse report is written as (one CSV file each), in a tidy long format for R and pandas. */
export const CSV_TABLES = ['passages', 'passage_documents', 'documents', 'families', 'family_members', 'family_terms'] as const;
export type CsvTable = (typeof CSV_TABLES)[number];

type Cell = string | number | null;

export interface CsvOptions {
  /**
   * For Excel: prepend a UTF-8 BOM (so Excel does not read the file as the local code page) and put
   * ' before a text field starting with = + - @ (so Excel does not run it as a formula). Off by
   * default: R and pandas read plain UTF-8 and should get the text unchanged.
   */
  excel?: boolean;
}

/** RFC 4180: fields with a comma, quote, CR or LF are quoted, quotes doubled; records end in CRLF. */
export function csvField(v: Cell, excel = false): string {
  if (v === null) return '';
  let s = typeof v === 'number' ? String(v) : v;
  if (excel && typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

async function* rowsOf(view: ReuseView, table: CsvTable): AsyncGenerator<Cell[]> {
  switch (table) {
    case 'passages':
      for await (const p of view.passages(false)) yield [p.kind, p.key, p.documents, p.occurrences, p.chars, p.firstSeen.path, p.firstSeen.variant, p.firstSeen.line, p.text];
      return;
    case 'passage_documents':
      for await (const p of view.passageDocuments()) yield [p.kind, p.key, p.path];
      return;
    case 'documents':
      for await (const d of view.documents()) yield [d.path, d.chars, d.reusedChars, d.boilerplate];
      return;
    case 'families':
      for (const f of view.families) yield [f.id, f.size, f.documents, f.canonical];
      return;
    case 'family_members':
      for (const f of view.families) for (const m of f.members) yield [f.id, m];
      return;
    case 'family_terms':
      for (const f of view.families) {
        let rank = 0;
        for (const t of f.terms) yield [f.id, ++rank, t.term, t.tf, t.tfidf];
      }
      return;
  }
}

const HEADERS: Record<CsvTable, string[]> = {
  passages: ['kind', 'key', 'documents', 'occurrences', 'chars', 'first_path', 'first_variant', 'first_line', 'text'],
  passage_documents: ['kind', 'key', 'path'],
  documents: ['path', 'chars', 'reused_chars', 'boilerplate'],
  families: ['family', 'size', 'documents', 'canonical'],
  family_members: ['family', 'member'],
  family_terms: ['family', 'rank', 'term', 'tf', 'tfidf'],
};

/** Records per chunk of streamed CSV: big enough to amortise, small enough to stay small. */
const ROWS_PER_CHUNK = 2000;

/**
 * One table of the report as CSV (UTF-8), in chunks as its rows stream in: the passage_documents
 * table of a 100k-page corpus runs to hundreds of megabytes, too much for one string.
 */
export async function* csvChunks(view: ReuseView, table: CsvTable, options: CsvOptions = {}): AsyncGenerator<string> {
  const excel = options.excel === true;
  const line = (cells: Cell[]): string => cells.map((c) => csvField(c, excel)).join(',');
  let chunk = (excel ? '\uFEFF' : '') + line(HEADERS[table]) + '\r\n';
  let rows = 0;
  for await (const r of rowsOf(view, table)) {
    chunk += line(r) + '\r\n';
    if (++rows % ROWS_PER_CHUNK === 0) {
      yield chunk;
      chunk = '';
    }
  }
  yield chunk;
}
