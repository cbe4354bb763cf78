import type { Token } from '../../core/document.js';

/**
 * Word boundaries from the segment stage (jieba). A number inside a word is no quantity (一元化,
 * 三元里, 九品, 五人制): jieba keeps such words whole, while a count or an amount comes out as a
 * token of its own (七元, 三人, 二点五|元).
 */

/** Index of the token that holds offset `at` (tokens are sorted and do not overlap), or -1. */
function tokenAt(tokens: readonly Token[], at: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = tokens[mid] as Token;
    if (at < t.span.start) hi = mid - 1;
    else if (at >= t.span.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/**
 * True when [start, end) is made of whole tokens: a token starts at `start` and one ends at `end`.
 * Without tokens (segmentation off) nothing is known, and the answer is false.
 */
export function wholeTokens(tokens: readonly Token[] | undefined, start: number, end: number): boolean {
  if (tokens === undefined || tokens.length === 0 || end <= start) return false;
  const first = tokenAt(tokens, start);
  const last = tokenAt(tokens, end - 1);
  return first >= 0 && last >= 0 && (tokens[first] as Token).span.start === start && (tokens[last] as Token).span.end === end;
}
