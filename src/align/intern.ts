/**
 * Token interning for fast-diff: each distinct token becomes ONE code point, so diffing two token
 * sequences is diffing two strings (the classic line-mode trick of diff-match-patch). The first 6 400
 * tokens use the BMP private-use area (one UTF-16 unit each); further ones use the supplementary
 * private-use planes 15–16 and then the other supplementary planes (a surrogate pair each — fast-diff
 * keeps pairs whole). Code points stand for tokens only inside one diff; they are never shown.
 */
const BMP_PUA_START = 0xe000;
const BMP_PUA_SIZE = 0xf8ff - 0xe000 + 1; // 6400
const SUPPLEMENTARY_PUA_START = 0xf0000;
const SUPPLEMENTARY_PUA_SIZE = 0x10ffff - 0xf0000 + 1; // 131072 (planes 15 and 16)
const OTHER_SUPPLEMENTARY_START = 0x10000;
const OTHER_SUPPLEMENTARY_SIZE = 0xeffff - 0x10000 + 1; // planes 1–14

/** Most distinct tokens one diff can hold. */
export const MAX_DISTINCT_TOKENS = BMP_PUA_SIZE + SUPPLEMENTARY_PUA_SIZE + OTHER_SUPPLEMENTARY_SIZE;

export function codePointOf(index: number): number {
  if (index < BMP_PUA_SIZE) return BMP_PUA_START + index;
  const k = index - BMP_PUA_SIZE;
  if (k < SUPPLEMENTARY_PUA_SIZE) return SUPPLEMENTARY_PUA_START + k;
  const m = k - SUPPLEMENTARY_PUA_SIZE;
  if (m < OTHER_SUPPLEMENTARY_SIZE) return OTHER_SUPPLEMENTARY_START + m;
  throw new RangeError(`diffTokens: more than ${MAX_DISTINCT_TOKENS} distinct tokens`);
}

/** Maps tokens to code points, shared by both sides of one diff. */
export class Interner {
  private readonly ids = new Map<string, number>();

  encode(tokens: readonly string[]): string {
    const parts: string[] = [];
    let chunk: number[] = [];
    for (const t of tokens) {
      let id = this.ids.get(t);
      if (id === undefined) {
        id = this.ids.size;
        this.ids.set(t, id);
      }
      chunk.push(codePointOf(id));
      // String.fromCodePoint takes arguments: keep each call well below engine argument limits.
      if (chunk.length === 8192) {
        parts.push(String.fromCodePoint(...chunk));
        chunk = [];
      }
    }
    parts.push(String.fromCodePoint(...chunk));
    return parts.join('');
  }
}

/** Number of code points (= tokens) in an encoded string. */
export function tokenCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // A low surrogate is the second half of a token already counted.
    if (c < 0xdc00 || c > 0xdfff) n++;
  }
  return n;
}
