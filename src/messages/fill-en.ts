import type { SlotType } from '../core/template.js';
import type { FillProblem } from '../template/fill/problems.js';
import type { ValueProblemCode } from '../template/fill/validate.js';

type Sentences = { readonly [C in FillProblem['code']]: (p: Extract<FillProblem, { code: C }>) => string };

export const TYPE_HELP_EN: Readonly<Record<SlotType, string>> = {
  count: 'a count (a whole number ≥ 0, e.g. 12 or 十二)',
  amount: 'an amount (a number, e.g. 3.5 or 6000—10000)',
  percent: 'a percent (a number, e.g. 95, 95% or 百分之九十五)',
  year: 'a year (e.g. 2024 or 二〇二四)',
  date: 'a month or day number (e.g. 6) or a date (e.g. 3月8日)',
  time: 'a time (e.g. 9:00, 9:00—12:00 or 下午3点)',
  docno: 'a document number (e.g. 〔2024〕12号)',
  ordinal: 'an ordinal number (e.g. 3 or 三)',
  org: 'a name (one line of text)',
  redacted: 'a word (one line of text)',
  text: 'text',
};

export const VALUE_PROBLEMS_EN: Readonly<Record<ValueProblemCode, string>> = {
  empty: 'is empty',
  letters: 'has letters',
  negative: 'is negative',
  'not-number': 'is not a number',
  'not-whole': 'is not a whole number',
  'too-many-parts': 'has more than two numbers',
  'year-range': 'is outside 1900–2100',
  'not-year': 'is not a year',
  'not-date': 'is not a month, day or date',
  'line-break': 'has a line break',
  'not-time': 'is not a time',
  'unknown-type': 'has an unknown type',
};

function typeHelp(type: SlotType): string {
  return TYPE_HELP_EN[type] ?? type;
}

export const FILL_PROBLEMS_EN: Sentences = {
  'unknown-slot': (p) => `the template refers to slot ${p.slot}, which it does not define`,
  'unknown-part': (p) => `part ${p.path} of the template has an unknown shape (expected {text}, {slot} or {optional, parts})`,
  'unknown-type': (p) => `slot ${p.slot} has the unknown type "${p.type}"`,
  'unknown-slot-field': (p) => `slot ${p.slot} and field "${p.field}" do not match`,
  'unknown-block-part': (p) => `the template refers to optional block ${p.block}, which it does not define`,
  'unknown-field': (p) => `template ${p.template} has no field "${p.field}"`,
  'unknown-block': (p) => `template ${p.template} has no optional block ${p.block}`,
  'bad-link': (p) => `field "${p.field}": same_as names "${p.target}", which does not exist or links in a circle`,
  'missing-choice': (p) => `optional block ${p.block} (${p.label}): write true (keep) or false (leave out)`,
  'missing-value': (p) => `field "${p.field}" (${p.label}) is not filled in; expected ${typeHelp(p.type)}`,
  'bad-value': (p) => `field "${p.field}" (${p.label}): "${p.value}" ${VALUE_PROBLEMS_EN[p.reason]}; expected ${typeHelp(p.type)}`,
  'surface-mismatch': () => 'the values were changed: a member\'s own layout no longer fits (drop "surface" to fill in the template\'s layout)',
};
