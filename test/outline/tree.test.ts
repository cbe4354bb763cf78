import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../src/core/lines.js';
import { isPlankitError } from '../../src/core/errors.js';
import { buildOutline, type OutlineOptions } from '../../src/outline/index.js';
import { textDocument } from '../helpers/seed.js';

/** `line:marker@depth^parentLine` for every item, and `line:code` for every diagnostic. */
function shape(text: string, options?: OutlineOptions) {
  const doc = textDocument(text);
  const outline = buildOutline(doc, { start: 0, end: doc.text.length }, options);
  const lines = new LineIndex(doc.text);
  const lineOf = (o: number) => lines.lineOf(o);
  return {
    outline,
    items: outline.items.map((it) => {
      const parent = it.parent === null ? '-' : lineOf((outline.items[it.parent] as (typeof outline.items)[number]).span.start);
      return `${lineOf(it.span.start)}:${it.marker}@${it.depth}^${parent}${it.kind === 'inline' ? '~' : ''}`;
    }),
    diagnostics: outline.diagnostics.map((d) => `${lineOf(d.span.start)}:${d.code}`),
  };
}

describe('depth from the document, not a fixed level per style', () => {
  it('a style opens below the innermost open level the first time it appears', () => {
    expect(shape('1、甲\n（一）子\n（二）丑\n2、乙\n').items).toEqual(['1:1、@1^-', '2:（一）@2^1', '3:（二）@2^1', '4:2、@1^-']);
  });

  it('a style the document has shown above another climbs over it later', () => {
    // （一） was seen above 1、, so after 1、 items under 二、 a new （一） is 1、's sibling level, not its child.
    const s = shape('一、甲\n（一）子\n1、丑\n二、乙\n1、寅\n（一）卯\n');
    expect(s.items).toEqual(['1:一、@1^-', '2:（一）@2^1', '3:1、@3^2', '4:二、@1^-', '5:1、@2^4', '6:（一）@2^4']);
  });

  it('a Chinese-numeral heading never seen before climbs over Arabic items (一、 after a 1、 list)', () => {
    expect(shape('1、甲\n2、乙\n一、丙\n（一）丁\n').items).toEqual(['1:1、@1^-', '2:2、@1^-', '3:一、@1^-', '4:（一）@2^3']);
  });

  it('an Arabic style new to the document opens below, whichever bracket it uses', () => {
    expect(shape('（1）甲\n1、乙\n2、丙\n（2）丁\n').items).toEqual(['1:（1）@1^-', '2:1、@2^1', '3:2、@2^1', '4:（2）@1^-']);
  });

  it('an unnumbered paragraph closes the prose enumerators above it', () => {
    const s = shape('一、甲\n一是子；\n二是丑。\n此外，还要加强督查。\n1、寅\n');
    expect(s.items).toEqual(['1:一、@1^-', '2:一是@2^1', '3:二是@2^1', '5:1、@2^1']);
  });

  it('stays linear-depth on long runs: 2000 siblings, each O(1) on the stack', () => {
    const text = Array.from({ length: 2000 }, (_, i) => `${i + 1}、第${i + 1}项`).join('\n');
    const s = shape(text, { maxArabicOrdinal: 5000 });
    expect(s.outline.items).toHaveLength(2000);
    expect(s.outline.items.every((it) => it.depth === 1 && it.parent === null)).toBe(true);
    expect(s.diagnostics).toEqual([]);
  });
});

describe('sequence diagnostics', () => {
  it('gap, duplicate, out-of-order and restart among siblings', () => {
    expect(shape('1、a\n3、b\n3、c\n2、d\n1、e\n').diagnostics).toEqual(['2:gap', '3:duplicate', '4:out-of-order', '5:restart']);
  });

  it('a run that starts above 1 is a gap, unless it continues the same style (第五条 after 第四条)', () => {
    expect(shape('一、甲\n2、乙\n').diagnostics).toEqual(['2:gap']);
    expect(shape('第一章 总则\n第一条 甲\n第二章 分则\n第二条 乙\n').diagnostics).toEqual([]);
    expect(shape('第一章 总则\n第一条 甲\n第二章 分则\n第三条 乙\n').diagnostics).toEqual(['4:gap']);
  });

  it('a restart right after a lead-in sentence ending with a colon is a new list', () => {
    const text = '一、甲\n1、a\n2、b\n另外，对重点单位还要做到：\n1、c\n2、d\n';
    expect(shape(text).diagnostics).toEqual([]);
    expect(shape(text, { allowRestartAfterLeadIn: false }).diagnostics).toEqual(['5:restart']);
  });

  it('a restart under a short label (三月份：) is reported: the label is a heading without its number', () => {
    expect(shape('一、每月安排\n二月份：\n1. 甲\n2. 乙\n三月份：\n1. 丙\n').diagnostics).toEqual(['6:restart']);
  });

  it('a sibling in another form of the same family is mixed-style, and only that one', () => {
    const s = shape('1、a\n2.b\n3、c\n');
    expect(s.items).toEqual(['1:1、@1^-', '2:2.@1^-', '3:3、@1^-']);
    expect(s.diagnostics).toEqual(['2:mixed-style']);
  });

  it('decimal numbers start a new run when their prefix changes', () => {
    expect(shape('1.1 甲\n1.2 乙\n2.1 丙\n2.3 丁\n').diagnostics).toEqual(['4:gap']);
  });

  it('renumbers runs without gaps, keeping a restart and legal numbering continuous', () => {
    const s = shape('1、a\n3、b\n4、c\n');
    expect(s.outline.items.map((it) => it.renumbered)).toEqual([1, 2, 3]);
    const legal = shape('第一章 总则\n第一条 甲\n第三条 乙\n第二章 分则\n第四条 丙\n');
    expect(legal.outline.items.filter((it) => it.style === 'article').map((it) => it.renumbered)).toEqual([1, 2, 3]);
  });
});

describe('inline enumerations', () => {
  it('hang under the paragraph\'s item and are not line items', () => {
    const s = shape('一、工作重点\n工作重点：一是抓落实；二是抓督查；三是抓考核。\n二、保障\n');
    expect(s.items).toEqual(['1:一、@1^-', '2:一是@2^1~', '2:二是@2^1~', '2:三是@2^1~', '3:二、@1^-']);
  });

  it('carry on a line-start 一是 as its siblings', () => {
    expect(shape('五、维权\n一是关注弱势群体。二是坚持以人为本。三是做好送温暖。\n').items).toEqual([
      '1:五、@1^-', '2:一是@2^1', '2:二是@2^1~', '2:三是@2^1~',
    ]);
  });

  it('need a run from 1 of at least inlineMinRun members, after punctuation', () => {
    expect(shape('关键在于统一是非标准，二是之前的说法。\n').items).toEqual([]);
    expect(shape('任务有三：一是甲；三是丙。\n').diagnostics).toEqual(['1:gap']);
    expect(shape('只说一点：一是甲。\n').items).toEqual([]);
    expect(shape('只说一点：一是甲。\n', { inlineMinRun: 1 }).items).toEqual(['1:一是@1^-~']);
  });

  it('(1)…(2) and ①…② inside a paragraph', () => {
    expect(shape('主要包括：(1)场地；(2)设备；(3)人员。\n').items).toEqual(['1:(1)@1^-~', '1:(2)@1^-~', '1:(3)@1^-~']);
    expect(shape('内容包括①馆藏查询；②借阅规则解答。\n').items).toEqual(['1:①@1^-~', '1:②@1^-~']);
  });
});

describe('headings and titles', () => {
  function titles(text: string) {
    const doc = textDocument(text);
    return buildOutline(doc, { start: 0, end: doc.text.length }).items.map((it) => `${it.kind}:${doc.text.slice(it.titleSpan.start, it.titleSpan.end)}`);
  }

  it('splits a heading merged with its body at the colon of a short label', () => {
    expect(titles('一、指导思想：全面贯彻落实各项决策部署，推动工作落地见效。\n')).toEqual(['heading:指导思想']);
  });

  it('tells a short heading from a list paragraph', () => {
    expect(titles('三、存在的问题\n1、人员不足，开展活动难度较大。\n2、经费紧张。\n')).toEqual([
      'heading:存在的问题', 'item:人员不足，开展活动难度较大', 'item:经费紧张',
    ]);
  });

  it('a sentence that heads an unnumbered paragraph is a heading', () => {
    expect(titles('二、进一步加强班组建设，提升企业核心竞争力。\n班组是企业的基础组织。\n')).toEqual(['heading:进一步加强班组建设，提升企业核心竞争力']);
  });
});

describe('bodies and options', () => {
  it('outlines only the given body, with offsets into the whole document', () => {
    const doc = textDocument('一、前文\n\n一、正文\n二、正文\n');
    const start = doc.text.indexOf('一、正文');
    const outline = buildOutline(doc, { start, end: doc.text.length });
    expect(outline.items.map((it) => it.span.start)).toEqual([start, doc.text.indexOf('二、正文')]);
  });

  it('handles CRLF line breaks', () => {
    const s = shape('一、甲\r\n（一）子\r\n二、乙\r\n');
    expect(s.items).toEqual(['1:一、@1^-', '2:（一）@2^1', '3:二、@1^-']);
    expect(s.outline.items[0]?.span.end).toBe(3);
  });

  it('rejects a body outside the document and bad option values as usage errors', () => {
    const doc = textDocument('一、甲\n');
    const attempt = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return isPlankitError(e) ? e.kind : 'other';
      }
      return 'none';
    };
    expect(attempt(() => buildOutline(doc, { start: 0, end: 99 }))).toBe('usage');
    expect(attempt(() => buildOutline(doc, { start: 0, end: 3 }, { headingMaxChars: 0 }))).toBe('usage');
  });

  it('maxArabicOrdinal decides when a number is too large to be an ordinal', () => {
    expect(shape('150、甲\n').items).toEqual(['1:150、@1^-']);
    expect(shape('150、甲\n', { maxArabicOrdinal: 100 }).items).toEqual([]);
  });
});

describe('a plain number whose item text opens with a number', () => {
  it('2.2小时内… in a list 1. 2. 3. is item 2. (not a decimal 2.2 that opens its run at 2)', () => {
    const s = shape('三、处置程序\n1.发现疑似中毒，立即停止供餐；\n2.2小时内向教育局报告；\n3.配合疾控部门调查。\n');
    expect(s.items).toEqual(['1:三、@1^-', '2:1.@2^1', '3:2.@2^1', '4:3.@2^1']);
    expect(s.diagnostics).toEqual(['1:gap']);
  });

  it('a decimal run that opens at x.1, or one that continues, stays decimal', () => {
    expect(shape('1.总则\n1.1目的\n1.2范围\n2.职责\n2.1部门\n2.2岗位\n').items).toEqual(['1:1.@1^-', '2:1.1@2^1', '3:1.2@2^1', '4:2.@1^-', '5:2.1@2^4', '6:2.2@2^4']);
    expect(shape('第一章 项目情况\n1.1项目总概况\n1.2项目目标\n').items).toEqual(['1:第一章@1^-', '2:1.1@2^1', '3:1.2@2^1']);
  });
});
