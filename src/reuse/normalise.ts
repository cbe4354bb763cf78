import { findPlaceholders } from '../core/placeholders.js';

/** What every digit run and placeholder becomes, so 2023年 ≡ 20xx年 ≡ 20__年 ≡ X年. */
export const NUMBER_MARK = '#';

/** Letters and numbers of any script are content; whitespace, punctuation and symbols are not. */
const CONTENT = /[\p{L}\p{N}]/u;
const DIGIT_RUN = /^[0-9]+(?:[.,][0-9]+)*/;

/**
 * The normalised form of folded[from, to) that passages are compared by: whitespace, punctuation and
 * symbols dropped, ASCII lower-cased, each placeholder and each run of Arabic digits replaced by one
 * NUMBER_MARK. `folded` must be the document's folded text (Simplified, half-width), so script and
 * width never make two copies differ. Chinese numerals are kept: 一、 vs 二、 is structure, not a value.
 */
export function normalisePassage(folded: string, from: number, to: number): string {
  let out = '';
  const placeholders = findPlaceholders(folded, from, to).filter((p) => p.span.end <= to);
  let p = 0;
  for (let i = from; i < to; ) {
    while (p < placeholders.length && (placeholders[p] as { span: { start: number } }).span.start < i) p++;
    const ph = placeholders[p];
    if (ph !== undefined && ph.span.start === i) {
      if (!out.endsWith(NUMBER_MARK)) out += NUMBER_MARK;
      i = ph.span.end;
      p++;
      continue;
    }
    const c = folded.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) {
      const run = DIGIT_RUN.exec(folded.slice(i, Math.min(to, i + 32)));
      if (!out.endsWith(NUMBER_MARK)) out += NUMBER_MARK;
      i += run === null ? 1 : run[0].length;
      continue;
    }
    const ch = folded[i] as string;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < to) {
      // A surrogate pair (a supplementary ideograph): content, kept whole.
      out += folded.slice(i, i + 2);
      i += 2;
      continue;
    }
    if (CONTENT.test(ch)) out += c >= 0x41 && c <= 0x5a ? ch.toLowerCase() : ch;
    i++;
  }
  return out;
}
