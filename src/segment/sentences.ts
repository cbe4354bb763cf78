import type { Sentence } from '../core/document.js';

/**
 * Sentence ends, after the width fold (！？；→ !?;). "." is left out on purpose: it is the decimal
 * point and the marker of "1." items. ｡ (half-width ideographic full stop) is outside the fold's range.
 */
const TERMINATORS = new Set(['。', '!', '?', ';', '…', '｡']);
/** Brackets and quotes that pair up (full-width （［｛ are ( [ { after the fold). */
const OPENERS = new Set(['“', '‘', '《', '〈', '(', '[', '{', '「', '『', '【', '〔', '〖']);
const CLOSERS = new Set(['”', '’', '》', '〉', ')', ']', '}', '」', '』', '】', '〕', '〗']);
/** Marks that carry a sentence on: "（每季度一次。），培训…" is still one sentence after the ）. */
const CONTINUERS = new Set([',', '、', ':', '，', '：']);

/** JavaScript's \s (Unicode White_Space, BOM) plus the zero-width space. */
export function isBlankCode(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200b) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/**
 * Sentences of folded[start, end). Definition (what "sentences tile the non-blank text" means):
 * sentences are ordered and disjoint, none contains a line break, each starts and ends with a
 * non-blank character, and every non-blank character of the range is in exactly one sentence.
 * Blanks between sentences (indentation, spaces after 。, blank lines) belong to none.
 *
 * A sentence ends at a line break, or after a terminator (。！？；… !?;) together with the
 * terminators and closing quotes/brackets right after it (。” and ？！ stay with their sentence). A
 * terminator inside balanced “ ” 《 》 ( ) … does not end the sentence, unless the closers right
 * after it close every open pair (“要努力。”然后 → ends after ”). Nor does one followed directly by
 * a comma, 、 or colon ("（每季度一次。），培训…"). A line break always ends a sentence.
 */
export function splitSentences(folded: string, start: number, end: number): Sentence[] {
  const out: Sentence[] = [];
  let i = start;
  while (i < end) {
    while (i < end && isBlankCode(folded.charCodeAt(i))) i++;
    if (i >= end) break;
    const s = i;
    let depth = 0;
    let stop = end; // exclusive end of the sentence before trimming
    for (let j = i; j < end; j++) {
      const c = folded[j] as string;
      if (c === '\n') {
        stop = j;
        break;
      }
      if (OPENERS.has(c)) depth++;
      else if (CLOSERS.has(c)) depth = depth > 0 ? depth - 1 : 0;
      else if (TERMINATORS.has(c)) {
        let k = j + 1;
        let d = depth;
        while (k < end && (TERMINATORS.has(folded[k] as string) || CLOSERS.has(folded[k] as string))) {
          if (CLOSERS.has(folded[k] as string) && d > 0) d--;
          k++;
        }
        if (d === 0 && !CONTINUERS.has(folded[k] as string)) {
          stop = k;
          break;
        }
        depth = d;
        j = k - 1;
      }
    }
    let e = stop;
    while (e > s && isBlankCode(folded.charCodeAt(e - 1))) e--;
    out.push({ span: { start: s, end: e } });
    i = stop;
  }
  return out;
}
