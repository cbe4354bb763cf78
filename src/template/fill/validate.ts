import { parseNumeral, toAsciiDigits } from '../../core/numerals.js';
import type { ValueProblem } from '../../core/errors.js';
import { YEAR_MAX, YEAR_MIN, type SlotType } from '../../core/template.js';

/**
 * What a value must look like for each slot type. A validator returns null when the value is fine,
 * else what is wrong with it as a code (negative, letters …); the caller names the slot, its label
 * and the expected type around it, and src/messages words it.
 */
export type Validator = (value: string) => ValueProblem | null;

const RANGE_SEP = /\s*(?:—{1,2}|-|~|～|至|到)\s*/u;
const LETTERS = /[A-Za-zＡ-Ｚａ-ｚ]/;

/** A number (Arabic, full-width or Chinese) or a range of two; `negative` says whether -5 is allowed. */
function numberProblem(value: string, opts: { integer: boolean; negative: boolean }): ValueProblem | null {
  const v = toAsciiDigits(value.trim()).replace(/,/g, '');
  if (v.length === 0) return 'empty';
  if (LETTERS.test(v)) return 'letters';
  if (/^[-−]/.test(v)) {
    if (!opts.negative) return 'negative';
  }
  const body = v.replace(/^[-−]/, '');
  const parts = /^\d/.test(body) ? body.split(RANGE_SEP) : body.split(/\s*(?:至|到|—{1,2})\s*/u);
  if (parts.length > 2) return 'not-number';
  for (const p of parts) {
    const n = parseNumeral(p);
    if (n === null) return 'not-number';
    if (opts.integer && !Number.isInteger(n)) return 'not-whole';
  }
  return null;
}


const VALIDATORS: Record<SlotType, Validator> = {
  count: (v) => numberProblem(v, { integer: true, negative: false }),
  amount: (v) => numberProblem(v, { integer: false, negative: true }),
  percent: (v) => numberProblem(v.replace(/[%％]$/, ''), { integer: false, negative: true }),
  ordinal: (v) => numberProblem(v, { integer: true, negative: false }),
  year: (v) => {
    const t = toAsciiDigits(v.trim());
    if (/^\d{4}$/.test(t)) {
      const n = Number(t);
      return n >= YEAR_MIN && n <= YEAR_MAX ? null : 'year-range';
    }
    if (/^\d{2}$/.test(t)) return null;
    const n = parseNumeral(t);
    return n !== null && [...t].length >= 2 && !/[十百千]/.test(t) ? null : 'not-year';
  },
  date: (v) => {
    const t = toAsciiDigits(v.trim());
    // A month or a day number (the unit 月/日 follows in the text), or a whole date 3月8日.
    const n = parseNumeral(t);
    if (n !== null) return Number.isInteger(n) && n >= 1 && n <= 31 ? null : 'not-day';
    return /^(?:\d{2,4}年)?\d{1,2}月(?:\d{1,2}[日号])?$/.test(t) ? null : 'not-date';
  },
  time: (v) => {
    // A clock time or a range (9:00, 9:00--12:00, 上午9点, 14时30分), on one line.
    const t = toAsciiDigits(v.trim());
    if (t.length === 0) return 'empty';
    return /[\d〇零一二两三四五六七八九十]/u.test(t) && !/[\r\n]/.test(t) ? null : 'not-time';
  },
  docno: (v) => textProblem(v),
  org: (v) => textProblem(v),
  text: () => null,
  redacted: (v) => textProblem(v),
};

function textProblem(v: string): ValueProblem | null {
  if (v.trim().length === 0) return 'empty';
  return /[\r\n]/.test(v) ? 'line-break' : null;
}

export function validateValue(type: SlotType, value: string): ValueProblem | null {
  return VALIDATORS[type](value);
}
