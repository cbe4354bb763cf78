import { toChineseNumeral } from '../../core/numerals.js';
import { cnOrdinal, execAt, renumberChinese, type MarkerRule } from './rule.js';

/**
 * 一是 二是 … — enumerates points, at a line start (a list below a heading) or inside a paragraph
 * (工作重点：一是…；二是…). Inside a paragraph it must follow punctuation, so 统一是 is not a marker.
 */
const DIGITS = '[一二三四五六七八九十]';
const RE = new RegExp(`(${DIGITS}{1,3})是`, 'y');

export const cnShiRule: MarkerRule = {
  style: 'cn-shi',
  first: new RegExp(DIGITS),
  match(text, at) {
    const m = execAt(RE, text, at);
    if (m === null) return null;
    const ordinal = cnOrdinal(m[1] as string);
    return ordinal === null ? null : { style: 'cn-shi', end: at + m[0].length, ordinal, key: 'cn-shi' };
  },
  inline: { source: `${DIGITS}{1,3}是`, needsBoundary: true },
  renumber: (written, n) => renumberChinese(written, n, toChineseNumeral),
};
