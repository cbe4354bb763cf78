import type { FillProblem, ValueProblem } from '../core/errors.js';
import { YEAR_MAX, YEAR_MIN, type SlotType } from '../core/template.js';

type Sentences = { readonly [P in FillProblem['problem']]: (p: Extract<FillProblem, { problem: P }>) => string };

/** What to write for each field type. */
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

export const VALUE_PROBLEMS_EN: Readonly<Record<ValueProblem, string>> = {
  empty: 'is empty',
  letters: 'has letters',
  negative: 'is negative',
  'not-number': 'is not a number',
  'not-whole': 'is not a whole number',
  'too-many-parts': 'has more than two numbers',
  'year-range': `is outside ${YEAR_MIN}–${YEAR_MAX}`,
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
  'unknown-slot': (p) => `not a template plankit can fill: a part names slot ${p.slot}, which the template does not define`,
  'unknown-part': (p) => `not a template plankit can fill: the part at ${p.at} is neither text, a slot nor an optional block`,
  'unknown-type': (p) => `not a template plankit can fill: slot ${p.slot} has the unknown type "${p.type}"`,
  'unknown-slot-field': (p) => `not a template plankit can fill: slot ${p.slot} and field "${p.field}" do not match`,
  'unknown-block-part': (p) => `not a template plankit can fill: a part names optional block ${p.block}, which the template does not define`,
  'unknown-field': (p) => `template ${p.family} has no field "${p.field}" (its fields are ${p.known.join(', ') || 'none'})`,
  'unknown-block': (p) => `template ${p.family} has no optional block ${p.block}`,
  'bad-link': (p) => `field "${p.field}": same_as names "${p.target}", which does not exist or links in a circle`,
  'missing-include': (p) => `optional block ${p.block} (${p.label}): write include: true (keep) or false (leave out)`,
  'missing-value': (p) => `field "${p.field}" (${p.label}) is not filled in; expected ${typeHelp(p.type)}`,
  'bad-value': (p) => `field "${p.field}" (${p.label}): "${p.value}" ${VALUE_PROBLEMS_EN[p.reason]}; expected ${typeHelp(p.type)}`,
  'surface-mismatch': () => 'the values were changed: a member\'s own layout no longer fits (drop "surface" to fill in the template\'s layout)',
};

/** The English sentence of one fill problem. */
export function fillProblemEn(p: FillProblem): string {
  const sentence = FILL_PROBLEMS_EN[p.problem] as (a: FillProblem) => string;
  return sentence(p);
}
