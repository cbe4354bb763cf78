import type { Span } from '../../core/span.js';
import { CharSet } from '../../core/char-set.js';
import { CHINESE_NUMERAL_CHARS } from '../../core/numerals.js';

/** Character classes and regions of the folded text that several detectors share. */

export const HAN = /\p{Script=Han}/u;
export function isHan(ch: string | undefined): boolean {
  return ch !== undefined && HAN.test(ch);
}

export function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

/** Chinese numeral characters, including 两 and the financial forms. */
export function isChineseNumeralChar(ch: string | undefined): boolean {
  return ch !== undefined && CHINESE_NUMERAL_CHARS.includes(ch);
}

/** Characters that end a clause in the folded text (full-width forms are already half-width). */
export const CLAUSE_BREAK = new Set([',', '。', ';', ':', '!', '?', '、', '\n', '(', ')', '“', '”', '《', '》', '【', '】', '「', '」', '…', '—']);
/** CLAUSE_BREAK by code unit (for loops over every character). */
export const CLAUSE_BREAK_CODES = new CharSet(CLAUSE_BREAK);

/** Offset where the clause holding `at` starts (after the last clause break before it, or `floor`). */
export function clauseStart(text: string, at: number, floor: number): number {
  let i = at;
  while (i > floor && !CLAUSE_BREAK_CODES.has(text.charCodeAt(i - 1))) i--;
  return i;
}

/** Offset where the clause holding `at` ends (at the next clause break, or `ceiling`). */
export function clauseEnd(text: string, at: number, ceiling: number): number {
  let i = at;
  while (i < ceiling && !CLAUSE_BREAK_CODES.has(text.charCodeAt(i))) i++;
  return i;
}

/**
 * Quoted passages “…” and titles 《…》 within one line. Quotes name slogans, campaigns and
 * activities (“大干100天”, “3510”, “六赛”), titles name documents (《…十项准则》, 《3-6岁儿童…指南》),
 * so numbers inside them are names, not quantities. A quote left open (the page
 * drops closing marks) or longer than `maxLength` is not a region: it would swallow real quantities.
 */
const MARKS = new CharSet(['“', '”', '「', '」', '《', '》', '\n']);

export function quoteRegions(text: string, range: Span, maxLength: number): Span[] {
  const out: Span[] = [];
  // Each kind of mark pairs on its own, so a quote inside a title (《…“五赛”…》) keeps both.
  const pairs: Array<[string, string]> = [['“', '”'], ['「', '」'], ['《', '》']];
  const open = pairs.map(() => -1);
  for (let i = range.start; i < range.end; i++) {
    // Most characters are neither a mark nor a line break: one table look-up, no string made.
    if (!MARKS.has(text.charCodeAt(i))) continue;
    const c = text[i] as string;
    if (c === '\n') {
      open.fill(-1);
      continue;
    }
    for (let k = 0; k < pairs.length; k++) {
      const [l, r] = pairs[k] as [string, string];
      if (c === l) open[k] = i;
      else if (c === r && (open[k] as number) >= 0) {
        if (i - (open[k] as number) - 1 <= maxLength) out.push({ start: (open[k] as number) + 1, end: i });
        open[k] = -1;
      }
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

export function inRegions(regions: readonly Span[], at: number): boolean {
  // Regions are sorted by start (they may nest); a linear scan with early exit is enough.
  for (const r of regions) {
    if (r.start > at) return false;
    if (at < r.end) return true;
  }
  return false;
}

/** True when `text` has `word` ending exactly at `end`. */
export function endsWithAt(text: string, end: number, word: string): boolean {
  return end - word.length >= 0 && text.startsWith(word, end - word.length);
}
