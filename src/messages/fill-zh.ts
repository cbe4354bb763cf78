import type { SlotType } from '../core/template.js';
import type { FillProblem } from '../template/fill/problems.js';
import type { ValueProblemCode } from '../template/fill/validate.js';

type Sentences = { readonly [C in FillProblem['code']]: (p: Extract<FillProblem, { code: C }>) => string };

/** 各类型应填的内容。 */
export const TYPE_HELP_ZH: Readonly<Record<SlotType, string>> = {
  count: '数量（不小于 0 的整数，如 12 或 十二）',
  amount: '金额（数字，如 3.5 或 6000—10000）',
  percent: '百分比（数字，如 95、95% 或 百分之九十五）',
  year: '年份（如 2024 或 二〇二四）',
  date: '月份或日（如 6）或日期（如 3月8日）',
  time: '时间（如 9:00、9:00—12:00 或 下午3点）',
  docno: '发文字号（如 〔2024〕12号）',
  ordinal: '序号（如 3 或 三）',
  org: '名称（一行文字）',
  redacted: '词语（一行文字）',
  text: '文字',
};

export const VALUE_PROBLEMS_ZH: Readonly<Record<ValueProblemCode, string>> = {
  empty: '没有填写',
  letters: '含有字母',
  negative: '不能是负数',
  'not-number': '不是数字',
  'not-whole': '必须是整数',
  'too-many-parts': '范围只能有两个数',
  'year-range': '年份应在 1900 到 2100 之间',
  'not-year': '不是年份',
  'not-date': '不是月份、日或日期',
  'line-break': '名称里不能换行',
  'not-time': '不是时间',
  'unknown-type': '类型未知',
};

function typeHelp(type: SlotType): string {
  return TYPE_HELP_ZH[type] ?? type;
}

export const FILL_PROBLEMS_ZH: Sentences = {
  'unknown-slot': (p) => `模板引用了不存在的空位 ${p.slot}`,
  'unknown-part': (p) => `模板第 ${p.path} 部分的形状未知（应为 {text}、{slot} 或 {optional, parts}）`,
  'unknown-type': (p) => `空位 ${p.slot} 的类型“${p.type}”未知`,
  'unknown-slot-field': (p) => `空位 ${p.slot} 与字段“${p.field}”对不上`,
  'unknown-block-part': (p) => `模板引用了不存在的可选段落 ${p.block}`,
  'unknown-field': (p) => `模板 ${p.template} 没有字段“${p.field}”`,
  'unknown-block': (p) => `模板 ${p.template} 没有可选段落 ${p.block}`,
  'bad-link': (p) => `字段“${p.field}”的 same_as 指向“${p.target}”，但该字段不存在或形成循环`,
  'missing-choice': (p) => `可选段落 ${p.block}（${p.label}）：请填写 true（保留）或 false（删除）`,
  'missing-value': (p) => `字段“${p.field}”（${p.label}）没有填写，应填${typeHelp(p.type)}`,
  'bad-value': (p) => `字段“${p.field}”（${p.label}）的值“${p.value}”${VALUE_PROBLEMS_ZH[p.reason]}，应填${typeHelp(p.type)}`,
  'surface-mismatch': () => '值已改动，不能再还原为原文的排版（删去 surface 一项即可按模板排版填写）',
};
