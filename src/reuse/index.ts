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
import { viewOf, type ReuseView } from './view.js';

export { reuseReport } from './report.js';
export { reuseFeatures, passageKey } from './features.js';
export { normalisePassage, NUMBER_MARK } from './normalise.js';
export { DEFAULT_REUSE_OPTIONS, resolveReuseOptions, type ReuseOptions } from './options.js';
export { CSV_TABLES, type CsvTable, type CsvOptions } from './render/csv.js';
export { HTML_MAX_ROWS } from './render/html.js';
export { viewOf, ratioBin, RATIO_BINS, type ReuseView, type PassageRow } from './view.js';
export { distinguishingTerms } from './tfidf.js';
export type * from './types.js';

export type ReuseFormat = 'json' | 'csv' | 'html';

/** CSV options, and for the HTML page its title and language (headings and notes; default zh). */
export type RenderOptions = CsvOptions & { title?: string; lang?: Lang };

/**
 * The report in one format, as chunks of text to write one after the other (JSON and CSV of a big
 * corpus are too large for one string); for CSV, one table (see CSV_TABLES). A view streams its
 * long tables from the store (batch's storeReuseView); an in-memory report is viewed the same way.
 */
export async function* renderReuseChunks(
  report: ReuseReport | ReuseView,
  format: ReuseFormat,
  table?: CsvTable,
  options: RenderOptions = {},
): AsyncGenerator<string> {
  const view = 'ratioBins' in report ? report : viewOf(report);
  if (format === 'json') yield* jsonChunks(view);
  else if (format === 'html') yield await renderHtml(view, options);
  else yield* csvChunks(view, table ?? 'passages', options);
}

/** The report in one format as one string (see renderReuseChunks for big reports). */
export async function renderReuse(report: ReuseReport | ReuseView, format: ReuseFormat, table?: CsvTable, options: RenderOptions = {}): Promise<string> {
  let out = '';
  for await (const chunk of renderReuseChunks(report, format, table, options)) out += chunk;
  return out;
}
