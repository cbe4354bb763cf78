import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runDetectors } from '../../src/template/detect/run.js';
import { detectSlots, type SlotDetector } from '../../src/template/index.js';
import { textDocument } from '../helpers/seed.js';

function slotsOf(text: string, all = false) {
  const doc = textDocument(text);
  return detectSlots(doc, { start: 0, end: text.length }, { all }).slots;
}

describe('detectSlots: values, units, qualifiers', () => {
  it('parses literal numbers, 万-scaled amounts, ranges and approximations', () => {
    const s = slotsOf('全年投资3万元左右，进行6000—10000元的奖励，再拿出7000元以上，争取再有3—5项指标，约300余人参加。');
    expect(s.map((x) => [x.value, x.type, x.unit, x.parsed])).toEqual([
      ['3', 'amount', '万元', { value: 30000, scale: 10000, qualifiers: ['左右'] }],
      ['6000—10000', 'amount', '元', { min: 6000, max: 10000 }],
      ['7000', 'amount', '元', { value: 7000, qualifiers: ['以上'] }],
      ['3—5', 'count', '项', { min: 3, max: 5 }],
      ['300', 'count', '人', { value: 300, qualifiers: ['约', '余'] }],
    ]);
  });

  it('reads full-width digits and Chinese numerals, and keeps the value as written', () => {
    const s = slotsOf('共有职工３５０人，新建书屋二十三个，慰问了两户。');
    expect(s.map((x) => [x.value, x.parsed?.value])).toEqual([
      ['３５０', 350],
      ['二十三', 23],
      ['两', 2],
    ]);
  });

  it('types years, durations, months and days by value', () => {
    const s = slotsOf('2023年3月8日召开大会，用3年时间完成，09年底验收。');
    expect(s.map((x) => [x.value, x.type, x.unit])).toEqual([
      ['2023', 'year', '年'],
      ['3', 'date', '月'],
      ['8', 'date', '日'],
      ['3', 'count', '年'],
      ['09', 'year', '年'],
    ]);
  });

  it('puts a hollow blank where the number belongs: before 万 and 余 in 万余元, before %', () => {
    const text = '创经济价值万余元，降低成本%以上，奖励班组各元。';
    const s = slotsOf(text);
    expect(s.map((x) => [text.slice(x.span.start, x.span.start + 3), x.span.end - x.span.start, x.type, x.unit])).toEqual([
      ['万余元', 0, 'amount', '万元'],
      ['%以上', 0, 'percent', '%'],
      ['元。', 0, 'amount', '元'],
    ]);
    expect(s[0]?.parsed).toEqual({ scale: 10000, qualifiers: ['余'] });
  });

  it('keeps the unit in the user script and reports positions valid in the original text', () => {
    const text = '公司現有員工人，建立車間級分會個，工會崗位責任制8個。';
    const s = slotsOf(text);
    expect(s.map((x) => [x.kind, x.unit, x.label])).toEqual([
      ['hollow', '人', '公司現有員工·人數'],
      ['hollow', '個', '車間級分會·個數'],
      ['literal', '個', '工會崗位責任制·個數'],
    ]);
    expect(text.slice(s[2]!.span.start, s[2]!.span.end)).toBe('8');
  });
});

describe('detectSlots: labels', () => {
  it('names the blank by the noun phrase before it plus what to fill in', () => {
    const labels = slotsOf('公司现有员工人(含临时用工)，其中：正式员工人。二是举办了三期培训。已采纳并正组织实施的有项。').map((s) => s.label);
    expect(labels).toEqual(['公司现有员工·人数', '正式员工·人数', '举办·期数', '采纳并正组织实施·项数']);
  });

  it('uses what follows when nothing comes before, and the org word for an org placeholder', () => {
    const labels = slotsOf('20xx年工会工作要点。\n制定《xx公司年度计划》。').map((s) => s.label);
    expect(labels).toEqual(['工会工作要点·年份', '公司·名称']);
  });
});

describe('detectSlots: scope and options', () => {
  it('finds slots only inside the body span', () => {
    const text = '员工人。\n公司现有员工人。\n分会个。';
    const doc = textDocument(text);
    const body = { start: text.indexOf('公司'), end: text.indexOf('\n分会') };
    const s = detectSlots(doc, body).slots;
    expect(s).toHaveLength(1);
    expect(s[0]?.span.start).toBe(text.indexOf('人。\n分会'));
  });

  it('finds no slot inside page chrome given as spans, and the same slots elsewhere', () => {
    const text = '客服工作时间9:00-18:30 已有1200人关注\n公司现有员工120人，新增8个项目。\n相关文章12条 共3个专题';
    const doc = textDocument(text);
    const body = { start: 0, end: text.length };
    const line2 = { start: text.indexOf('公司'), end: text.indexOf('。') + 1 };
    const chrome = [{ start: 0, end: text.indexOf('\n') }, { start: text.lastIndexOf('\n') + 1, end: text.length }];
    const inside = (s: { span: { start: number } }) => chrome.some((c) => s.span.start >= c.start && s.span.start < c.end);
    const withChrome = detectSlots(doc, body, { chrome }).slots;
    expect(withChrome.filter(inside)).toEqual([]);
    expect(withChrome.map((s) => s.value)).toEqual(['120', '8']);
    // Without the spans the first line's read count is read as a quantity: the spans are what keep it out.
    expect(detectSlots(doc, body).slots.some(inside)).toBe(true);
    expect(detectSlots(doc, line2, { chrome }).slots.map((s) => s.value)).toEqual(['120', '8']);
  });

  it('keeps the slots at or above minConfidence and every slot names its rule', () => {
    const text = '20xx年完成任务，围绕*开展工作，培训职工120人，一般隐患在五个工作日内整改。';
    const doc = textDocument(text);
    const all = detectSlots(doc, { start: 0, end: text.length }).slots;
    expect(all.map((s) => s.rule)).toEqual(['placeholder/year-form', 'placeholder/stars', 'literal/arabic-unit', 'literal/chinese-duration']);
    const high = detectSlots(doc, { start: 0, end: text.length }, { minConfidence: 0.85 }).slots;
    expect(high).toEqual(all.filter((s) => s.confidence >= 0.85));
    expect(high.length).toBeLessThan(all.length);
  });

  it('reports names as ordinal slots only with all', () => {
    const text = '贯彻厂九届三次职代会精神，开展“大干100天”活动，庆祝建国60周年。';
    expect(slotsOf(text)).toEqual([]);
    expect(slotsOf(text, true).map((s) => [s.value, s.type])).toEqual([
      ['九', 'ordinal'],
      ['三', 'ordinal'],
      ['100', 'ordinal'],
      ['60', 'ordinal'],
    ]);
  });

  it('lets the earlier detector win and reports a clash of different readings as a diagnostic', () => {
    const text = '工会小组个。';
    const first: SlotDetector = {
      name: 'first',
      detect: () => [{ kind: 'literal', type: 'count', unit: '', span: { start: 2, end: 4 }, value: '小组', detector: 'first', rule: 'first/x', confidence: 1 }],
    };
    const second: SlotDetector = {
      name: 'second',
      detect: () => [
        { kind: 'hollow', type: 'amount', unit: '', span: { start: 3, end: 3 }, value: '', detector: 'second', rule: 'second/x', confidence: 1 },
        { kind: 'hollow', type: 'count', unit: '个', span: { start: 4, end: 4 }, value: '', detector: 'second', rule: 'second/x', confidence: 1 },
      ],
    };
    const r = runDetectors([first, second], textDocument(text), { start: 0, end: text.length });
    expect(r.slots.map((s) => s.detector)).toEqual(['first', 'second']);
    expect(r.diagnostics.map((d) => [d.code, d.span.start])).toEqual([['slot-conflict', 3]]);
  });

  it('reports a 人 without a number but without people context as ambiguous instead of a slot', () => {
    const text = '春节前看望退休老同志人。';
    const r = detectSlots(textDocument(text), { start: 0, end: text.length });
    expect(r.slots).toEqual([]);
    expect(r.diagnostics.map((d) => [d.code, d.severity, d.span.start])).toEqual([['slot-ambiguous', 'info', text.indexOf('人')]]);
  });

  it('detects in text order with the placeholder claiming its own characters', () => {
    const text = '20xx年，计11人次。';
    const r = detectSlots(textDocument(text), { start: 0, end: text.length });
    expect(r.slots.map((s) => [s.kind, s.value, s.unit])).toEqual([
      ['placeholder', '20xx', '年'],
      ['literal', '11', '人次'],
    ]);
  });

  it('every slot span slices back to its value and lies within the body (property)', () => {
    const pieces = ['公司现有员工', '人', '个', '，', '。', '20xx年', '3万元', '各项', '工人', '项目', '“大干100天”', '有', '5%', '约', '元', '两名', '第三次', '价值万余元'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), fc.nat(5), (parts, cut) => {
        const text = parts.join('');
        const doc = textDocument(text);
        const body = { start: Math.min(cut, text.length), end: text.length };
        const { slots } = detectSlots(doc, body, { all: true });
        for (const s of slots) {
          expect(text.slice(s.span.start, s.span.end)).toBe(s.value);
          expect(s.span.start).toBeGreaterThanOrEqual(body.start);
          expect(s.span.end).toBeLessThanOrEqual(body.end);
          if (s.kind === 'hollow') expect(s.value).toBe('');
        }
        for (let i = 1; i < slots.length; i++) expect(slots[i]!.span.start).toBeGreaterThanOrEqual(slots[i - 1]!.span.end);
      }),
      { seed: 7, numRuns: 300 },
    );
  });
});

describe('detectSlots: numbering is not a quantity', () => {
  it('leaves out the markers the outline stage reads (1.1项目…, 2.3人员…), keeps the quantities in the same lines', () => {
    const text = ['第一章 项目情况', '1.1项目总概况', '全年完成投资1.5万元。', '1.2人员配置', '配备专职人员3人。', '2.3人员培训'].join('\n');
    const s = slotsOf(text);
    expect(s.map((x) => [x.value, x.unit])).toEqual([
      ['1.5', '万元'],
      ['3', '人'],
    ]);
  });
});

describe('spaces left for a value, whatever space the page wrote', () => {
  // 县（市）＿年度 written with ideographic spaces, &emsp; or four &nbsp;.
  it.each([
    ['3000', 2],
    ['2003', 2],
    ['00a0', 4],
  ])('U+%s × %i before 年度 is a year to fill in', (hex, n) => {
    const text = `本县（市）${String.fromCharCode(parseInt(hex, 16)).repeat(n)}年度预算执行情况。`;
    const s = slotsOf(text, true);
    expect(s.filter((x) => x.kind === 'placeholder').map((x) => [x.span.start, x.span.end])).toEqual([[5, 5 + n]]);
  });

  it('one &emsp; after a marker is no blank', () => {
    expect(slotsOf('第一条\u2003本办法自发布之日起施行。', true).filter((x) => x.kind === 'placeholder')).toEqual([]);
  });
});
