import { parseNumeral, toAsciiDigits } from '../../core/numerals.js';
import type { SlotType } from '../../core/template.js';

/**
 * What a value must look like for each slot type. A validator returns null when the value is fine,
 * else the reason in a few words ("negative count", "letters in an amount"); the caller names the
 * slot, its label and the expected type around it.
 */
export type Validator = (value: string) => string | null;

const RANGE_SEP = /\s*(?:—{1,2}|-|~|～|至|到)\s*/u;
const LETTERS = /[A-Za-zＡ-Ｚａ-ｚ]/;

function article(what: string): string {
  return /^[aeiou]/.test(what) ? `an ${what}` : `a ${what}`;
}

/** A number (Arabic, full-width or Chinese) or a range of two; `negative` says whether -5 is allowed. */
function numberProblem(value: string, what: string, opts: { integer: boolean; negative: boolean }): string | null {
  const v = toAsciiDigits(value.trim()).replace(/,/g, '');
  if (v.length === 0) return `empty ${what}`;
  if (LETTERS.test(v)) return `letters in ${article(what)}`;
  if (/^[-−]/.test(v)) {
    if (!opts.negative) return `negative ${what}`;
  }
  const body = v.replace(/^[-−]/, '');
  const parts = /^\d/.test(body) ? body.split(RANGE_SEP) : body.split(/\s*(?:至|到|—{1,2})\s*/u);
  if (parts.length > 2) return `not ${article(what)}`;
  for (const p of parts) {
    const n = parseNumeral(p);
    if (n === null) return `not ${article(what)}`;
    if (opts.integer && !Number.isInteger(n)) return `${what} must be a whole number`;
  }
  return null;
}

const YEAR_MIN = 1900;
const YEAR_MAX = 2100;

const VALIDATORS: Record<SlotType, Validator> = {
  count: (v) => numberProblem(v, 'count', { integer: true, negative: false }),
  amount: (v) => numberProblem(v, 'amount', { integer: false, negative: true }),
  percent: (v) => numberProblem(v.replace(/[%％]$/, ''), 'percent', { integer: false, negative: true }),
  ordinal: (v) => numberProblem(v, 'ordinal', { integer: true, negative: false }),
  year: (v) => {
    const t = toAsciiDigits(v.trim());
    if (/^\d{4}$/.test(t)) {
      const n = Number(t);
      return n >= YEAR_MIN && n <= YEAR_MAX ? null : `year out of range ${YEAR_MIN}–${YEAR_MAX}`;
    }
    if (/^\d{2}$/.test(t)) return null;
    const n = parseNumeral(t);
    return n !== null && [...t].length >= 2 && !/[十百千]/.test(t) ? null : 'not a year';
  },
  date: (v) => {
    const t = toAsciiDigits(v.trim());
    // A month or a day number (the unit 月/日 follows in the text), or a whole date 3月8日.
    const n = parseNumeral(t);
    if (n !== null) return Number.isInteger(n) && n >= 1 && n <= 31 ? null : 'not a month or day';
    return /^(?:\d{2,4}年)?\d{1,2}月(?:\d{1,2}[日号])?$/.test(t) ? null : 'not a date';
  },
  time: (v) => {
    // A clock time or a range (9:00, 9:00--12:00, 上午9点, 14时30分), on one line.
    const t = toAsciiDigits(v.trim());
    if (t.length === 0) return 'empty time';
    return /[\d〇零一二两三四五六七八九十]/u.test(t) && !/[\r\n]/.test(t) ? null : 'not a time';
  },
  docno: (v) => textProblem(v),
  org: (v) => textProblem(v),
  text: () => null,
  redacted: (v) => textProblem(v),
};

function textProblem(v: string): string | null {
  if (v.trim().length === 0) return 'empty text';
  return /[\r\n]/.test(v) ? 'line break in a name' : null;
}

export function validateValue(type: SlotType, value: string): string | null {
  return VALIDATORS[type](value);
}

/** How the expected type reads in an error message. */
export const TYPE_DESCRIPTIONS: Record<SlotType, string> = {
  count: 'a count (a whole number ≥ 0, e.g. 12 or 十二)',
  amount: 'an amount (a number, e.g. 3.5 or 6000—10000)',
  percent: 'a percent (a number, e.g. 95)',
  year: 'a year (e.g. 2024)',
  date: 'a month or day number (e.g. 6) or a date (e.g. 3月8日)',
  time: 'a time (e.g. 9:00, 9:00—12:00 or 下午3点)',
  docno: 'a document number (e.g. 〔2024〕12号)',
  ordinal: 'an ordinal number (e.g. 3 or 三)',
  org: 'a name (one line of text)',
  redacted: 'a word (one line of text)',
  text: 'text',
};
