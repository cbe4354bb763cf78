import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Document, SplitResult } from '../../src/core/document.js';
import { LineIndex } from '../../src/core/lines.js';
import { sliceSpan } from '../../src/core/span.js';
import { splitVariants } from '../../src/split/index.js';
import { HAS_SHARED, REPO_ROOT, loadGold, seedDocument, textDocument } from '../helpers/seed.js';

function fixture(name: string, transform: (s: string) => string = (s) => s): Document {
  return textDocument(transform(readFileSync(resolve(REPO_ROOT, 'fixtures/split', name), 'utf8')), name);
}

/** [label, header line, first body line, last body line] per variant — lines 1-based. */
function shape(doc: Document, r: SplitResult): Array<[string | null, number | null, number, number]> {
  const li = new LineIndex(doc.text);
  return r.variants.map((v) => [v.label, v.header ? li.lineOf(v.header.start) : null, li.lineOf(v.body.start), li.lineOf(v.body.end)]);
}

const codes = (r: SplitResult) => r.diagnostics.map((d) => d.code);

describe('splitVariants on fixtures (one per header style)', () => {
  it('…篇1 headers repeating the title; inline 第二篇 in a body does not split', () => {
    const doc = fixture('pian-suffix.txt');
    const r = splitVariants(doc);
    expect(r.title?.text).toBe('2024年社区安全生产工作计划');
    expect(r.title?.span).toEqual({ start: 0, end: 15 });
    expect(shape(doc, r)).toEqual([
      ['篇1', 3, 4, 12],
      ['篇2', 15, 16, 23],
      ['篇3', 25, 26, 28],
    ]);
    expect(r.variants.map((v) => v.id)).toEqual(['pian-suffix.txt#篇1', 'pian-suffix.txt#篇2', 'pian-suffix.txt#篇3']);
    expect(r.diagnostics).toEqual([]);
  });

  it('篇一：subtitle headers get Arabic labels; 千篇一律 in a sentence is no header', () => {
    const doc = fixture('pian-chinese.txt');
    const r = splitVariants(doc);
    expect(shape(doc, r)).toEqual([
      ['篇1', 3, 4, 6],
      ['篇2', 8, 9, 11],
      ['篇3', 13, 14, 15],
    ]);
    expect(sliceSpan(doc.text, r.variants[1]!.header!)).toBe('篇二：推进数字阅读');
  });

  it('第N篇 headers; a short line "详见第三篇" in a body is not one', () => {
    const doc = fixture('di-pian.txt');
    const r = splitVariants(doc);
    // The first line is a header, so the page has no separate title.
    expect(r.title).toBeNull();
    expect(shape(doc, r)).toEqual([
      ['篇1', 1, 2, 7],
      ['篇2', 9, 10, 11],
      ['篇3', 13, 14, 15],
    ]);
  });

  it('范文一 headers become 范文N labels; "参考范文一的做法" in a body does not split', () => {
    const doc = fixture('fanwen.txt');
    const r = splitVariants(doc);
    expect(r.variants.map((v) => v.label)).toEqual(['范文1', '范文2', '范文3']);
    expect(shape(doc, r)[2]).toEqual(['范文3', 13, 14, 15]);
  });

  it('【篇N】 headers with a subtitle after the bracket', () => {
    const doc = fixture('bracket.txt');
    const r = splitVariants(doc);
    expect(shape(doc, r)).toEqual([
      ['篇1', 3, 4, 7],
      ['篇2', 9, 10, 12],
      ['篇3', 14, 15, 16],
    ]);
    expect(sliceSpan(doc.text, r.variants[0]!.header!)).toBe('【篇1】小学语文教研组工作计划');
  });

  it('a 精选3篇 list heading on the title line is the title, not a header and not chrome; its count is checked', () => {
    const doc = fixture('jingxuan.txt');
    const r = splitVariants(doc);
    expect(r.title?.text).toBe('幼儿园教师个人工作计划精选3篇');
    expect(r.chrome).toEqual([]);
    expect(r.variants.map((v) => v.label)).toEqual(['篇1', '篇2', '篇3']);
    expect(r.diagnostics).toEqual([]);
    // Announce 5, hold 3: a variant-count warning on the title line.
    const wrong = fixture('jingxuan.txt', (s) => s.replace('精选3篇', '精选5篇'));
    const w = splitVariants(wrong);
    expect(codes(w)).toEqual(['variant-count']);
    expect(w.diagnostics[0]!.args).toEqual({ announced: 5, found: 3 });
    // Under another title line, the same list heading is chrome.
    const under = splitVariants(fixture('jingxuan.txt', (s) => `幼儿园教师个人工作计划\n${s}`));
    expect(under.title?.text).toBe('幼儿园教师个人工作计划');
    expect(under.chrome.map((c) => c.kind)).toEqual(['collection-title']);
  });

  it('"(2)" headers repeating the title: the title line heads variant 1', () => {
    const doc = fixture('paren-repeat.txt');
    const r = splitVariants(doc);
    expect(r.title?.text).toBe('2023年街道办事处工作计划');
    expect(shape(doc, r)).toEqual([
      ['篇1', 1, 2, 5],
      ['篇2', 7, 8, 11],
      ['篇3', 13, 14, 15],
    ]);
    expect(r.diagnostics).toEqual([]);
  });

  it('Traditional script: 範文N headers, labels folded to 范文N, title in the original script', () => {
    const doc = fixture('traditional.txt');
    expect(doc.script).toBe('traditional');
    const r = splitVariants(doc);
    expect(r.title?.text).toBe('2024年度醫院護理部工作計畫');
    expect(r.variants.map((v) => v.id)).toEqual(['traditional.txt#范文1', 'traditional.txt#范文2', 'traditional.txt#范文3']);
    expect(sliceSpan(doc.text, r.variants[0]!.header!)).toBe('2024年度醫院護理部工作計畫 範文1');
  });

  it('a page without headers is one variant with label null and id = path', () => {
    const doc = fixture('no-headers.txt');
    const r = splitVariants(doc);
    expect(r.variants).toHaveLength(1);
    const v = r.variants[0]!;
    expect(v).toMatchObject({ id: 'no-headers.txt', label: null, index: 0, header: null });
    expect(shape(doc, r)).toEqual([[null, null, 2, 12]]);
    expect(sliceSpan(doc.text, v.body).endsWith('合理利用税收优惠政策。')).toBe(true);
    expect(codes(r)).toEqual(['no-variants']);
    expect(r.diagnostics[0]!.severity).toBe('info');
  });

  it('a body mentioning 第二篇 / 范文一 (even on a line of its own) is not split', () => {
    const doc = fixture('body-mentions.txt');
    const r = splitVariants(doc);
    expect(r.variants.map((v) => v.label)).toEqual([null]);
    expect(codes(r)).toEqual(['no-variants']);
  });

  it('a table of contents before the variants is a preamble, not a set of variants', () => {
    const doc = fixture('toc.txt');
    const r = splitVariants(doc);
    expect(shape(doc, r)).toEqual([
      ['篇1', 7, 8, 9],
      ['篇2', 11, 12, 13],
      ['篇3', 15, 16, 17],
    ]);
    expect(codes(r)).toEqual(['preamble']);
    const li = new LineIndex(doc.text);
    expect([li.lineOf(r.diagnostics[0]!.span.start), li.lineOf(r.diagnostics[0]!.span.end)]).toEqual([3, 5]);
  });

  it('duplicate labels: a warning and disambiguated ids', () => {
    const doc = fixture('duplicate.txt');
    const r = splitVariants(doc);
    expect(r.variants.map((v) => v.id)).toEqual([
      'duplicate.txt#篇1',
      'duplicate.txt#篇2',
      'duplicate.txt#篇2~2',
      'duplicate.txt#篇3',
    ]);
    expect(r.variants.map((v) => v.label)).toEqual(['篇1', '篇2', '篇2', '篇3']);
    expect(codes(r)).toEqual(['duplicate-label']);
    expect(r.diagnostics[0]!.span).toEqual(r.variants[2]!.header);
  });

  it('CRLF line breaks give the same lines, and spans leave the "\\r" out', () => {
    const lf = fixture('pian-suffix.txt');
    const crlf = fixture('pian-suffix.txt', (s) => s.replace(/\n/g, '\r\n'));
    const a = splitVariants(lf);
    const b = splitVariants(crlf);
    expect(shape(crlf, b)).toEqual(shape(lf, a));
    for (const v of b.variants) {
      expect(sliceSpan(crlf.text, v.header!)).not.toMatch(/[\r\n]/);
      expect(sliceSpan(crlf.text, v.body)).not.toMatch(/\r$/);
    }
  });
});

describe('splitVariants: header nouns and numbered titles', () => {
  it('variants numbered like items (1．X) split when every X repeats the title and they count 1, 2, 3', () => {
    const text = ['社区防汛工作方案', '', '1．街道防汛工作方案', '一、目标', '汛期零伤亡。', '2.安排', '每周巡查。', '', '2．村居防汛工作方案', '一、目标', '转移及时。'].join('\n');
    const doc = textDocument(text);
    expect(shape(doc, splitVariants(doc))).toEqual([
      ['篇1', 3, 4, 7],
      ['篇2', 9, 10, 11],
    ]);
  });

  it('a numbered list item inside a plan is no header, even when it names a plan', () => {
    const items = ['社区防汛工作方案', '', '一、工作安排', '1．街道防汛工作方案', '由街道办制定。', '2．落实值班制度', '每日巡查。'].join('\n');
    expect(splitVariants(textDocument(items)).variants.map((v) => v.label)).toEqual([null]);
    // Titles that do not repeat the page title are items of a list, not variants.
    const other = ['社区防汛工作方案', '', '1．防溺水安全教育计划', '内容略。', '2．校园消防演练方案', '内容略。'].join('\n');
    expect(splitVariants(textDocument(other)).variants.map((v) => v.label)).toEqual([null]);
  });

  it('a 范本N header right after a 上一篇/下一篇 line is the next variant, not a related link', () => {
    const text = ['秋游活动方案', '秋游活动方案(范本1)', '一、时间', '十月。', '上一篇：春游方案　下一篇：冬令营方案', '秋游活动方案(范本2)', '一、地点', '植物园。'].join('\n');
    const doc = textDocument(text);
    const r = splitVariants(doc);
    expect(shape(doc, r)).toEqual([
      ['篇1', 2, 3, 4],
      ['篇2', 6, 7, 8],
    ]);
    expect(r.chrome.map((c) => c.kind)).toEqual(['related-list']);
  });
});

describe('splitVariants: guards against false positives', () => {
  it('a single header by form is enough (an excerpt may hold 篇1 alone), but not below a paragraph', () => {
    const r = splitVariants(textDocument('年度计划\n\n篇一\n\n今年要做好三件事。\n'));
    expect(r.variants.map((v) => v.label)).toEqual(['篇1']);
    const mention = splitVariants(textDocument('年度计划\n\n今年要做好三件事。\n第二篇\n详见附件。\n'));
    expect(mention.variants.map((v) => v.label)).toEqual([null]);
  });

  it('a single header that repeats the title is enough', () => {
    const doc = textDocument('社区党建工作计划\n\n社区党建工作计划 篇1\n\n加强党员教育管理。\n');
    const r = splitVariants(doc);
    expect(shape(doc, r)).toEqual([['篇1', 3, 4, 5]]);
  });

  it('headers must share one stem: two unrelated 第N篇 lines do not split', () => {
    const r = splitVariants(textDocument('读书笔记\n\n阅读第一篇\n内容略。\n复习第二篇\n内容略。\n'));
    expect(r.variants.map((v) => v.label)).toEqual([null]);
  });

  it('short captions repeating "(N)" are not variants; long lines are never headers', () => {
    const text = ['工作计划', '', '附表(1)', '人员名单。', '附表(2)', '经费预算。', '今年我们要完成的任务很多，具体请参见后面列出的各项说明以及附件中的安排表格等材料 篇1', '篇2'].join('\n');
    const r = splitVariants(textDocument(text));
    expect(r.variants.map((v) => v.label)).toEqual([null]);
  });

  it('"篇2023" is a year, not the 2023rd variant', () => {
    const r = splitVariants(textDocument('总结\n\n回顾篇2022\n去年。\n回顾篇2023\n今年。\n'));
    expect(r.variants.map((v) => v.label)).toEqual([null]);
  });

  it('a header on the last line without a line break has an empty body at the end', () => {
    const doc = textDocument('计划\n\n计划 篇1\n正文。\n计划 篇2');
    const r = splitVariants(doc);
    expect(r.variants[1]!.body).toEqual({ start: doc.text.length, end: doc.text.length });
  });
});

describe.skipIf(!HAS_SHARED)('splitVariants on the seed page', () => {
  it('finds the title and the 8 variants at the gold header lines', () => {
    const doc = seedDocument();
    const r = splitVariants(doc);
    expect(r.title?.text).toBe('2023企業工會年度工作計畫');
    const gold = loadGold<{ variants: Array<{ label: string; header_line: number }> }>('seed-variants');
    const li = new LineIndex(doc.text);
    expect(r.variants.map((v) => ({ label: v.label, header_line: li.lineOf(v.header!.start) }))).toEqual(gold.variants);
    expect(r.variants.map((v) => v.header!.start)).toEqual([...r.variants.map((v) => v.header!.start)].sort((a, b) => a - b));
    expect(r.diagnostics).toEqual([]);
    // Bodies end on their last text line (the gold slot lines of 篇1 are 5–103, of 篇4 415–435).
    expect(li.lineOf(r.variants[0]!.body.end)).toBe(103);
    expect(li.lineOf(r.variants[3]!.body.end)).toBe(435);
    for (const v of r.variants) expect(sliceSpan(doc.text, v.header!)).toBe(`2023企業工會年度工作計畫 ${v.label}`);
  });
});
