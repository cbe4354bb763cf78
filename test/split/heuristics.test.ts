import { describe, expect, it } from 'vitest';
import { bracket, bracketFanwen } from '../../src/split/heuristics/bracket.js';
import { diPian } from '../../src/split/heuristics/di-pian.js';
import { fanwen } from '../../src/split/heuristics/fanwen.js';
import { noNumber } from '../../src/split/heuristics/no-number.js';
import { nounSuffix, nounZhi } from '../../src/split/heuristics/noun-ordinal.js';
import { numberedTitle } from '../../src/split/heuristics/numbered-title.js';
import { parenRepeat } from '../../src/split/heuristics/paren-repeat.js';
import { pianSuffix } from '../../src/split/heuristics/pian-suffix.js';
import { prefixOrdinal } from '../../src/split/heuristics/prefix-ordinal.js';
import { knownStemHeuristic, stemOrdinal } from '../../src/split/heuristics/stem-ordinal.js';
import { HEURISTICS } from '../../src/split/index.js';
import { readListHeading } from '../../src/split/list-heading.js';
import type { HeaderHeuristic, HeaderMatch } from '../../src/split/types.js';

type Expect = Pick<HeaderMatch, 'number' | 'stem' | 'kind' | 'strong'> & Partial<HeaderMatch>;

// Text as the heuristics see it: a trimmed line (or a sentence start) of the folded text.
const cases: Array<[HeaderHeuristic, string, Expect | null]> = [
  [pianSuffix, '2023企业工会年度工作计划 篇1', { number: 1, stem: '2023企业工会年度工作计划', kind: '篇', strong: true, end: 17, bodyStart: null }],
  [pianSuffix, '篇十二', { number: 12, stem: '', kind: '篇', strong: true }],
  [pianSuffix, '篇二:推进数字阅读', { number: 2, stem: '', kind: '篇', strong: true, subtitle: '推进数字阅读', end: 9, bodyStart: null }],
  [pianSuffix, '篇一:《社区消防工作计划》', { number: 1, stem: '', kind: '篇', strong: true, subtitle: '社区消防工作计划' }],
  [pianSuffix, '安全工作方案篇一 为了加强安全管理,特制定本方案。', { number: 1, stem: '安全工作方案', kind: '篇', strong: true, end: 8, bodyStart: 9 }],
  [pianSuffix, '安全工作方案 篇 2', { number: 2, stem: '安全工作方案', kind: '篇', strong: true }],
  // A phrase: 篇一 followed by 律 with no separator is not a header by form (the page's evidence decides).
  [pianSuffix, '避免千篇一律', { number: 1, stem: '避免千', kind: '篇', strong: false, bodyStart: 5 }],
  [pianSuffix, '工作计划精选5篇', null],
  [pianSuffix, '篇0', null],
  [pianSuffix, '今天,篇1', null],
  [diPian, '第三篇', { number: 3, stem: '', kind: '篇', strong: true }],
  [diPian, '2023年工作计划 第2篇', { number: 2, stem: '2023年工作计划', kind: '篇', strong: true }],
  [diPian, '第一篇:社区工作计划', { number: 1, stem: '', kind: '篇', strong: true, subtitle: '社区工作计划' }],
  [diPian, '已在去年计划的第二篇中作了说明', { number: 2, stem: '已在去年计划的', kind: '篇', strong: false }],
  [fanwen, '范文一', { number: 1, stem: '', kind: '范文', strong: true }],
  [fanwen, '工会工作计划范文(二)', { number: 2, stem: '工会工作计划', kind: '范文', strong: true }],
  [fanwen, '工会工作计划范文一:', { number: 1, stem: '工会工作计划', kind: '范文', strong: true, end: 10, bodyStart: null }],
  [fanwen, '参考范文一的做法', { number: 1, stem: '参考', kind: '范文', strong: false }],
  [fanwen, '精选范文10篇', null],
  [bracket, '【篇1】小学语文教研组工作计划', { number: 1, stem: '', kind: '篇', strong: true, subtitle: '小学语文教研组工作计划', bodyStart: null }],
  [bracket, '【第二篇】', { number: 2, stem: '', kind: '篇', strong: true }],
  [bracket, '社区工作计划【第三篇】', { number: 3, stem: '社区工作计划', kind: '篇', strong: true }],
  [bracketFanwen, '[范文3]', { number: 3, stem: '', kind: '范文', strong: true }],
  [parenRepeat, '2023年工作计划(2)', { number: 2, stem: '2023年工作计划', kind: '篇', strong: false }],
  [parenRepeat, '(二)', null],
  [parenRepeat, '(二)推进老旧小区改造', null],
  [stemOrdinal, '学校安全工作计划1', { number: 1, stem: '学校安全工作计划', kind: '篇', strong: false }],
  [stemOrdinal, '消防演练方案 二', { number: 2, stem: '消防演练方案', kind: '篇', strong: false }],
  [stemOrdinal, '附件1', null],
  [stemOrdinal, '全年共完成12', null],
  [prefixOrdinal, '方案一:社区消防演练方案', { number: 1, stem: '', kind: '篇', strong: true, subtitle: '社区消防演练方案' }],
  [prefixOrdinal, '方案二:采用集中采购,由各单位统一申报。', null],
  // Header nouns of data/split/header-nouns.tsv, as the folded text writes them (範例 → 范例).
  [bracket, '【范例3】', { number: 3, stem: '', kind: '篇', strong: true }],
  [bracket, '【样本之二】社区团购活动方案', { number: 2, stem: '', kind: '篇', strong: true, subtitle: '社区团购活动方案' }],
  [bracket, '【第4则】', { number: 4, stem: '', kind: '篇', strong: true }],
  [bracket, '【附件3】', null],
  [diPian, '第三则:校园欺凌防治预案', { number: 3, stem: '', kind: '篇', strong: true, subtitle: '校园欺凌防治预案' }],
  [diPian, '第二例', { number: 2, stem: '', kind: '篇', strong: true }],
  [diPian, '第三条', null],
  [nounZhi, '志愿服务计划书范本之三', { number: 3, stem: '志愿服务计划书', kind: '篇', strong: true }],
  [nounZhi, '例之二', { number: 2, stem: '', kind: '篇', strong: true }],
  [nounZhi, '原因之一', null],
  [nounSuffix, '秋季运动会方案(模板2)', { number: 2, stem: '秋季运动会方案', kind: '篇', strong: true }],
  [nounSuffix, '秋季运动会方案样例三', { number: 3, stem: '秋季运动会方案', kind: '篇', strong: true }],
  [nounSuffix, '秋季运动会方案(范本4篇)', null],
  // 例 and 则 alone after a stem are a worked example or a clause, not a variant.
  [nounSuffix, '如例1', null],
  [noNumber, '春季植树活动方案 NO.3', { number: 3, stem: '春季植树活动方案', kind: '篇', strong: false }],
  [noNumber, '植树活动方案No 2', { number: 2, stem: '植树活动方案', kind: '篇', strong: false }],
  [noNumber, 'PHONE NO.3', null],
  [noNumber, '采购清单,型号NO.3', null],
  [numberedTitle, '2.初中防溺水工作方案', { number: 2, stem: '', kind: '篇', strong: false, subtitle: '初中防溺水工作方案' }],
  [numberedTitle, '2.落实一岗双责,签订责任书', null],
  [numberedTitle, '2.开展安全检查', null],
];

describe('header heuristics', () => {
  it.each(cases)('%s reads %s', (h, line, expected) => {
    const m = h.match(line);
    if (expected === null) expect(m).toBeNull();
    else expect(m).toMatchObject(expected);
  });

  it('are listed in order, each once', () => {
    expect(HEURISTICS.map((h) => h.name)).toEqual([
      'bracket',
      'bracket-fanwen',
      'prefix-ordinal',
      'di-pian',
      'noun-zhi',
      'fanwen',
      'noun-suffix',
      'pian-suffix',
      'no-number',
      'paren-repeat',
      'stem-ordinal',
      'numbered-title',
    ]);
  });
});

describe('known-stem headers', () => {
  const h = knownStemHeuristic('社区安全工作计划');
  it.each([
    ['社区安全工作计划1', { number: 1, bodyStart: null }],
    ['社区安全工作计划 2', { number: 2, bodyStart: null }],
    ['社区安全工作计划(三)', { number: 3, bodyStart: null }],
    ['社区安全工作计划1第一、加强组织领导。', { number: 1, end: 9, bodyStart: 9 }],
    ['社区安全工作计划一:', { number: 1, bodyStart: null }],
    ['社 区 安全工作计划3', { number: 3 }],
  ])('%s', (line, expected) => {
    expect(h.match(line)).toMatchObject({ ...expected, stem: expect.stringMatching(/社区安全工作计划/), strong: false });
  });
  it.each(['社区安全工作计划2023年', '社区安全工作计划一经批准即实施', '社区安全工作计划12%'])('not %s', (line) => {
    expect(h.match(line)).toBeNull();
  });
});

describe('list headings', () => {
  it.each([
    ['工作计划精选5篇', { count: 5, stem: '工作计划' }],
    ['2023年工会工作计划(通用8篇)', { count: 8, stem: '2023年工会工作计划' }],
    ['年度计划范文大全10篇', { count: 10, stem: '年度计划' }],
    ['第三篇', null],
    ['2023企业工会年度工作计划 篇1', null],
  ])('%s', (line, expected) => {
    expect(readListHeading(line)).toEqual(expected);
  });
});
