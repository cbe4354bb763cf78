import { parseEnclosedNumeral, toEnclosedNumeral } from '../../core/numerals.js';
import { arabicOrdinal, execAt, renumberArabic, type MarkerRule } from './rule.js';

/**
 * 1. 1． ⒈ — GB/T 9704's third level. A digit right after the dot makes a decimal (3.5) or a
 * 1.1-style number, which decimalRule reads.
 */
const RE = /([0-9]{1,4})\.(?![0-9])/y;

export const numDotRule: MarkerRule = {
  style: 'num-dot',
  first: /[0-9\u2488-\u249b]/,
  match(text, at, _lineEnd, options) {
    const e = parseEnclosedNumeral(text.charAt(at));
    if (e !== null) return e.kind === 'stop-digit' ? { style: 'num-dot', end: at + 1, ordinal: e.value, key: 'num-dot' } : null;
    const m = execAt(RE, text, at);
    if (m === null) return null;
    const ordinal = arabicOrdinal(m[1] as string, options.maxArabicOrdinal);
    return ordinal === null ? null : { style: 'num-dot', end: at + m[0].length, ordinal, key: 'num-dot' };
  },
  renumber(written, n) {
    const e = parseEnclosedNumeral(written.charAt(0));
    if (e === null) return renumberArabic(written, n);
    return toEnclosedNumeral(n, 'stop-digit') ?? `${n}.`;
  },
};
