import type { SlotType } from '../core/template.js';
import type { ValueReason } from '../export/model.js';
import type { ExportProblem } from '../export/problems.js';
import type { ExportTexts } from './export-texts.js';

type Sentences = { readonly [C in ExportProblem['code']]: (p: Extract<ExportProblem, { code: C }>) => string };

const TYPE_HELP: Readonly<Record<SlotType, string>> = {
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

const REASONS: Readonly<Record<ValueReason, string>> = {
  missing: 'is not filled in',
  empty: 'is empty',
  letters: 'has letters in it',
  negative: 'cannot be negative',
  'not-number': 'is not a number',
  'not-whole': 'must be a whole number',
  'year-range': 'must be a year from 1900 to 2100',
  'not-year': 'is not a year',
  'not-date': 'is not a month, day or date',
  'not-time': 'is not a time',
  'line-break': 'cannot break the line',
};

const PROBLEMS: Sentences = {
  'not-docx': () => 'not a Word (.docx) file',
  'not-template': (p) => `not a Word template of template ${p.family} (none of its fields are in it); use a file written by plankit template --format docx`,
  'other-template': (p) => `this is the Word file of template ${p.found}, not of ${p.expected}`,
  'conflicting-values': (p) => `field "${p.label}" (${p.key}) is filled in differently in different places: ${p.values.map((v) => `"${v}"`).join(', ')}`,
  'missing-value': (p) => `field "${p.label}" (${p.key}) is not filled in; expected ${TYPE_HELP[p.type]}`,
  'bad-value': (p) => `field "${p.label}" (${p.key}): the value "${p.value}" ${REASONS[p.reason]}; expected ${TYPE_HELP[p.type]}`,
};

export const EXPORT_EN: ExportTexts = {
  typeHelp: TYPE_HELP,
  reasons: REASONS,
  problems: PROBLEMS,
  optionalNote: '【可选：不要这一段就取消勾选】',
  runFiles: (dir) => [
    `Word template: ${dir}/模板.docx — open it in Word or WPS, type into the underlined fields, untick the optional passages you do not want;`,
    `  then plankit values-from filled.docx --template ${dir}/template.json -o values.yaml reads the values back.`,
    `Fill-in page: ${dir}/填写.html — open it in a browser (works offline); it checks as you type and downloads .txt, .docx and YAML.`,
  ],
  form: {
    lang: 'en',
    title: 'Fill in the plan',
    intro: 'Type into the boxes in the text or in the field list on the right; a field changes everywhere at once. A value of the wrong kind turns red and says why.',
    fields: 'Fields',
    optional: 'Optional passages',
    keep: 'keep this passage',
    required: 'required',
    example: 'example',
    colon: ': ',
    semicolon: '; ',
    unit: 'unit',
    type: 'type',
    downloadText: 'Download the plan (.txt)',
    downloadDocx: 'Download Word (.docx)',
    downloadYaml: 'Download the values (YAML)',
    problems: (n) => (n === 0 ? 'Everything is filled in correctly; ready to download.' : `${n} field(s) still need a change.`),
    cannotDownload: 'Correct the fields marked in red first.',
    toggle: '中文',
    noscript: 'This page needs JavaScript.',
  },
};

/** One export problem as a sentence (errors-en.ts renders the docx-values error with it). */
export function exportProblemEn(p: ExportProblem): string {
  return (PROBLEMS[p.code] as (p: ExportProblem) => string)(p);
}
