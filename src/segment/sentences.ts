import type { Sentence } from '../core/document.js';

/**
 * Sentence ends, after the width fold (！？；→ !?;). "." is left out on purpose: it is the decimal
 * point and the marker of "1." items. ｡ (half-width ideographic full stop) is outside the fold's range.
 */
const TERMINATORS = '。!?;…｡';
/** Brackets and quotes that pair up (full-width （［｛ are ( [ { after the fold). */
const OPENERS = '“‘《〈([{「『【〔〖';
const CLOSERS = '”’》〉)]}」』】〕〗';
/** Marks that carry a sentence on: "（每季度一次。），培训…" is still one sentence after the ）. */
const CONTINUERS = ',、:，：';

// One class per UTF-16 code unit, so the scan reads char codes and never allocates strings.
const OTHER = 0;
const TERM = 1;
const OPEN = 2;
const CLOSE = 3;
const CONT = 4;
const NEWLINE = 5;
const CLASS = new Uint8Array(0x10000);
for (const [chars, cls] of [[TERMINATORS, TERM], [OPENERS, OPEN], [CLOSERS, CLOSE], [CONTINUERS, CONT]] as const) {
  for (let i = 0; i < chars.length; i++) CLASS[chars.charCodeAt(i)] = cls;
}
CLASS[10] = NEWLINE;

import { isBlankCode } from '../core/blanks.js';

export { isBlankCode };

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
      const cls = CLASS[folded.charCodeAt(j)];
      if (cls === OTHER || cls === CONT) continue;
      if (cls === NEWLINE) {
        stop = j;
        break;
      }
      if (cls === OPEN) depth++;
      else if (cls === CLOSE) depth = depth > 0 ? depth - 1 : 0;
      else {
        // A terminator: take the terminators and closers right after it along.
        let k = j + 1;
        let d = depth;
        for (; k < end; k++) {
          const c = CLASS[folded.charCodeAt(k)];
          if (c === CLOSE) d = d > 0 ? d - 1 : 0;
          else if (c !== TERM) break;
        }
        if (d === 0 && (k >= end || CLASS[folded.charCodeAt(k)] !== CONT)) {
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
