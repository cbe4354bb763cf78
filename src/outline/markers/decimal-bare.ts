import { SPACE_CLASS } from '../../core/blanks.js';
import { arabicOrdinal, execAt, type MarkerRule } from './rule.js';

/**
 * "1 目的", "2 适用范围": the top level of a document numbered 1 / 1.1 / 1.1.1, written as a bare
 * number and a space. Only used where the document has dotted decimals (buildOutline checks), and
 * never before a unit or a date word ("5 月份", "3 个"), which a quantity written with a space is.
 */
const RE = new RegExp(`([0-9]{1,2})[${SPACE_CLASS}]+(?=\\p{Script=Han})(?![年月日号个人元万亿天次点时分岁名家所项条件台米吨周期批])`, 'uy');

export const decimalBareRule: MarkerRule = {
  style: 'decimal',
  first: /[0-9]/,
  match(text, at, _lineEnd, options) {
    const m = execAt(RE, text, at);
    if (m === null) return null;
    const ordinal = arabicOrdinal(m[1] as string, options.maxArabicOrdinal);
    return ordinal === null ? null : { style: 'decimal', end: at + (m[1] as string).length, ordinal, key: 'decimal/1', scope: '' };
  },
  renumber: (written, n) => written.replace(/[0-9]+/, String(n)),
};

/** A dotted decimal marker (1.1, 3.2.1) followed by a blank: the document numbers the decimal way. */
export const DOTTED_DECIMAL = new RegExp(`(?:^|[\\s。])[0-9]{1,2}\\.[0-9]{1,2}(?:\\.[0-9]{1,2})*[${SPACE_CLASS}]`, 'm');
