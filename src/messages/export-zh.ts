import type { SlotType } from '../core/template.js';
import type { ValueReason } from '../export/model.js';
import type { ExportProblem } from '../export/problems.js';
import type { ExportTexts } from './export-texts.js';

type Sentences = { readonly [C in ExportProblem['code']]: (p: Extract<ExportProblem, { code: C }>) => string };

/** 各类型应填的内容。 */
const TYPE_HELP: Readonly<Record<SlotType, string>> = {
  count: '数量（不小于 0 的整数，如 12 或 十二）',
  amount: '金额（数字，如 3.5 或 6000—10000）',
  percent: '百分比（数字，如 95）',
  year: '年份（如 2024）',
  date: '月份或日（如 6）或日期（如 3月8日）',
  time: '时间（如 9:00、9:00—12:00 或 下午3点）',
  docno: '文号（如 〔2024〕12号）',
  ordinal: '序号（如 3 或 三）',
  org: '名称（一行文字）',
  redacted: '词语（一行文字）',
  text: '文字',
};

const REASONS: Readonly<Record<ValueReason, string>> = {
  missing: '还没有填写',
  empty: '是空的',
  letters: '含有字母',
  negative: '不能是负数',
  'not-number': '不是数字',
  'not-whole': '必须是整数',
  'year-range': '年份应在 1900 到 2100 之间',
  'not-year': '不是年份',
  'not-date': '不是月份、日或日期',
  'not-time': '不是时间',
  'line-break': '不能换行',
};

const PROBLEMS: Sentences = {
  'not-docx': () => '不是 Word 文件（.docx）',
  'not-template': (p) => `不是由模板 ${p.family} 生成的 Word 模板（没有找到它的填写框）；请用 plankit template --format docx 生成的文件`,
  'other-template': (p) => `这是模板 ${p.found} 的 Word 文件，不是模板 ${p.expected} 的`,
  'conflicting-values': (p) => `字段“${p.label}”（${p.key}）在几处填得不一样：${p.values.map((v) => `“${v}”`).join('、')}`,
  'missing-value': (p) => `字段“${p.label}”（${p.key}）还没有填写，应填${TYPE_HELP[p.type]}`,
  'bad-value': (p) => `字段“${p.label}”（${p.key}）的值“${p.value}”${REASONS[p.reason]}，应填${TYPE_HELP[p.type]}`,
};

export const EXPORT_ZH: ExportTexts = {
  typeHelp: TYPE_HELP,
  reasons: REASONS,
  problems: PROBLEMS,
  optionalNote: '【可选：不要这一段就取消勾选】',
  runFiles: (dir) => [
    `Word 模板：${dir}/模板.docx —— 用 Word 或 WPS 打开，在带下划线的填写框里填写，不要的可选段落取消勾选；`,
    `  填好后运行 plankit values-from 已填.docx --template ${dir}/template.json -o 填写.yaml 读回填写值。`,
    `填写网页：${dir}/填写.html —— 双击用浏览器打开（不需要联网），边填边检查，可下载 .txt、.docx 和 YAML。`,
  ],
  form: {
    lang: 'zh-CN',
    title: '填写计划',
    intro: '在正文里的输入框中填写，或在右侧的字段列表里填写；同一字段在各处同时更新。格式不对的会标红并说明原因。',
    fields: '字段列表',
    optional: '可选段落',
    keep: '保留这一段',
    required: '必填',
    example: '示例',
    colon: '：',
    semicolon: '；',
    unit: '单位',
    type: '类型',
    downloadText: '下载计划（.txt）',
    downloadDocx: '下载 Word（.docx）',
    downloadYaml: '下载填写值（YAML）',
    problems: (n) => (n === 0 ? '全部填写正确，可以下载。' : `还有 ${n} 个字段需要修改。`),
    cannotDownload: '请先改正标红的字段。',
    toggle: 'English',
    noscript: '这个网页需要启用 JavaScript。',
  },
};

/** One export problem as a sentence (errors-zh.ts renders the docx-values error with it). */
export function exportProblemZh(p: ExportProblem): string {
  return (PROBLEMS[p.code] as (p: ExportProblem) => string)(p);
}
