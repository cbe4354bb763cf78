import type { Variant } from '../core/document.js';
import type { LineIndex } from '../core/lines.js';

/**
 * First and last line of a variant as every report gives them: the header line (or, without a
 * header, the first non-blank line of the body) to the last line of the body; an empty body ends
 * where it starts. `bodyStartLine` is the line of the first body character.
 */
export function variantLines(lines: LineIndex, text: string, v: Variant): { startLine: number; endLine: number; bodyStartLine: number } {
  const bodyStartLine = lines.lineOf(v.body.start);
  let startLine = bodyStartLine;
  if (v.header !== null) startLine = lines.lineOf(v.header.start);
  else {
    const k = text.slice(v.body.start, v.body.end).search(/\S/);
    if (k >= 0) startLine = lines.lineOf(v.body.start + k);
  }
  const endLine = v.body.end > v.body.start ? lines.lineOf(v.body.end - 1) : startLine;
  return { startLine, endLine, bodyStartLine };
}
