import { UTF8_TRUST_MIN_CHARS } from '../thresholds.js';
import { decodeUtf8Strict, isAsciiBytes } from './decode.js';
import type { EncodingRule } from './rule.js';

// eslint-disable-next-line no-control-regex -- the ASCII range starts at NUL
const NON_ASCII = /[^\x00-\x7f]/g;

/** True when `text` has no non-ASCII character or at least `min` of them (stops counting at `min`). */
function enoughEvidence(text: string, min: number): boolean {
  NON_ASCII.lastIndex = 0;
  let n = 0;
  while (n < min && NON_ASCII.exec(text) !== null) n++;
  NON_ASCII.lastIndex = 0;
  return n === 0 || n >= min;
}

/**
 * Valid UTF-8 is UTF-8: legacy multi-byte text is almost never valid UTF-8 beyond a few characters.
 * Pure ASCII is reported as utf-8 too (its subset). Short valid input with only a handful of non-ASCII
 * characters is left to the guesser, which compares it with the GBK/Big5 readings.
 */
export const utf8StrictRule: EncodingRule = {
  name: 'utf8-strict',
  detect: ({ bytes }) => {
    const text = decodeUtf8Strict(bytes);
    if (text === undefined) return null;
    if (!isAsciiBytes(bytes) && !enoughEvidence(text, UTF8_TRUST_MIN_CHARS)) return null;
    return { encoding: 'utf-8', certain: false, text };
  },
};
