import { toChineseNumeral } from '../../core/numerals.js';
import { CN_ORDINAL, cnOrdinal, execAt, renumberChinese, type MarkerRule } from './rule.js';

/**
 * (一) （一） and the real-world variants (一)、 (一). — all one style; (二、) puts the 、 inside the
 * brackets and is reported as malformed. The fold has made every bracket half-width.
 */
const RE = new RegExp(`\\((${CN_ORDINAL}{1,4})(、)?\\)([、.])?`, 'y');

export const cnParenRule: MarkerRule = {
  style: 'cn-paren',
  first: /\(/,
  match(text, at) {
    const m = execAt(RE, text, at);
    if (m === null) return null;
    const ordinal = cnOrdinal(m[1] as string);
    if (ordinal === null) return null;
    const end = at + m[0].length;
    return m[2] === undefined
      ? { style: 'cn-paren', end, ordinal, key: 'cn-paren' }
      : { style: 'cn-paren', end, ordinal, key: 'cn-paren', malformed: { problem: 'dun-inside-brackets', intended: `(${m[1]})` } };
  },
  renumber: (written, n) => renumberChinese(written, n, toChineseNumeral),
};
