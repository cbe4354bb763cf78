import { parseEnclosedNumeral, toEnclosedNumeral } from '../../core/numerals.js';
import type { MarkerRule } from './rule.js';

/** ① ② … ㊿ — the lowest level of many plans, at a line start or inside a paragraph (…：①……；②……). */
export const circledRule: MarkerRule = {
  style: 'circled',
  first: /[\u2460-\u2473\u3251-\u325f\u32b1-\u32bf]/,
  match(text, at) {
    const e = parseEnclosedNumeral(text.charAt(at));
    if (e === null || e.kind !== 'circled') return null;
    const end = at + 1 + (/[、.]/.test(text.charAt(at + 1)) ? 1 : 0);
    return { style: 'circled', end, ordinal: e.value, key: 'circled' };
  },
  // A circled numeral is never anything else, so no boundary is needed before it.
  inline: { source: '[\\u2460-\\u2473\\u3251-\\u325f\\u32b1-\\u32bf]', needsBoundary: false },
  renumber: (written, n) => {
    const ch = toEnclosedNumeral(n, 'circled');
    return ch === null ? written : ch + written.slice(1);
  },
};
