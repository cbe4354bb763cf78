import { REPLACEMENT_WEIGHT } from '../thresholds.js';
import { COMMON_CHARS } from './common-chars.js';

export interface Plausibility {
  /** Non-blank characters, ASCII included. */
  chars: number;
  /** Non-ASCII, non-blank characters: the evidence. */
  signal: number;
  /** Of those, very common Chinese characters. */
  common: number;
  /** U+FFFD (weighted) plus characters a Chinese plan text does not contain. */
  bad: number;
  /** U+FFFD and implausible characters, unweighted: what did not decode to sensible text. */
  junk: number;
  /** (common − bad) / signal, in [−REPLACEMENT_WEIGHT, 1]; 0 when there is no signal. */
  score: number;
}

/**
 * Characters that betray a wrong decoding of Chinese text: private use (GBK user areas), kana,
 * Hangul, Greek, Cyrillic, box drawing and bopomofo (the symbol rows of GBK that Big5 lead bytes
 * land on), Yi syllables and CJK Extension A / compatibility ideographs (rare rows of the other
 * table), C1 controls, non-characters, and anything outside the BMP (HKSCS / GB18030 4-byte rarities).
 */
function implausible(c: number): boolean {
  return (
    (c >= 0x80 && c <= 0x9f) ||
    (c >= 0x0370 && c <= 0x052f) ||
    (c >= 0x1100 && c <= 0x11ff) ||
    (c >= 0x2500 && c <= 0x257f) ||
    (c >= 0x3040 && c <= 0x30ff) ||
    (c >= 0x3100 && c <= 0x318f) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0xa000 && c <= 0xa4cf) ||
    (c >= 0xac00 && c <= 0xd7af) ||
    (c >= 0xd800 && c <= 0xf8ff) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xff61 && c <= 0xff9f) ||
    c === 0xfffe ||
    c === 0xffff
  );
}

const BLANK = /\s/;

/** How much `text` looks like a correctly decoded Chinese text. */
export function plausibility(text: string): Plausibility {
  let chars = 0;
  let signal = 0;
  let common = 0;
  let bad = 0;
  let junk = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if (c > 0x20) chars++;
      continue;
    }
    if (BLANK.test(text[i] as string)) continue;
    chars++;
    signal++;
    if (c === 0xfffd) {
      bad += REPLACEMENT_WEIGHT;
      junk++;
    } else if (COMMON_CHARS.has(c)) common++;
    else if (implausible(c)) {
      bad++;
      junk++;
      // An astral character is two code units but one character.
      if (c >= 0xd800 && c <= 0xdbff) i++;
    }
  }
  return { chars, signal, common, bad, junk, score: signal === 0 ? 0 : (common - bad) / signal };
}
