import type { ReuseReport } from '../types.js';

/**
 * The report as JSON, in chunks: each top-level field on its own line, and each row of the long
 * arrays (passages, documents, families) on a line of its own — valid JSON that is never built as
 * one string (a 100k-page corpus gives hundreds of megabytes), and diffs and greps row by row.
 */
export function* jsonChunks(report: ReuseReport): Generator<string> {
  const keys = Object.keys(report) as Array<keyof ReuseReport>;
  yield '{\n';
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k] as keyof ReuseReport;
    const value = report[key];
    const comma = k < keys.length - 1 ? ',' : '';
    if (Array.isArray(value) && value.length > 0) {
      yield `  ${JSON.stringify(key)}: [\n`;
      let chunk = '';
      for (let i = 0; i < value.length; i++) {
        chunk += `    ${JSON.stringify(value[i])}${i < value.length - 1 ? ',' : ''}\n`;
        if (chunk.length > CHUNK_CHARS) {
          yield chunk;
          chunk = '';
        }
      }
      yield `${chunk}  ]${comma}\n`;
    } else {
      yield `  ${JSON.stringify(key)}: ${JSON.stringify(value)}${comma}\n`;
    }
  }
  yield '}\n';
}

/** Characters per yielded chunk (about a megabyte of UTF-16). */
const CHUNK_CHARS = 1 << 19;
