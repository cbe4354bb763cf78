import { toChineseNumeral } from '../../core/numerals.js';
import { cnOrdinal, execAt, renumberChinese, type MarkerRule } from './rule.js';

/**
 * 第一，第二、第三：— ordinal words that enumerate, at a line start or inside a paragraph. The
 * punctuation after them tells them from 第一次, 第一批, 第三季度.
 */
const DIGITS = '[一二三四五六七八九十]';
const RE = new RegExp(`第(${DIGITS}{1,3})[,、:]`, 'y');

export const cnDiRule: MarkerRule = {
  style: 'cn-di',
  first: /第/,
  match(text, at) {
    const m = execAt(RE, text, at);
    if (m === null) return null;
    const ordinal = cnOrdinal(m[1] as string);
    return ordinal === null ? null : { style: 'cn-di', end: at + m[0].length, ordinal, key: 'cn-di' };
  },
  inline: { source: `第${DIGITS}{1,3}[,、:]`, needsBoundary: true },
  renumber: (written, n) => renumberChinese(written, n, toChineseNumeral),
};
