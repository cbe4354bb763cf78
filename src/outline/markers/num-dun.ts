import { arabicOrdinal, execAt, renumberArabic, type MarkerRule } from './rule.js';

/** 1、 2、 — the most common stand-in for GB/T's 1. in real plans. */
const RE = /([0-9]{1,4})、/y;

export const numDunRule: MarkerRule = {
  style: 'num-dun',
  first: /[0-9]/,
  match(text, at, _lineEnd, options) {
    const m = execAt(RE, text, at);
    if (m === null) return null;
    const ordinal = arabicOrdinal(m[1] as string, options.maxArabicOrdinal);
    return ordinal === null ? null : { style: 'num-dun', end: at + m[0].length, ordinal, key: 'num-dun' };
  },
  renumber: renumberArabic,
};
