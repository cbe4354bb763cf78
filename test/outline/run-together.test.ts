import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../src/core/lines.js';
import { buildOutline, documentRunTogether } from '../../src/outline/index.js';
import { textDocument } from '../helpers/seed.js';

/** [line:column, marker, depth] of the line-start items (inline enumerations left out). */
function items(text: string): string[] {
  const doc = textDocument(text);
  const li = new LineIndex(doc.text);
  return buildOutline(doc, { start: 0, end: doc.text.length })
    .items.filter((it) => it.kind !== 'inline')
    .map((it) => {
      const p = li.position(it.markerSpan.start);
      return `${p.line}:${p.column} ${it.marker} ${it.depth}`;
    });
}

// An own-written plan, laid out, and the same plan with its paragraphs run together.
const PLAN = [
  '街道垃圾分类工作方案',
  '为推进垃圾分类，制定本方案。',
  '一、工作目标',
  '年底前分类覆盖率达到百分之九十。',
  '二、主要任务',
  '（一）完善设施',
  '1.每个小区设置投放点。',
  '2.投放点配备四类容器。',
  '（二）加强宣传',
  '1.入户发放分类指南。',
  '三、保障措施',
  '各社区要明确专人负责，重点做到：一是落实经费；二是加强督查。',
];

describe('run-together text', () => {
  it('laid out: items at line starts only, inline enumerations stay inline', () => {
    expect(documentRunTogether(textDocument(PLAN.join('\n')))).toBe(false);
    expect(items(PLAN.join('\n'))).toEqual([
      '3:0 一、 1', '5:0 二、 1', '6:0 （一） 2', '7:0 1. 3', '8:0 2. 3', '9:0 （二） 2', '10:0 1. 3', '11:0 三、 1',
    ]);
  });

  it('run together: the same items at their columns with the same depths — after a sentence end, or after a heading with no sentence of its own', () => {
    const joined = PLAN.join('');
    expect(documentRunTogether(textDocument(joined))).toBe(true);
    const at = (s: string): number => joined.indexOf(s);
    expect(items(joined)).toEqual([
      `1:${at('一、工作')} 一、 1`,
      `1:${at('二、主要')} 二、 1`,
      `1:${at('（一）完善')} （一） 2`,
      `1:${at('1.每个')} 1. 3`,
      `1:${at('2.投放')} 2. 3`,
      `1:${at('（二）加强')} （二） 2`,
      `1:${at('1.入户')} 1. 3`,
      `1:${at('三、保障')} 三、 1`,
    ]);
    const doc = textDocument(joined);
    const o = buildOutline(doc, { start: 0, end: doc.text.length });
    expect(o.diagnostics.find((d) => d.code === 'run-together')?.args).toMatchObject({ items: 8 });
  });

  it('a blanked viewer page number or a joining blank before a marker is a boundary; a number after the marker is a quantity', () => {
    const text = '为做好工作，制定本计划。 一、目标任务全年完成三项工作。   二、工作措施3、4月份开展摸底。三、工作要求按时完成。';
    expect(items(text).map((s) => s.split(' ')[1])).toEqual(['一、', '二、', '三、']);
  });

  it('table rows (tab-separated cells) are not items, laid out or run together', () => {
    const table = ['考核细则', '一、考核内容', '1.\t组织领导\t10分', '2.\t制度建设\t10分', '二、考核方式', '由考核组打分。'].join('\n');
    expect(items(table).map((s) => s.split(' ')[1])).toEqual(['一、', '二、']);
  });

  it('a table of contents is not part of the outline', () => {
    const toc = ['应急预案', '目  录', '1  总则', '1.1  编制目的', '1.2  适用范围', '2  组织机构', '1  总则', '1.1  编制目的', '为做好应急工作，制定本预案。', '1.2  适用范围', '本预案适用于全县。', '2  组织机构', '成立应急指挥部。'];
    expect(items(toc.join('\n'))).toEqual(['7:0 1 1', '8:0 1.1 2', '10:0 1.2 2', '12:0 2 1']);
  });

  it('壹、 heads a level above 一、; an attachment starts the numbering again', () => {
    const text = ['作业要点', '壹、总则', '一、为规范作业，订定本要点。', '二、适用范围。', '贰、作业程序', '一、申请。', '附件1', '申请表', '一、基本资料', '（一）单位名称'].join('\n');
    expect(items(text)).toEqual(['2:0 壹、 1', '3:0 一、 2', '4:0 二、 2', '5:0 贰、 1', '6:0 一、 2', '9:0 一、 1', '10:0 （一） 2']);
  });

  it('第 1 條 with spaces is an article', () => {
    expect(items(['設置辦法', '第 1 條', '本辦法依法訂定之。', '第 2 條', '本辦法用詞定義如下：'].join('\n'))).toEqual(['2:0 第 1 條 1', '4:0 第 2 條 1']);
  });
});

// An own-written rule laid out one article a line, its enumerations run into the articles.
const RULE_BY_ARTICLE = [
  '社区公共设施管理规则',
  '第一條　為管理社區公共設施，訂定本規則。',
  '第二條　本規則用詞，定義如下：一、公共設施：社區內供住戶共同使用之設施。二、管理單位：依本規則設置之管理委員會。',
  '第三條　管理單位應辦理下列事項：一、設施之維護。二、費用之收支：(一)收取管理費。(二)支付維修費。三、其他經住戶大會決議之事項。',
  '第三條之一　管理單位每年應公告收支情形。',
  '第四條　住戶違反前條規定者，管理單位得予勸導。',
  '第五條　本規則自公布日施行。',
];

describe('a law laid out one article a line', () => {
  it('is laid out: its articles are the items, the 一、(一) run into them enumerate inside the article', () => {
    const text = RULE_BY_ARTICLE.join('\n');
    expect(documentRunTogether(textDocument(text))).toBe(false);
    expect(items(text)).toEqual(['2:0 第一條 1', '3:0 第二條 1', '4:0 第三條 1', '5:0 第三條之一 1', '6:0 第四條 1', '7:0 第五條 1']);
  });

  it('joined, its articles stand inside lines: run together again', () => {
    const joined = [RULE_BY_ARTICLE.slice(0, 4).join(''), RULE_BY_ARTICLE.slice(4).join('')].join('\n');
    expect(documentRunTogether(textDocument(joined))).toBe(true);
    expect(items(joined).filter((s) => s.includes('條')).map((s) => s.split(' ')[1])).toEqual(['第一條', '第二條', '第三條', '第三條之一', '第四條', '第五條']);
  });
});
