import type { ReportTexts } from './reports-en.js';

/** CLI 文字报告和 stderr 上的单行提示（中文）。键与 REPORTS_EN 相同，缺一个类型检查就不通过。 */
export const REPORTS_ZH: ReportTexts = {
  severity: { error: '错误', warning: '警告', info: '提示' },
  script: { simplified: '简体', traditional: '繁体', mixed: '简繁混合', none: '无汉字' },
  diagnosticLine: (severity, code, line, message) => `${severity} ${code}（第 ${line} 行）：${message}`,
  warning: (text) => `警告：${text}`,
  internalError: (detail) => `内部错误：${detail}（这是 plankit 的缺陷；设置 PLANKIT_DEBUG=1 可看详情）`,
  usageHint: (command) => `（用 ${command} --help 查看用法）`,

  splitHeader: (f) =>
    `${f.path}  ${f.encoding}  ${f.script}  标题：${f.title === null ? '无' : `${f.title}（第 ${f.titleLine ?? '?'} 行）`}  篇数：${f.variants}`,
  splitColumns: ['编号', '标签', '行', '字数'],

  slotsHeader: (id, n) => `${id}  空位：${n} 个`,
  slotKind: { placeholder: '占位符', hollow: '缺数', literal: '具体数', variable: '各篇不同' },
  slotType: {
    count: '数量',
    amount: '金额',
    percent: '百分比',
    year: '年份',
    date: '日期',
    time: '时间',
    docno: '文号',
    ordinal: '序数',
    org: '名称',
    redacted: '隐去的词',
    text: '文字',
  },

  outlineHeader: (id, items, inline, diagnostics) => `${id}  行首编号：${items}  段内编号：${inline}  诊断：${diagnostics}`,
  gbtVerdict: (standard, deviations) => `${standard}：${deviations === 0 ? '符合' : `${deviations} 处不符`}`,
  gbtDeviation: (line, level, found, suggested) => `第 ${line} 行：第 ${level} 层“${found}”→“${suggested}”`,
  gbtNoteLine: (text) => `说明：${text}`,
  gbtNote: (n) => {
    switch (n.kind) {
      case 'deeper':
        return `${n.count} 项比 GB/T 9704 规定的四层更深，保留原有形式`;
      case 'structural':
        return `${n.count} 个“第X部分/章/节”标题位于 GB/T 9704 层次之上，只重新编号`;
      case 'legal':
        return `${n.count} 项是或位于“第X条/款”之下，遵循法规起草惯例，不按 GB/T 9704 层次`;
      case 'prose':
        return `${n.count} 个行首的行文序数（一是、第一、首先）只重新编号，不改写`;
    }
  },

  dedupSummary: (units, families, alone, pairs) => `${units} 个单元：${families} 个副本家族，${alone} 个单独成篇，${pairs} 对相关`,
  dedupCommonDir: (dir) => `（以下路径都在 ${dir} 下）`,
  dedupFamily: (id, members, canonical) => `${id}  ${members} 个成员，代表篇（最完整，每个成员都与它相关）：${canonical}`,
  dedupJoinedVia: (link, via) => `与 ${via} ${link}`,
  dedupJoinedAsCut: (via) => `与 ${via} 同文不同段`,
  dedupMemberColumns: ['成员', '加入途径', '与代表篇的关系', '相似度', '在代表篇中的比例', '代表篇在其中的比例', '缺少', '多出', '缺少代表篇的段落', '独有的段落'],
  dedupFamilyNote:
    '（成员须经由近似重复、被包含关系，或作为同一文本的另一截取（双方各有至少一半的整段内容见于对方），连到已在家族中的一篇，并且本身与代表篇相关（不会串链）；各项比例中，大量篇目共用的套话句子权重较低。段落指一篇中的非空行，从 1 起编号；* 标出代表篇）',
  dedupPairsHeading: '相关的篇目对（a 在 b 中：a 的内容在 b 中出现的比例）',
  dedupPairColumns: ['a', 'b', '关系', '相似度', 'a 在 b 中', 'b 在 a 中'],
  relation: { identical: '完全相同', 'near-duplicate': '近似重复', contained: '被包含', overlap: '部分重叠' },
  dedupAlone: '单独成篇',
  givenTwice: '重复给出，只比较一次',

  diffSide: (sign, id, from, to, paragraphs) => `${sign} ${id}（第 ${from}–${to} 行，${paragraphs} 段）`,
  diffSummary: (s, a = 'a', b = 'b') => `${s.equal} 段相同，${s.changed} 段有改动，${s.deleted} 段只在 ${a} 中，${s.inserted} 段只在 ${b} 中`,
  diffEqualRun: (n, a, b) => `= ${n} 段相同（a ${a}，b ${b}）`,
  diffAlike: (percent) => `（${percent}% 相似）`,
  diffColumn: (id, from, to) => `${id}（第 ${from}–${to} 行）`,

  templateHeader: (family, members, fields, slots, optionals) => `== ${family}  成员：${members.join('、')}  字段：${fields}  空位：${slots}  可选段落：${optionals}`,
  templateField: (key, label, type, unit, slots) => `【${key}】 ${label}  ${type}${unit ? `（${unit}）` : ''}  ${slots.join(' ')}`,
  templateOptional: (id, members, label) => `${id}  可选，出现在 ${members.join('、')}：${label}`,

  runPages: '页面：篇目与分词',
  runBlanks: '空位：每篇按种类、类型计数，及置信度最低的空位',
  blanksCount: (n) => `${n} 个空位`,
  blanksByKind: '按种类',
  blanksByType: '按类型',
  blanksLeastSure: '置信度最低',
  blanksNone: '（无空位）',
  blanksName: (name, code) => `${name}(${code})`,
  runOutlines: '提纲',
  runFamilies: '副本家族',
  runTemplate: (family, members) => `最大家族的模板（${family}：${members.join('、')}）`,
  runAnalysing: (path) => `正在分析 ${path}`,
  runPage: (p) =>
    `${p.path}  （${p.encoding}，${p.script}${p.html ? '，html' : ''}）  ${p.title === null ? '（无标题）' : `《${p.title}》`}  ${p.variants} 篇`,
  runWholeFile: '（整个文件）',
  runVariant: (v) => `第 ${v.from}–${v.to} 行，${v.chars} 字，${v.sentences} 句，${v.words} 词，${v.slots} 个空位`,
  runFields: (n) => `填写的字段（${n} 项）`,
  runField: (key, label, example, places) => `【${key}】 ${label}${example ? `  例：${example}` : ''}  （${places} 处）`,
  runTemplateCounts: (fields, slots, optionals) => `${fields} 个字段（${slots} 个空位），${optionals} 个可选段落。`,
  runWritten: (out, template, values, valuesJson) =>
    `已写入 ${out}/：template.json（模板）、template.txt（可打印，带空位）、${values} 和 ${valuesJson}（填好 ${values} 后运行：plankit fill ${template} ${values} -o 计划.txt）。`,
  runKeptFilledIn: (path, fresh) => `${path} 已有填写的内容，未覆盖；新的填写单写在 ${fresh}`,

  batchFiles: (c) => `${c.seen} 个文件：分析 ${c.analysed} 个，已完成 ${c.skipped} 个，失败 ${c.failed} 个，用时 ${c.duration}`,
  batchRate: (docsPerSecond, mbPerSecond) => `，每秒 ${docsPerSecond} 篇，${mbPerSecond} MB/s`,
  batchFamilies: (families, multi, units) => `副本家族：${families} 个（其中 ${multi} 个有两篇以上），共 ${units} 篇`,
  batchTemplates: (built, failed, skipped) =>
    `模板：已建 ${built} 个${failed > 0 ? `，失败 ${failed} 个` : ''}${skipped > 0 ? `，${skipped} 个家族超出 --max-templates` : ''}`,
  batchResults: (db) => `结果在 ${db}`,
  familiesElsewhere: (job) => `副本家族：由任务 ${job} 的另一个进程建立`,
  templateFailed: (family, message, kind) => `家族 ${family} 的模板未建成：${message}（${kind}）`,
  progress: {
    files: (n) => `${n} 个文件`,
    docsPerSecond: (x) => `每秒 ${x} 篇`,
    eta: (d) => `剩余约 ${d}`,
    skipped: (n) => `跳过 ${n}`,
    failed: (n) => `失败 ${n}`,
  },
};
