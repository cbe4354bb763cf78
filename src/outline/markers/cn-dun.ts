import { toChineseNumeral } from '../../core/numerals.js';
import { CN_ORDINAL, cnOrdinal, execAt, renumberChinese, type MarkerRule } from './rule.js';

/** 一、 二、 … — the first level of GB/T 9704. */
const RE = new RegExp(`(${CN_ORDINAL}{1,4})、`, 'y');
const FINANCIAL = /[壹贰叁参肆伍陆柒捌玖拾佰]/;

export const cnDunRule: MarkerRule = {
  style: 'cn-dun',
  first: new RegExp(CN_ORDINAL),
  match(text, at) {
    const m = execAt(RE, text, at);
    if (m === null) return null;
    const ordinal = cnOrdinal(m[1] as string);
    // 壹、贰、参、 (financial numerals) head a level of their own above 一、 (Taiwanese 要点: 壹、总则 / 一、…).
    const key = FINANCIAL.test(m[1] as string) ? 'cn-dun/financial' : 'cn-dun';
    return ordinal === null ? null : { style: 'cn-dun', end: at + m[0].length, ordinal, key };
  },
  renumber: (written, n) => renumberChinese(written, n, toChineseNumeral),
};
