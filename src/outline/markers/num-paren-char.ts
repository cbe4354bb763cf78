import { parseEnclosedNumeral, toEnclosedNumeral } from '../../core/numerals.js';
import type { MarkerRule } from './rule.js';

/** ⑴ ⑵ … ⒇ — one character standing for (1). */
export const numParenCharRule: MarkerRule = {
  style: 'num-paren-char',
  first: /[\u2474-\u2487]/,
  match(text, at) {
    const e = parseEnclosedNumeral(text.charAt(at));
    if (e === null || e.kind !== 'paren-digit') return null;
    const end = at + 1 + (/[、.]/.test(text.charAt(at + 1)) ? 1 : 0);
    return { style: 'num-paren-char', end, ordinal: e.value, key: 'num-paren-char' };
  },
  renumber: (written, n) => {
    const ch = toEnclosedNumeral(n, 'paren-digit');
    return ch === null ? `(${n})` + written.slice(1) : ch + written.slice(1);
  },
};
