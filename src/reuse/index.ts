/**
 * reuse/ — passage-level reuse across a corpus.
 *
 * Entry: reuseReport(input, options?) → ReuseReport: recurring sentences and paragraphs (how many
 * documents, which, first seen), each document's boilerplate ratio, family sizes and the TF-IDF
 * terms that set each family apart.
 *
 * Two helpers go with it because the work is split where the data is: reuseFeatures() is the
 * per-document half (run inside batch workers, next to the text), and renderReuse() formats a report
 * as CSV, JSON or a self-contained HTML page (the library returns strings; the CLI writes them).
 */
import type { Lang } from '../messages/index.js';
import { csvChunks, type CsvOptions, type CsvTable } from './render/csv.js';
import { renderHtml } from './render/html.js';
import { jsonChunks } from './render/json.js';
import type { ReuseReport } from './types.js';

export { reuseReport } from './report.js';
export { reuseFeatures, passageKey } from './features.js';
export { normalisePassage, NUMBER_MARK } from './normalise.js';
export { DEFAULT_REUSE_OPTIONS, resolveReuseOptions, type ReuseOptions } from './options.js';
export { CSV_TABLES, type CsvTable, type CsvOptions } from './render/csv.js';
export { HTML_MAX_ROWS } from './render/html.js';
export type * from './types.js';

export type ReuseFormat = 'json' | 'csv' | 'html';

/** CSV options, and for the HTML page its title and language (headings and notes; default zh). */
export type RenderOptions = CsvOptions & { title?: string; lang?: Lang };

/**
 * The report in one format, as chunks of text to write one after the other (JSON and CSV of a big
 * corpus are too large for one string); for CSV, one table (see CSV_TABLES).
 */
export function renderReuseChunks(report: ReuseReport, format: ReuseFormat, table?: CsvTable, options: RenderOptions = {}): Iterable<string> {
  if (format === 'json') return jsonChunks(report);
  if (format === 'html') return [renderHtml(report, options)];
  return csvChunks(report, table ?? 'passages', options);
}

/** The report in one format as one string (see renderReuseChunks for big reports). */
export function renderReuse(report: ReuseReport, format: 'csv', table: CsvTable, options?: CsvOptions): string;
export function renderReuse(report: ReuseReport, format: 'json' | 'html', table?: undefined, options?: { title?: string; lang?: Lang }): string;
export function renderReuse(report: ReuseReport, format: ReuseFormat, table?: CsvTable, options: RenderOptions = {}): string {
  return [...renderReuseChunks(report, format, table, options)].join('');
}
