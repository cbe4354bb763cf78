import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Word and pattern lists live in `data/` as tab-separated files, one entry per line, so they can be
 * read, reviewed and extended without touching code. Every file:
 * - may have comment lines starting with `#` and blank lines;
 * - has a header line naming its columns (the first line that is not a comment);
 * - has a `source` column (where the entry was seen) and a `note` column; both are data for people,
 *   and `source` must not be empty.
 * The path is resolved from this module, so it works from `src/` (tests, tsx) and from `dist/`
 * (the built package ships `data/` beside `dist/`).
 */
export interface DataFile {
  /** Path relative to the repository root, e.g. `data/chrome/patterns.tsv`. */
  path: string;
  columns: string[];
  rows: Array<{ line: number; cells: Record<string, string> }>;
}

const ROOT = new URL('../../', import.meta.url);

export function dataFilePath(path: string): string {
  return fileURLToPath(new URL(path, ROOT));
}

/** Parses a data file's text; throws with the file and line when a row does not fit the header. */
export function parseDataFile(path: string, text: string): DataFile {
  const lines = text.split(/\r?\n/);
  let columns: string[] | null = null;
  const rows: DataFile['rows'] = [];
  lines.forEach((raw, i) => {
    if (raw.trim() === '' || raw.startsWith('#')) return;
    const cells = raw.split('\t');
    if (columns === null) {
      columns = cells.map((c) => c.trim());
      for (const required of ['source', 'note']) {
        if (!columns.includes(required)) throw new Error(`${path}:${i + 1}: the header has no "${required}" column`);
      }
      return;
    }
    if (cells.length !== columns.length) throw new Error(`${path}:${i + 1}: ${cells.length} columns, the header has ${columns.length}`);
    const record: Record<string, string> = {};
    columns.forEach((c, k) => (record[c] = cells[k] as string));
    rows.push({ line: i + 1, cells: record });
  });
  if (columns === null) throw new Error(`${path}: no header line`);
  return { path, columns, rows };
}

const cache = new Map<string, DataFile>();

/** Reads (once per process) and parses a data file. */
export function loadDataFile(path: string): DataFile {
  let f = cache.get(path);
  if (f === undefined) {
    f = parseDataFile(path, readFileSync(dataFilePath(path), 'utf8'));
    cache.set(path, f);
  }
  return f;
}
