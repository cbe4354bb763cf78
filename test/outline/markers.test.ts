import { describe, expect, it } from 'vitest';
import { buildOutline } from '../../src/outline/index.js';
import { textDocument } from '../helpers/seed.js';

function lineStart(text: string) {
  const doc = textDocument(text);
  const outline = buildOutline(doc, { start: 0, end: doc.text.length });
  return outline.items.filter((it) => it.kind !== 'inline');
}

/** The first line-start item of a one-line text: marker as written, style, ordinal. */
function first(text: string): [string, string, number] | null {
  const it = lineStart(text)[0];
  return it === undefined ? null : [it.marker, it.style, it.ordinal];
}

describe('Latin letters are markers only in their numbering forms', () => {
  it.each(['A级景区三个', 'AB、CD', 'a、小写', 'B超检查'])('%s is not a marker', (text) => {
    expect(first(text)).toBeNull();
  });
});

describe('line-start markers, one per style and its real-world variants', () => {
  it.each([
    ['第一部分　总体要求', '第一部分', 'part', 1],
    ['第三章 保障措施', '第三章', 'chapter', 3],
    ['第二节：工作安排', '第二节', 'section', 2],
    ['第十二条　本办法由市民政局负责解释。', '第十二条', 'article', 12],
    ['第2条 适用范围', '第2条', 'article', 2],
    ['第一款 一般规定', '第一款', 'clause', 1],
    ['一、指导思想', '一、', 'cn-dun', 1],
    ['十一、其他事项', '十一、', 'cn-dun', 11],
    ['壹、總體目標', '壹、', 'cn-dun', 1],
    ['三．工作要求', '三．', 'cn-dot', 3],
    ['（一）组织建设', '（一）', 'cn-paren', 1],
    ['(二)制度建设', '(二)', 'cn-paren', 2],
    ['（一）、组织建设', '（一）、', 'cn-paren', 1],
    ['（三）.民主管理', '（三）.', 'cn-paren', 3],
    ['(二、)日常工作', '(二、)', 'cn-paren', 2],
    ['㈣ 财务管理', '㈣', 'cn-paren-char', 4],
    ['1、现况', '1、', 'num-dun', 1],
    ['１２、全角数字', '１２、', 'num-dun', 12],
    ['2.制度建设', '2.', 'num-dot', 2],
    ['3．全角句点', '3．', 'num-dot', 3],
    ['⒋ 带点数字', '⒋', 'num-dot', 4],
    ['4) 半括号', '4)', 'num-half-paren', 4],
    ['（1）遴选条件', '（1）', 'num-paren', 1],
    ['(2)工作职责', '(2)', 'num-paren', 2],
    ['（３）全角', '（３）', 'num-paren', 3],
    ['(4、)考核', '(4、)', 'num-paren', 4],
    ['⑸ 括号数字', '⑸', 'num-paren-char', 5],
    ['① 组织公开课', '①', 'circled', 1],
    ['⑳ 第二十项', '⑳', 'circled', 20],
    ['㉑ 第二十一项', '㉑', 'circled', 21],
    ['Ａ、個案職務再設計所需之改善費用', 'Ａ、', 'latin-dun', 1],
    ['C、专案单位', 'C、', 'latin-dun', 3],
    ['Ｂ　申請書', 'Ｂ', 'latin', 2],
    ['Ａ ……', 'Ａ', 'latin', 1],
    ['1.1 建设目标', '1.1', 'decimal', 1],
    ['1.2.3 安全可控', '1.2.3', 'decimal', 3],
    ['2.1、基础网络', '2.1、', 'decimal', 1],
    ['一是加强安全生产管理', '一是', 'cn-shi', 1],
    ['十二是其他', '十二是', 'cn-shi', 12],
    ['第一，压实责任', '第一，', 'cn-di', 1],
    ['第三、做好储备', '第三、', 'cn-di', 3],
    ['   二、 缩进的标题', '二、', 'cn-dun', 2],
  ])('%s → %s %s %d', (text, marker, style, ordinal) => {
    expect(first(text)).toEqual([marker, style, ordinal]);
  });

  it.each([
    ['20xx年，公司工会在总厂工会的领导下'], // a year, no delimiter
    ['2023年是开局之年'],
    ['3.5万元用于购置设备'], // a decimal quantity
    ['2.5%的增长'],
    ['300、这不是第三百项'], // above maxArabicOrdinal
    ['2024.10.1 起施行'], // a date: components above the ordinal limit
    ['3.15日开展消费者权益宣传'], // a date
    ['（一般情况下）每月检查一次'], // a parenthesis, not (一)
    ['统一是前提'], // 一是 inside a word
    ['第一次会议于三月召开'], // 第一 without punctuation is an ordinal word, not an enumerator
    ['第三条规定的情形，按照有关规定处理，并报上级主管部门备案，同时抄送有关单位和部门，接受社会监督。'], // a citation
    ['其次是做好督查工作。'], // 其次 without 首先
    ['最后，感谢大家。'],
    ['一二三四'],
    ['0、零不是序号'],
    ['〇、'],
  ])('%s is not a marker', (text) => {
    expect(lineStart(text)).toEqual([]);
  });

  it('marks (二、) and (4、) malformed and nothing else', () => {
    const doc = textDocument('（一）、甲\n(二、)乙\n（三）.丙\n(1)子\n(2、)丑\n');
    const outline = buildOutline(doc, { start: 0, end: doc.text.length });
    expect(outline.items.filter((it) => it.malformed).map((it) => it.marker)).toEqual(['(二、)', '(2、)']);
    expect(outline.diagnostics.map((d) => d.code)).toEqual(['malformed', 'malformed']);
  });

  it('takes 首先/其次/最后 as a run only when it opens with 首先; 最后 takes the next number', () => {
    const items = lineStart('首先，摸清底数。\n其次，建立台账。\n再次，明确责任。\n最后，逐项销号。\n');
    expect(items.map((it) => `${it.style}${it.ordinal}`)).toEqual(['cn-seq1', 'cn-seq2', 'cn-seq3', 'cn-seq4']);
    expect(lineStart('其次，建立台账。\n最后，逐项销号。\n')).toEqual([]);
  });
});

describe('every Unicode space indents a line and separates a marker from its text', () => {
  // &emsp; (U+2003), &ensp; (U+2002), &nbsp; (U+00A0), thin and narrow no-break spaces.
  it.each(['2003', '2002', '00a0', '2009', '202f', '205f', '3000'])('U+%s', (hex) => {
    const sp = String.fromCharCode(parseInt(hex, 16));
    const text = [`${sp}${sp}第一条${sp}为了规范本单位的车辆管理，制定本办法。`, `${sp}${sp}第二条${sp}本办法适用于下列车辆：`, `${sp}${sp}（一）公务用车；`, `${sp}${sp}（二）${sp}生产用车。`].join('\n');
    const items = lineStart(text);
    expect(items.map((it) => [it.marker, it.style, it.ordinal, it.depth])).toEqual([
      ['第一条', 'article', 1, 1],
      ['第二条', 'article', 2, 1],
      ['（一）', 'cn-paren', 1, 2],
      ['（二）', 'cn-paren', 2, 2],
    ]);
    const last = items[3] as NonNullable<(typeof items)[number]>;
    expect(text.slice(last.titleSpan.start, last.titleSpan.end)).toBe('生产用车');
  });
});

describe('a line that opens with a cited article is body text, not an article', () => {
  it.each([
    '第五条第二款规定的期限，可以延长一次。',
    '第八條第一項規定，於前項情形準用之。',
    '第十二条、第十五条的规定，适用于村民小组。',
    '第三條至第六條之規定，於分會準用之。',
    '第七条规定的人员，由街道办事处登记。',
    '第九條之規定於本會成立前不適用。',
  ])('%s', (line) => {
    expect(first(line)).toBeNull();
  });

  it.each([
    ['第五条　本办法所称社区，是指街道所辖的居民区。', '第五条'],
    ['第六條之一　前條規定之期限，得延長一次。', '第六條之一'],
    ['第七条 规划先行，分步实施。', '第七条'],
    ['第八条【经费保障】街道应当将社区活动经费列入年度预算，并根据社区人口和工作需要逐年予以适当增加，专款专用，任何单位和个人不得截留、挪用。', '第八条'],
  ])('%s opens an article', (line, marker) => {
    expect(first(line)?.[0]).toBe(marker);
  });
});
