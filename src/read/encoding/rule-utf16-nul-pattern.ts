import {
  GUESS_MIN_MARGIN,
  GUESS_SAMPLE_BYTES,
  UTF16_MAX_JUNK_SHARE,
  UTF16_MIN_NULS,
  UTF16_MIN_SCORE,
  UTF16_NUL_PARITY_SHARE,
} from '../thresholds.js';
import { decodeAs } from './decode.js';
import { plausibility } from './plausibility.js';
import type { EncodingRule } from './rule.js';

type Utf16 = 'utf-16le' | 'utf-16be';

/** Share of characters no UTF-16 text has: C0 controls (but tab and line breaks), lone surrogates, U+FFFE/U+FFFF. */
function junkShare(text: string): number {
  if (text.length === 0) return 1;
  let junk = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20) {
      if (c !== 9 && c !== 10 && c !== 13) junk++;
    } else if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
      else junk++;
    } else if ((c >= 0xdc00 && c <= 0xdfff) || c === 0xfffe || c === 0xffff) junk++;
  }
  return junk / text.length;
}

interface Reading {
  encoding: Utf16;
  junk: number;
  score: number;
}

function read(encoding: Utf16, sample: Uint8Array): Reading {
  const text = decodeAs(encoding, sample);
  return { encoding, junk: junkShare(text), score: plausibility(text).score };
}

/**
 * UTF-16 without a BOM, recognised by its NUL bytes. Every ASCII character is 00 beside its byte:
 * on the odd side for LE, the even side for BE. But CJK characters of the form U+xx00 (一 is
 * U+4E00) put their NUL on the other side, so the parity only suggests the byte order: the two
 * readings are compared (plausibility of the Chinese, no control characters or broken surrogates),
 * and with NULs on both sides a reading must be clearly Chinese to be taken. Binaries have NULs on
 * both sides and read as junk either way; the binary rule after this one refuses them.
 */
export const utf16NulPatternRule: EncodingRule = {
  name: 'utf16-nul-pattern',
  detect: ({ bytes, firstNul }) => {
    if (firstNul < 0) return null;
    // The pattern is statistical: a sample decides, not a 50 MB scan.
    const sample = bytes.subarray(0, Math.min(bytes.length, GUESS_SAMPLE_BYTES) & ~1);
    let even = 0;
    let odd = 0;
    for (let i = sample.indexOf(0); i >= 0; i = sample.indexOf(0, i + 1)) {
      if ((i & 1) === 0) even++;
      else odd++;
    }
    const total = even + odd;
    const le = read('utf-16le', sample);
    const be = read('utf-16be', sample);
    const fits = (r: Reading): boolean => r.junk <= UTF16_MAX_JUNK_SHARE;
    let chosen: Reading | undefined;
    if (total >= UTF16_MIN_NULS && Math.max(odd, even) / total >= UTF16_NUL_PARITY_SHARE) {
      const [byParity, other] = odd > even ? [le, be] : [be, le];
      if (fits(other) && other.score >= byParity.score + GUESS_MIN_MARGIN) chosen = other;
      else if (fits(byParity)) chosen = byParity;
    } else {
      const best = le.score >= be.score ? le : be;
      if (fits(best) && best.score >= UTF16_MIN_SCORE) chosen = best;
    }
    if (chosen === undefined) return null;
    return { encoding: chosen.encoding, certain: false, text: decodeAs(chosen.encoding, bytes) };
  },
};
