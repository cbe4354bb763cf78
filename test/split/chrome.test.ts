import { describe, expect, it } from 'vitest';
import type { Chrome } from '../../src/core/document.js';
import { LineIndex } from '../../src/core/lines.js';
import { sliceSpan } from '../../src/core/span.js';
import { maskChrome, maskedDocument } from '../../src/split/chrome/mask.js';
import { isMenuLine } from '../../src/split/chrome/menu-line.js';
import { splitVariants } from '../../src/split/index.js';
import { textDocument } from '../helpers/seed.js';

/** [1-based line, kind, text] of each chrome annotation. */
function chromeOf(text: string): Array<[number, string, string]> {
  const doc = textDocument(text);
  const li = new LineIndex(doc.text);
  return splitVariants(doc).chrome.map((c: Chrome) => [li.lineOf(c.span.start), c.kind, sliceSpan(doc.text, c.span)]);
}

// Own-written page tops and bottoms in the shapes 范文 and document-sharing sites use.
const PAGE = [
  '登录 | 注册 | 会员中心',
  '首页 工作计划 实施方案 工作总结 心得体会 范文大全',
  '您的位置：首页 > 工作计划 > 社区工作计划',
  '社区环境整治工作计划',
  '时间：2024-03-02 10:15:20 来源：网友投稿 本文已影响2.1万人',
  '社区环境整治工作计划（通用3篇）',
  '为了让工作更有条理，我们常常要提前写好计划。计划要怎么写呢？下面是小编为大家收集的社区环境整治工作计划，希望对大家有所帮助。',
  '社区环境整治工作计划 篇1',
  '一、整治目标',
  '年底前完成背街小巷整治条。',
  '社区环境整治工作计划 篇2',
  '今年社区将重点抓好三项工作。',
  '下载文档',
  '相关推荐',
  '社区环境整治工作计划 篇4',
  '社区消防安全工作计划(精选5篇)',
  'Copyright © 2024 某某范文网 版权所有',
].join('\n');

describe('chrome', () => {
  it('finds every kind of page chrome around the text, with its kind, and keeps the variants and title', () => {
    expect(chromeOf(PAGE)).toEqual([
      [1, 'login-menu', '登录 | 注册 | 会员中心'],
      [2, 'login-menu', '首页 工作计划 实施方案 工作总结 心得体会 范文大全'],
      [3, 'breadcrumb', '您的位置：首页 > 工作计划 > 社区工作计划'],
      [5, 'timestamp', '时间：2024-03-02 10:15:20 来源：网友投稿 本文已影响2.1万人'],
      [6, 'collection-title', '社区环境整治工作计划（通用3篇）'],
      [7, 'editor-blurb', PAGE.split('\n')[6] as string],
      [13, 'download', '下载文档'],
      [14, 'related-list', '相关推荐'],
      [15, 'related-list', '社区环境整治工作计划 篇4'],
      [16, 'related-list', '社区消防安全工作计划(精选5篇)'],
      [17, 'copyright-footer', 'Copyright © 2024 某某范文网 版权所有'],
    ]);
    const doc = textDocument(PAGE);
    const r = splitVariants(doc);
    expect(r.title?.text).toBe('社区环境整治工作计划');
    // The linked 篇4 under 相关推荐 is no variant; the last variant's body ends before the chrome.
    expect(r.variants.map((v) => v.label)).toEqual(['篇1', '篇2']);
    expect(sliceSpan(doc.text, r.variants[1]!.body)).toBe('今年社区将重点抓好三项工作。');
    // One chrome diagnostic per block of one kind; the announced 3 against 2 found is reported.
    expect(r.diagnostics.filter((d) => d.code === 'chrome').map((d) => d.args)).toEqual([
      { kind: 'login-menu', spans: 2 },
      { kind: 'breadcrumb', spans: 1 },
      { kind: 'timestamp', spans: 1 },
      { kind: 'collection-title', spans: 1 },
      { kind: 'editor-blurb', spans: 1 },
      { kind: 'download', spans: 1 },
      { kind: 'related-list', spans: 3 },
      { kind: 'copyright-footer', spans: 1 },
    ]);
    expect(r.diagnostics.find((d) => d.code === 'variant-count')?.args).toEqual({ announced: 3, found: 2 });
  });

  it('reads the same page in Traditional script', () => {
    const trad = PAGE.replace('登录 | 注册 | 会员中心', '登錄 | 註冊 | 會員中心').replace('您的位置', '您的位置').replace('下面是小编为大家收集的', '下面是小編為大家收集的').replace('下载文档', '下載文檔').replace('相关推荐', '相關推薦').replace('版权所有', '版權所有');
    expect(chromeOf(trad).map(([l, k]) => [l, k])).toEqual(chromeOf(PAGE).map(([l, k]) => [l, k]));
  });

  it('a plan’s own lines are not chrome: dates in 年月日, 时间 fields of an activity, 阅读 as an activity, numbered lists', () => {
    const plan = ['读书月活动方案', '一、活动时间：2024年4月1日至4月30日', '二、活动内容', '1、每人阅读10本书。', '2、组织读书分享会。', '三、参与人员：全体职工', '活动时间:4月23日上午9:00'].join('\n');
    expect(chromeOf(plan)).toEqual([]);
  });

  it('a menu line is mostly menu words; a plan line of words is not', () => {
    expect(isMenuLine('首页 工作计划 工作总结 心得体会')).toBe(true);
    expect(isMenuLine('最新范文 方案 计划 总结 报告')).toBe(true);
    expect(isMenuLine('组长 副组长 成员')).toBe(false);
    expect(isMenuLine('首页，工作计划，工作总结')).toBe(false);
  });

  it('viewer page numbers in run-together text are chrome; an outline’s own 1、2、 are not', () => {
    const body = '为加强管理，特制定本制度。一、总则1、本制度适用于全体员工。2、各部门应认真执行。';
    const long = (s: string) => s.repeat(Math.ceil(260 / s.length));
    // Pieces numbered by the viewer, each cut mid-sentence.
    const pieces = ['食堂管理制度', `1、${long(body)}各部门要加强食堂的日常管`, `2、理，做到餐具每餐消毒。${long(body)}员工就餐实行刷`, `3、卡制。${long(body)}`].join('\n');
    expect(chromeOf(pieces).filter(([, k]) => k === 'viewer-page').map(([l, , t]) => `${l}:${t}`)).toEqual(['2:1、', '3:2、', '4:3、']);
    // Page numbers glued into words, counting up from 2.
    const glued = ['食堂管理制度', `${long(body)}员工就餐实行刷卡制，外来人员须到综合办公2、室购买餐券。${long(body)}公3、司每月公布食堂收支。${long(body)}`].join('\n');
    expect(chromeOf(glued).filter(([, k]) => k === 'viewer-page').map(([l, , t]) => `${l}:${t}`)).toEqual(['2:2、', '2:3、']);
  });

  it('a page of chrome only has no variant and says so', () => {
    const doc = textDocument(['登录 | 注册', '您的位置：首页 > 工作计划', '下载文档', 'Copyright © 2024 某某网 版权所有'].join('\n'));
    const r = splitVariants(doc);
    expect(r.variants).toEqual([]);
    expect(r.diagnostics.map((d) => d.code)).toContain('chrome-only');
    expect(r.diagnostics.find((d) => d.code === 'chrome-only')?.severity).toBe('warning');
  });
});

describe('maskChrome', () => {
  it('blanks chrome spans, keeps length and line breaks, leaves the rest alone', () => {
    const text = '公3、司\r\n第二行';
    const chrome: Chrome[] = [
      { kind: 'viewer-page', span: { start: 1, end: 3 }, rule: 't' },
      { kind: 'download', span: { start: 4, end: 8 }, rule: 't' },
    ];
    const masked = maskChrome(text, chrome);
    expect(masked).toBe('公  司\r\n  行');
    expect(masked.length).toBe(text.length);
    expect(maskChrome(text, [])).toBe(text);
  });

  it('maskedDocument changes the folded text only', () => {
    const doc = textDocument('下载文档\n正文。');
    const chrome: Chrome[] = [{ kind: 'download', span: { start: 0, end: 4 }, rule: 't' }];
    const m = maskedDocument(doc, chrome);
    expect(m.text).toBe(doc.text);
    expect(m.folded).toBe('    \n正文。');
    expect(maskedDocument(doc, [])).toBe(doc);
  });
});

describe('breadcrumbs in run-together text', () => {
  it('a breadcrumb that runs on into sentences ends at the first sentence end', () => {
    const text = '秋游活动方案\n当前位置：首页 / 方案 / 秋游活动方案怎么写？秋游活动方案 NO.1一、时间十月中旬，周六上午出发。二、地点市植物园和湿地公园。秋游活动方案 NO.2一、时间九月下旬。二、地点郊野公园。';
    expect(chromeOf(text)).toEqual([[2, 'breadcrumb', '当前位置：首页 / 方案 / 秋游活动方案怎么写？']]);
    const doc = textDocument(text);
    expect(splitVariants(doc).variants.map((v) => v.label)).toEqual(['篇1', '篇2']);
  });

  it('a breadcrumb line without a sentence is chrome whole', () => {
    expect(chromeOf('当前位置：首页 > 方案 > 活动方案\n秋游活动方案\n一、时间十月。')).toEqual([[1, 'breadcrumb', '当前位置：首页 > 方案 > 活动方案']]);
  });
});

describe('attachments, glued counts and location lines', () => {
  it('an attachment line of a document names its attachment; a file-name line of a site is chrome', () => {
    const notice = ['关于开展安全生产月活动的通知', '各单位：', '现将有关事项通知如下。', '附件：', '附件1-活动安排表.docx', '附件2：报名回执.pdf', '1.活动安排表.xlsx', '安全生产委员会办公室'].join('\n');
    expect(chromeOf(notice)).toEqual([]);
    expect(chromeOf('社区消防演练方案.docx\n社区消防演练方案\n一、目的\n提高应急能力。')).toEqual([[1, 'file-name', '社区消防演练方案.docx']]);
    expect(chromeOf('附件下载：社区消防演练方案.docx\n社区消防演练方案\n一、目的\n提高应急能力。')).toEqual([[1, 'file-name', '附件下载：社区消防演练方案.docx']]);
  });

  it('a list count glued between the title and the first header of a run-together line is chrome; the title is the text before it', () => {
    const body = '为做好年度绿化养护工作，结合小区实际制定本计划。一、每月修剪草坪两次。二、每季度补种花木一次。';
    const doc = textDocument(`小区绿化养护工作计划（共2篇）【第一篇】${body}\n【第二篇】${body}`);
    const r = splitVariants(doc);
    expect(r.chrome.map((c) => [c.kind, sliceSpan(doc.text, c.span)])).toEqual([['collection-title', '（共2篇）']]);
    expect(r.title?.text).toBe('小区绿化养护工作计划');
    expect(r.variants.map((v) => v.label)).toEqual(['篇1', '篇2']);
  });

  it('a count in a sentence is text', () => {
    expect(chromeOf('工作总结\n今年发表论文（共3篇）并获得表彰，全年完成培训任务，考核合格率达到百分之九十五以上。')).toEqual([]);
  });

  it('a location label followed by a path is a breadcrumb; 位置 before an address is not', () => {
    expect(chromeOf('您现在的位置：范文中心 > 工作总结\n年度工作总结\n一、基本情况')).toEqual([[1, 'breadcrumb', '您现在的位置：范文中心 > 工作总结']]);
    expect(chromeOf('位置：首页 -> 教育范文\n年度工作总结\n一、基本情况')).toEqual([[1, 'breadcrumb', '位置：首页 -> 教育范文']]);
    expect(chromeOf('消防演练方案\n一、地点\n位置：幸福路12号小区广场\n二、时间')).toEqual([]);
  });
});
