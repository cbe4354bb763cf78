import type { FillProblem, ValueProblem } from '../core/errors.js';
import { YEAR_MAX, YEAR_MIN, type SlotType } from '../core/template.js';
import type { FILL_PROBLEMS_EN } from './fill-en.js';

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

export const VALUE_PROBLEMS_ZH: Readonly<Record<ValueProblem, string>> = {
  empty: '没有填写',
  letters: '含有字母',
  negative: '不能是负数',
  'not-number': '不是数字',
  'not-whole': '必须是整数',
  'too-many-parts': '范围只能有两个数',
  'year-range': `年份应在 ${YEAR_MIN} 到 ${YEAR_MAX} 之间`,
  'not-year': '不是年份',
  'not-date': '不是月份、日或日期',
  'line-break': '名称里不能换行',
  'not-time': '不是时间',
  'unknown-type': '类型未知',
};

function typeHelp(type: SlotType): string {
  return TYPE_HELP_ZH[type] ?? type;
}

export const FILL_PROBLEMS_ZH: typeof FILL_PROBLEMS_EN = {
  'unknown-slot': (p) => `无法填写这个模板：其中引用了模板里没有定义的空位 ${p.slot}`,
  'unknown-part': (p) => `无法填写这个模板：${p.at} 处的部分既不是文字、空位，也不是可选段落`,
  'unknown-type': (p) => `无法填写这个模板：空位 ${p.slot} 的类型“${p.type}”未知`,
  'unknown-slot-field': (p) => `无法填写这个模板：空位 ${p.slot} 与字段“${p.field}”对不上`,
  'unknown-block-part': (p) => `无法填写这个模板：其中引用了模板里没有定义的可选段落 ${p.block}`,
  'unknown-field': (p) => `模板 ${p.family} 没有字段“${p.field}”（它的字段是 ${p.known.join('、') || '无'}）`,
  'unknown-block': (p) => `模板 ${p.family} 没有可选段落 ${p.block}`,
  'bad-link': (p) => `字段“${p.field}”的 same_as 指向“${p.target}”，但该字段不存在或形成循环`,
  'missing-include': (p) => `可选段落 ${p.block}（${p.label}）：请填写 include: true（保留）或 false（删除）`,
  'missing-value': (p) => `字段“${p.field}”（${p.label}）没有填写，应填${typeHelp(p.type)}`,
  'bad-value': (p) => `字段“${p.field}”（${p.label}）的值“${p.value}”${VALUE_PROBLEMS_ZH[p.reason]}，应填${typeHelp(p.type)}`,
  'surface-mismatch': () => '值已改动，不能再还原为原文的排版（删去 surface 一项即可按模板排版填写）',
};

/** 一条填写问题的中文句子。 */
export function fillProblemZh(p: FillProblem): string {
  const sentence = FILL_PROBLEMS_ZH[p.problem] as (a: FillProblem) => string;
  return sentence(p);
}
