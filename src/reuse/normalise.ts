import { contentCharTable } from '../core/content-chars.js';
import { findPlaceholders, type PlaceholderMatch } from '../core/placeholders.js';

/** What every digit run and placeholder becomes, so 2023年 ≡ 20xx年 ≡ 20__年 ≡ X年. */
export const NUMBER_MARK = '#';
const MARK = NUMBER_MARK.charCodeAt(0);

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/**
 * The normalised form of folded[from, to) that passages are compared by: whitespace, punctuation and
 * symbols dropped, ASCII lower-cased, each placeholder and each run of Arabic digits (with its
 * decimal point or thousands separators) replaced by one NUMBER_MARK. `folded` must be the
 * document's folded text (Simplified, half-width), so script and width never make two copies
 * differ. Chinese numerals are kept: 一、 vs 二、 is structure, not a value.
 *
 * `placeholders` may be given (findPlaceholders over a larger range, sorted) to avoid searching
 * again for every sentence; only those inside [from, to) are used.
 */
export function normalisePassage(
  folded: string,
  from: number,
  to: number,
  placeholders: readonly PlaceholderMatch[] = findPlaceholders(folded, from, to),
): string {
  const table = contentCharTable();
  const out: number[] = [];
  let p = firstAtOrAfter(placeholders, from);
  for (let i = from; i < to; ) {
    while (p < placeholders.length && (placeholders[p] as PlaceholderMatch).span.start < i) p++;
    const ph = placeholders[p];
    if (ph !== undefined && ph.span.start === i && ph.span.end <= to) {
      if (out[out.length - 1] !== MARK) out.push(MARK);
      i = ph.span.end;
      p++;
      continue;
    }
    const c = folded.charCodeAt(i);
    if (isDigit(c)) {
      i++;
      while (i < to) {
        const d = folded.charCodeAt(i);
        if (isDigit(d)) i++;
        else if ((d === 0x2e || d === 0x2c) && i + 1 < to && isDigit(folded.charCodeAt(i + 1))) i += 2;
        else break;
      }
      if (out[out.length - 1] !== MARK) out.push(MARK);
      continue;
    }
    if (table[c] === 1) out.push(c >= 0x41 && c <= 0x5a ? c + 32 : c);
    i++;
  }
  return fromCodes(out);
}

/** Index of the first placeholder starting at or after `offset` (binary search; they are sorted). */
function firstAtOrAfter(placeholders: readonly PlaceholderMatch[], offset: number): number {
  let lo = 0;
  let hi = placeholders.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((placeholders[mid] as PlaceholderMatch).span.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const CHUNK = 4096;
function fromCodes(codes: number[]): string {
  if (codes.length <= CHUNK) return String.fromCharCode(...codes);
  let s = '';
  for (let i = 0; i < codes.length; i += CHUNK) s += String.fromCharCode(...codes.slice(i, i + CHUNK));
  return s;
}
