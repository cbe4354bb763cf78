import { parseEnclosedNumeral, toEnclosedNumeral } from '../../core/numerals.js';
import type { MarkerRule } from './rule.js';

/** ㈠ ㈡ … ㈩ — one character standing for (一); Unicode stops at ㈩. */
export const cnParenCharRule: MarkerRule = {
  style: 'cn-paren-char',
  first: /[\u3220-\u3229]/,
  match(text, at) {
    const e = parseEnclosedNumeral(text.charAt(at));
    if (e === null || e.kind !== 'paren-ideograph') return null;
    const end = at + 1 + (/[、.]/.test(text.charAt(at + 1)) ? 1 : 0);
    return { style: 'cn-paren-char', end, ordinal: e.value, key: 'cn-paren-char' };
  },
  renumber: (written, n) => {
    const ch = toEnclosedNumeral(n, 'paren-ideograph');
    return ch === null ? written : ch + written.slice(1);
  },
};
