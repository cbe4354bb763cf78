import { parseNumeral, toAsciiDigits } from '../../core/numerals.js';
import type { ValueProblem } from '../../core/errors.js';
import { SLOT_TYPES, YEAR_MAX, YEAR_MIN, type SlotType, type TemplateField } from '../../core/template.js';

/**
 * What a value must look like for each field type, and the form it is written in: a value is
 * checked and normalised once, here, with no Node API, so a fill-in page can bundle the same rules.
 *
 * - The unit is in the template text after the blank: a unit typed with the value is dropped
 *   (120人 → 120 before 人, 95% → 95 before %; never 95%%).
 * - percent: 95, 95%, ９５％, 百分之九十五 → 95.
 * - year: 2024, 2024年, 二〇二四, 二零二四年 → 2024 (1900–2100); a two-digit year stays.
 * - count / ordinal: a whole number ≥ 0 in digits or Chinese numerals (十二), or a range 3—5.
 * - amount: a number or a range (3.5, 6000—10000, 3.5万 when the unit is 元).
 * - date: a month or day number (6, 六) or a date (3月8日).
 * - time: a clock time or a range (9:00, 9:00—12:00, 下午3点), one line.
 * - docno: a document number (〔2024〕12号), one line.
 * - org / redacted: one line of text; text: anything.
 */
export type FieldValueCheck = { ok: true; value: string } | { ok: false; code: ValueProblem };

type FieldShape = Pick<TemplateField, 'type' | 'unit'>;

const RANGE_SEP = /\s*(?:—{1,2}|-|~|～|至|到)\s*/u;
const LETTERS = /[A-Za-zＡ-Ｚａ-ｚ]/;
const CHINESE_DIGITS: Readonly<Record<string, string>> = { 〇: '0', 零: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };

const ok = (value: string): FieldValueCheck => ({ ok: true, value });
const problem = (code: ValueProblem): FieldValueCheck => ({ ok: false, code });

/** The value without the field's unit (or its Simplified/Traditional twin) typed after it. */
function withoutUnit(value: string, unit: string): string {
  if (unit.length === 0) return value;
  return value.endsWith(unit) ? value.slice(0, value.length - unit.length).trim() : value;
}

/** A number (Arabic, full-width or Chinese) or a range of two. */
function numberCheck(raw: string, opts: { integer: boolean; negative: boolean }): FieldValueCheck {
  const v = toAsciiDigits(raw).replace(/,/g, '');
  if (v.length === 0) return problem('empty');
  if (LETTERS.test(v)) return problem('letters');
  if (/^[-−]/.test(v) && !opts.negative) return problem('negative');
  const body = v.replace(/^[-−]/, '');
  const parts = /^\d/.test(body) ? body.split(RANGE_SEP) : body.split(/\s*(?:至|到|—{1,2})\s*/u);
  if (parts.length > 2) return problem('too-many-parts');
  for (const p of parts) {
    const n = parseNumeral(p);
    if (n === null) return problem('not-number');
    if (opts.integer && !Number.isInteger(n)) return problem('not-whole');
  }
  return ok(raw);
}

function percent(raw: string): FieldValueCheck {
  let v = toAsciiDigits(raw).replace(/[%％]$/u, '').trim();
  const words = /^百分之(.+)$/u.exec(v);
  if (words !== null) {
    const n = parseNumeral(words[1] ?? '');
    if (n === null) return problem('not-number');
    v = String(n);
  }
  const checked = numberCheck(v, { integer: false, negative: true });
  return checked.ok ? ok(v) : checked;
}

function year(raw: string): FieldValueCheck {
  let v = toAsciiDigits(raw).replace(/年(?:度)?$/u, '').trim();
  if ([...v].every((c) => c in CHINESE_DIGITS)) v = [...v].map((c) => CHINESE_DIGITS[c] ?? c).join('');
  if (/^\d{4}$/.test(v)) {
    const n = Number(v);
    return n >= YEAR_MIN && n <= YEAR_MAX ? ok(v) : problem('year-range');
  }
  if (/^\d{2}$/.test(v)) return ok(v);
  return problem(v.length === 0 ? 'empty' : 'not-year');
}

function date(raw: string): FieldValueCheck {
  const v = toAsciiDigits(raw).trim();
  const n = parseNumeral(v);
  if (n !== null) return Number.isInteger(n) && n >= 1 && n <= 31 ? ok(v) : problem('not-date');
  return /^(?:\d{2,4}年)?\d{1,2}月(?:\d{1,2}[日号])?$/u.test(v) ? ok(v) : problem(v.length === 0 ? 'empty' : 'not-date');
}

function time(raw: string): FieldValueCheck {
  const v = toAsciiDigits(raw).trim();
  if (v.length === 0) return problem('empty');
  return /[\d〇零一二两三四五六七八九十]/u.test(v) && !/[\r\n]/.test(v) ? ok(v) : problem('not-time');
}

function oneLine(raw: string): FieldValueCheck {
  if (raw.trim().length === 0) return problem('empty');
  return /[\r\n]/.test(raw) ? problem('line-break') : ok(raw.trim());
}

export function isSlotType(type: string): type is SlotType {
  return (SLOT_TYPES as readonly string[]).includes(type);
}

/** Checks a value typed for `field` and returns it in the form the template writes it, or why not. */
export function validateFieldValue(field: FieldShape, raw: string): FieldValueCheck {
  const typed = raw.trim();
  const value = field.type === 'text' ? raw : withoutUnit(typed, field.unit);
  switch (field.type) {
    case 'count':
    case 'ordinal':
      return numberCheck(value, { integer: true, negative: false });
    case 'amount':
      return numberCheck(value, { integer: false, negative: true });
    case 'percent':
      return percent(value);
    case 'year':
      return year(value);
    case 'date':
      return date(value);
    case 'time':
      return time(value);
    case 'org':
    case 'redacted':
    case 'docno':
      return oneLine(value);
    case 'text':
      return ok(value);
    default:
      return isSlotType(field.type) ? oneLine(value) : problem('unknown-type');
  }
}
