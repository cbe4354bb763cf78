import { toChineseNumeral } from '../../core/numerals.js';
import { CN_ORDINAL, cnOrdinal, execAt, renumberChinese, type MarkerRule } from './rule.js';

/** 一. 一． — a common stand-in for 一、 (the fold turns ． into .). */
const RE = new RegExp(`(${CN_ORDINAL}{1,4})\\.(?![0-9])`, 'y');

export const cnDotRule: MarkerRule = {
  style: 'cn-dot',
  first: new RegExp(CN_ORDINAL),
  match(text, at) {
    const m = execAt(RE, text, at);
    if (m === null) return null;
    const ordinal = cnOrdinal(m[1] as string);
    return ordinal === null ? null : { style: 'cn-dot', end: at + m[0].length, ordinal, key: 'cn-dot' };
  },
  renumber: (written, n) => renumberChinese(written, n, toChineseNumeral),
};
