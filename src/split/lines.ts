import type { PageLine } from './types.js';

import { isBlankCode } from '../core/blanks.js';

/** Any blank (core/blanks.ts). */
export const isBlank = isBlankCode;

/** Every line of the folded text (which has "\n" line breaks only), with and without its blanks. */
export function pageLines(folded: string): PageLine[] {
  const out: PageLine[] = [];
  let start = 0;
  for (;;) {
    const nl = folded.indexOf('\n', start);
    const end = nl < 0 ? folded.length : nl;
    let a = start;
    let b = end;
    while (a < b && isBlank(folded.charCodeAt(a))) a++;
    while (b > a && isBlank(folded.charCodeAt(b - 1))) b--;
    out.push({ span: { start, end }, trimmed: { start: a, end: b } });
    if (nl < 0) return out;
    start = nl + 1;
  }
}

export function isBlankLine(l: PageLine): boolean {
  return l.trimmed.end === l.trimmed.start;
}

/**
 * The end of the text in lines [fromLine, toLine): the last non-blank character of the last
 * non-blank line (so trailing blank lines, trailing spaces and a CRLF's "\r" are all left out),
 * or `empty` when those lines are all blank.
 */
export function lastTextEnd(lines: PageLine[], fromLine: number, toLine: number, empty: number): number {
  for (let i = toLine - 1; i >= fromLine; i--) {
    const l = lines[i] as PageLine;
    if (!isBlankLine(l)) return l.trimmed.end;
  }
  return empty;
}
