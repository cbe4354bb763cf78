import { describe, expect, it } from 'vitest';
import { bracket } from '../../src/split/heuristics/bracket.js';
import { diPian } from '../../src/split/heuristics/di-pian.js';
import { fanwen } from '../../src/split/heuristics/fanwen.js';
import { parenRepeat } from '../../src/split/heuristics/paren-repeat.js';
import { pianSuffix } from '../../src/split/heuristics/pian-suffix.js';
import { HEURISTICS } from '../../src/split/index.js';
import { readListHeading } from '../../src/split/list-heading.js';
import type { HeaderHeuristic } from '../../src/split/types.js';

// Lines as the heuristics see them: trimmed and folded (Simplified, half-width).
const cases: Array<[HeaderHeuristic, string, { number: number; stem: string; kind: string } | null]> = [
  [pianSuffix, '2023企业工会年度工作计划 篇1', { number: 1, stem: '2023企业工会年度工作计划', kind: '篇' }],
  [pianSuffix, '篇十二', { number: 12, stem: '', kind: '篇' }],
  [pianSuffix, '篇二:推进数字阅读', { number: 2, stem: '', kind: '篇' }],
  [pianSuffix, '避免千篇一律', null],
  [pianSuffix, '工作计划精选5篇', null],
  [pianSuffix, '篇0', null],
  [diPian, '第三篇', { number: 3, stem: '', kind: '篇' }],
  [diPian, '2023年工作计划 第2篇', { number: 2, stem: '2023年工作计划', kind: '篇' }],
  [diPian, '已在去年计划的第二篇中作了说明', null],
  [fanwen, '范文一', { number: 1, stem: '', kind: '范文' }],
  [fanwen, '工会工作计划范文(二)', { number: 2, stem: '工会工作计划', kind: '范文' }],
  [fanwen, '参考范文一的做法', null],
  [fanwen, '精选范文10篇', null],
  [bracket, '【篇1】小学语文教研组工作计划', { number: 1, stem: '', kind: '篇' }],
  [bracket, '【第二篇】', { number: 2, stem: '', kind: '篇' }],
  [bracket, '[范文3]', { number: 3, stem: '', kind: '范文' }],
  [parenRepeat, '2023年工作计划(2)', { number: 2, stem: '2023年工作计划', kind: '篇' }],
  [parenRepeat, '(二)', null],
  [parenRepeat, '(二)推进老旧小区改造', null],
];

describe('header heuristics', () => {
  it.each(cases)('%s reads %s', (h, line, expected) => {
    expect(h.match(line)).toEqual(expected);
  });

  it('are listed in order, each once', () => {
    expect(HEURISTICS.map((h) => h.name)).toEqual(['pian-suffix', 'di-pian', 'fanwen', 'bracket', 'paren-repeat']);
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
