import { arabicOrdinal, execAt, renumberArabic, type MarkerRule } from './rule.js';

/**
 * (1) （1） and the variants (1)、 (1). — GB/T 9704's fourth level; (1、) is malformed. Also
 * enumerates inside paragraphs: 主要包括：(1)……；(2)……
 */
const RE = /\(([0-9]{1,4})(、)?\)([、.])?/y;

export const numParenRule: MarkerRule = {
  style: 'num-paren',
  first: /\(/,
  match(text, at, _lineEnd, options) {
    const m = execAt(RE, text, at);
    if (m === null) return null;
    const ordinal = arabicOrdinal(m[1] as string, options.maxArabicOrdinal);
    if (ordinal === null) return null;
    const end = at + m[0].length;
    return m[2] === undefined
      ? { style: 'num-paren', end, ordinal, key: 'num-paren' }
      : { style: 'num-paren', end, ordinal, key: 'num-paren', malformed: { problem: 'dun-inside-brackets', intended: `(${m[1]})` } };
  },
  inline: { source: String.raw`\([0-9]{1,2}\)`, needsBoundary: true },
  renumber: renumberArabic,
};
