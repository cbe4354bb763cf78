import type { ReusePageTexts } from './reuse-page-en.js';

/** 套话复用报告页面（`plankit reuse --format html`）的中文文字。 */
export const REUSE_PAGE_ZH: ReusePageTexts = {
  lang: 'zh',
  title: 'plankit 套话复用报告',
  intro: (minDocuments, minChars) =>
    '“段落”指句子和多句组成的段落，比较前先转成简体、半角，去掉空白和标点，每个数字或占位符都算作一个符号。' +
    `一段文字在至少 ${minDocuments} 篇文档中出现，才算复用；短于 ${minChars} 个字的不计。` +
    '一篇文档的套话比例，是它在其他文档中也出现的句子所占字数的比例。',
  cards: {
    documents: '文档数',
    boilerplate: '全库套话比例',
    median: '文档套话比例中位数',
    sentences: '重复出现的句子',
    paragraphs: '重复出现的段落',
    families: (min) => `家族（≥ ${min} 篇）`,
    largest: '最大家族',
  },
  ratioHeading: '各文档的套话比例',
  ratioChart: { caption: '按套话比例统计的文档数', x: '在其他文档中也出现的文字比例', y: '文档数' },
  sizesHeading: '家族大小',
  sizesChart: { caption: '按大小统计的家族数', x: '家族中的篇数', y: '家族数' },
  passagesHeading: '重复出现的段落',
  passageColumns: ['类别', '文档数', '出现次数', '字数', '文字（首次出现）', '首次出现位置'],
  passageKind: { sentence: '句子', paragraph: '段落' },
  documentsHeading: '各文档，套话最多的在前',
  documentColumns: ['文档', '字数', '复用字数', '套话比例'],
  familiesHeading: '家族及其特有词语',
  familiesNote: '词语按家族成员相对于其他所列家族的 TF-IDF 排序。',
  familyColumns: ['家族', '篇数', '文档数', '代表篇', '特有词语'],
  shown: (rows, total) => `只列出 ${total} 行中的前 ${rows} 行；CSV 和 JSON 输出包含全部。`,
};
