import type { ReuseReport } from '../types.js';
import type { ReuseView } from '../view.js';

/** Characters per yielded chunk (about a megabyte of UTF-16). */
const CHUNK_CHARS = 1 << 19;

/** The report's fields in the order they are written (ReuseReport's own order). */
const FIELDS: ReadonlyArray<keyof ReuseReport> = ['summary', 'passages', 'documents', 'families', 'familySizes', 'options'];

/**
 * The report as JSON, in chunks: each top-level field on its own line, and each row of the long
 * arrays (passages, documents, families) on a line of its own — valid JSON that is never built as
 * one string (a 100k-page corpus gives hundreds of megabytes), streamed from the view's cursors,
 * and diffs and greps row by row.
 */
export async function* jsonChunks(view: ReuseView): AsyncGenerator<string> {
  yield '{\n';
  for (let k = 0; k < FIELDS.length; k++) {
    const key = FIELDS[k] as keyof ReuseReport;
    const comma = k < FIELDS.length - 1 ? ',' : '';
    const rows: AsyncIterable<unknown> | readonly unknown[] | null =
      key === 'passages' ? view.passages(true) : key === 'documents' ? view.documents() : key === 'families' ? view.families : key === 'familySizes' ? view.familySizes : null;
    if (rows === null) {
      yield `  ${JSON.stringify(key)}: ${JSON.stringify(key === 'summary' ? view.summary : view.options)}${comma}\n`;
      continue;
    }
    // One row of look-ahead: the last row has no comma, and an empty array is written as [].
    let chunk = '';
    let previous: unknown = undefined;
    let any = false;
    for await (const row of rows as AsyncIterable<unknown>) {
      if (!any) {
        chunk += `  ${JSON.stringify(key)}: [\n`;
        any = true;
      } else {
        chunk += `    ${JSON.stringify(previous)},\n`;
        if (chunk.length > CHUNK_CHARS) {
          yield chunk;
          chunk = '';
        }
      }
      previous = row;
    }
    if (any) yield `${chunk}    ${JSON.stringify(previous)}\n  ]${comma}\n`;
    else yield `  ${JSON.stringify(key)}: []${comma}\n`;
  }
  yield '}\n';
}
