import { execAt, type MarkerRule } from './rule.js';

/** A、 B、 (Ａ、 full-width before the fold) — Taiwanese documents' level below （１）. */
const RE = /([A-Z])、/y;

/** A → 1 … Z → 26. */
export function latinOrdinal(letter: string): number {
  return letter.charCodeAt(0) - 64;
}

/** The letter of ordinal n in the width the marker was written in (Ａ stays full-width). */
export function renumberLatin(written: string, n: number): string {
  if (n < 1 || n > 26) return written;
  const c = written.charCodeAt(0);
  const fullWidth = c >= 0xff21 && c <= 0xff3a;
  return String.fromCharCode((fullWidth ? 0xff20 : 64) + n) + written.slice(1);
}

export const latinDunRule: MarkerRule = {
  style: 'latin-dun',
  first: /[A-Z]/,
  match(text, at) {
    const m = execAt(RE, text, at);
    return m === null ? null : { style: 'latin-dun', end: at + m[0].length, ordinal: latinOrdinal(m[1] as string), key: 'latin-dun' };
  },
  renumber: renumberLatin,
};
