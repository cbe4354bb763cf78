import { arabicOrdinal, execAt, renumberArabic, type MarkerRule } from './rule.js';

/** 1) 2) — a closing bracket only; usually a level below 1、 or 1. */
const RE = /([0-9]{1,4})\)/y;

export const numHalfParenRule: MarkerRule = {
  style: 'num-half-paren',
  first: /[0-9]/,
  match(text, at, _lineEnd, options) {
    const m = execAt(RE, text, at);
    if (m === null) return null;
    const ordinal = arabicOrdinal(m[1] as string, options.maxArabicOrdinal);
    return ordinal === null ? null : { style: 'num-half-paren', end: at + m[0].length, ordinal, key: 'num-half-paren' };
  },
  renumber: renumberArabic,
};
