import { arabicOrdinal, execAt, type MarkerRule } from './rule.js';

/**
 * 1.1 / 1.2.3 — technical-plan numbering. Each depth of dots is its own level (key decimal/2,
 * decimal/3 …) and the prefix is the run's scope, so 2.1 starts a new run after 1.3. Not a
 * decimal number: 3.5万, 1.5倍, 2.5% are quantities and 3.15日 a date.
 */
const RE = /([0-9]{1,3}(?:\.[0-9]{1,3}){1,3})(?:[.、](?![0-9])|(?![0-9.%万亿元倍‰米吨个日号月年天]))/y;

export const decimalRule: MarkerRule = {
  style: 'decimal',
  first: /[0-9]/,
  match(text, at, _lineEnd, options) {
    const m = execAt(RE, text, at);
    if (m === null) return null;
    const parts = (m[1] as string).split('.');
    const nums = parts.map((p) => arabicOrdinal(p, options.maxArabicOrdinal));
    if (nums.some((v) => v === null)) return null;
    const ordinal = nums[nums.length - 1] as number;
    return {
      style: 'decimal',
      end: at + m[0].length,
      ordinal,
      key: `decimal/${parts.length}`,
      scope: parts.slice(0, -1).join('.'),
    };
  },
  renumber: (written, n) => written.replace(/[0-9]+(?=[^0-9]*$)/, String(n)),
};
