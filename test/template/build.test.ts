import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isOptionalPart, isSlotPart, type Template, type TemplatePart } from '../../src/core/template.js';
import { fillTemplate } from '../../src/template/fill/fill.js';
import { valuesOf } from '../../src/template/fill/values.js';
import { alignStageAligner } from '../../src/template/build/align-stage.js';
import { membersOf, templateOf } from './build-helpers.js';
import { lcsAligner } from './lcs-aligner.js';

function roundTrips(t: Template, texts: readonly string[]): void {
  t.members.forEach((id) => {
    const i = membersOf(texts).findIndex((m) => m.id === id);
    expect(fillTemplate(t, valuesOf(t, id)), id).toBe(texts[i]);
  });
}

function textOf(parts: readonly TemplatePart[]): string {
  return parts.map((p) => (isSlotPart(p) ? `{${p.slot}}` : isOptionalPart(p) ? `[${p.optional}:${textOf(p.parts)}]` : p.text)).join('');
}

function variables(t: Template): number {
  return t.slots.filter((s) => s.kind === 'variable').length;
}

describe('buildTemplate: one member', () => {
  const text = '\n20xx年工作计划\n\n公司现有员工人，建立分会8个。\n\n一、加强学习';
  const t = templateOf([text]);

  it('is the text with its detected slots as typed parts, never placeholder strings', () => {
    expect(textOf(t.parts)).toBe('\n{s1}年工作计划\n\n公司现有员工{s2}人，建立分会{s3}个。\n\n一、加强学习');
    expect(t.slots.map((s) => s.occurrences[0]!.value)).toEqual(['20xx', '', '8']);
    expect(t.optionals).toEqual([]);
  });

  it('gives each occurrence as a span of the member’s text', () => {
    expect(t.slots[1]!.occurrences).toEqual([{ id: 'm1.txt', span: { start: 18, end: 18 }, value: '' }]);
    expect(text.slice(t.slots[2]!.occurrences[0]!.span.start, t.slots[2]!.occurrences[0]!.span.end)).toBe('8');
  });

  it('has one field per slot here, labelled from the context and the unit', () => {
    expect(t.fields.map((f) => [f.key, f.label, f.type, f.unit, f.slots])).toEqual([
      ['计划年度', '计划年度', 'year', '年', ['s1']],
      ['公司现有员工', '公司现有员工（人）', 'count', '人', ['s2']],
      ['建立分会', '建立分会（个）', 'count', '个', ['s3']],
    ]);
  });
});

describe('buildTemplate: labels', () => {
  it('leaves a code of letters and digits (B5, A4) out of a label whole, not as a stray letter', () => {
    const t = templateOf(['\n工作计划\n\n每份B5纸张印制封面8张。']);
    expect(t.fields.map((f) => f.label)).toEqual(['纸张印制封面（张）']);
  });
});

describe('buildTemplate: a family', () => {
  const a = '2023年工作计划\n\n公司现有员工人，建立分会8个。\n\n一、加强学习\n\n全年培训3期。';
  const b = '2024年工作计划\n\n公司现有员工人，建立分会12个。\n\n全年培训5期，参训人员二百人次。\n\n二、附则';

  it('aligns the members: shared text once, differing values as slots, passages some lack as optional clauses', () => {
    const t = templateOf([a, b]);
    expect(textOf(t.parts)).toBe('{s1}年工作计划\n\n公司现有员工{s2}人，建立分会{s3}个。[o1:\n\n一、加强学习]\n\n全年培训{s4}期[o2:，参训人员{s5}人次]。[o3:\n\n二、附则]');
    expect(t.slots.map((s) => [s.id, s.kind, s.type, s.occurrences.map((o) => o.value)])).toEqual([
      ['s1', 'literal', 'year', ['2023', '2024']],
      ['s2', 'hollow', 'count', ['', '']],
      ['s3', 'literal', 'count', ['8', '12']],
      ['s4', 'literal', 'count', ['3', '5']],
      ['s5', 'literal', 'count', ['二百']],
    ]);
    expect(t.optionals.map((o) => [o.id, o.members, o.label])).toEqual([
      ['o1', ['m1.txt'], '一、加强学习'],
      ['o2', ['m2.txt'], '，参训人员二百人次'],
      ['o3', ['m2.txt'], '二、附则'],
    ]);
    roundTrips(t, [a, b]);
  });

  it('types a variable slot like the others: numbers before a unit take the unit’s type', () => {
    // A one-character Chinese numeral without a cue word is not detected, so the two differ as text.
    // (三万元 is: the scale makes it a quantity.)
    const t = templateOf(['今年做好三件实事，增长很快。', '今年做好四件实事，增长很快。']);
    const v = t.slots.find((s) => s.kind === 'variable');
    expect(v).toMatchObject({ type: 'count', unit: '件' });
    expect(v?.occurrences.map((o) => o.value)).toEqual(['三', '四']);
    const scaled = templateOf(['预计全年完成产值三万元，增长很快。', '预计全年完成产值四万元，增长很快。']);
    expect(scaled.slots.find((s) => s.kind === 'literal')).toMatchObject({ type: 'amount', unit: '万元' });
  });

  it('a differing word inside a clause is a text slot; an extra clause is an optional block', () => {
    const x = '要认真组织学习，全年培训3期，参训人员二百人次。';
    const y = '要组织学习，全年培训3期。';
    const t = templateOf([x, y]);
    expect(textOf(t.parts)).toBe('要{s1}组织学习，全年培训{s2}期[o1:，参训人员{s3}人次]。');
    expect(t.slots[0]).toMatchObject({ kind: 'variable', type: 'text' });
    roundTrips(t, [x, y]);
  });

  it('a Traditional copy of a Simplified plan differs in nothing that is content: no variable slot', () => {
    const s = '公司现有员工人，全年培训3期。';
    const tr = '公司現有員工人，全年培訓5期。';
    const t = templateOf([s, tr]);
    expect(variables(t)).toBe(0);
    expect(t.slots.map((x) => [x.kind, x.type, x.occurrences.map((o) => o.value)])).toEqual([
      ['hollow', 'count', ['', '']],
      ['literal', 'count', ['3', '5']],
    ]);
    expect(t.surfaces['m2.txt']?.to).toBe('traditional');
    roundTrips(t, [s, tr]);
  });

  it('spacing, line wrapping and punctuation width are surface, not slots', () => {
    const clean = '公司现有员工人，全年培训3期，投入资金2万元。\n\n加强领导，明确责任。';
    const noisy = '公司现有员工人,全年培训 3 期,投入\n资金 2 万元。\n加强领导,明确责任。';
    const t = templateOf([noisy, clean]);
    expect(variables(t)).toBe(0);
    // The cleaner copy gives the template its text, whichever came first.
    expect(t.members[0]).toBe('m2.txt');
    expect(textOf(t.parts)).toBe('公司现有员工{s1}人，全年培训{s2}期，投入资金{s3}万元。\n\n加强领导，明确责任。');
    roundTrips(t, [noisy, clean]);
  });

  it('an outline number that differs is not a slot', () => {
    const x = '（三）加强学习。\n（四）完善制度。';
    const y = '（三）加强学习。\n（五）完善制度。';
    const t = templateOf([x, y]);
    expect(t.slots).toEqual([]);
    roundTrips(t, [x, y]);
  });

  it('a passage with its own numbering is one optional block, marker and all', () => {
    const x = '第十一条 会议费实行定额控制。\n第十二条 公务用车统一管理。\n第十三条 办公用品集中采购。';
    const y = '第十一条 会议费实行定额控制。\n第十二条 办公用品集中采购。';
    const t = templateOf([x, y]);
    expect(textOf(t.parts)).toBe('第十一条 会议费实行定额控制。[o1:\n第十二条 公务用车统一管理。]\n第十三条 办公用品集中采购。');
    roundTrips(t, [x, y]);
  });

  it('copies whose front matter differs (order header against promulgation lines) get one block per version, not scraps', () => {
    const order = '某某市人民政府令\n第12号\n《某某管理办法》已经2020年5月6日市政府第8次常务会议通过，现予公布，自2020年7月1日起施行。\n市长　张三\n2020年5月20日\n某某管理办法\n第一章　总则\n第一条　为了规范本市某某管理工作，根据有关法律法规，结合本市实际，制定本办法。\n第二条　本办法适用于本市行政区域内的某某管理活动。';
    const database = '某某管理办法\n2020年5月6日 市政府第8次常务会议通过\n2020年5月20日 某某市人民政府令第12号公布\n2020年7月1日 施行\n第一章 总则\n第一条 为了规范本市某某管理工作，根据有关法律法规，结合本市实际，制定本办法。\n第二条 本办法适用于本市行政区域内的某某管理活动。';
    const t = templateOf([order, database]);
    expect(variables(t)).toBe(0);
    expect(t.optionals.map((o) => o.members)).toEqual([['m2.txt'], ['m1.txt']]);
    expect(textOf(t.parts)).toMatch(/^\[o1:.*\]\[o2:.*\]第一章　总则\n第一条/su);
    roundTrips(t, [order, database]);
  });

  it('a truncated copy makes each later paragraph its own optional block, and still round-trips', () => {
    const full = '一、目标\n\n全年培训3期。\n\n二、措施\n\n加强领导。';
    const cut = '一、目标\n\n全年培训3期。';
    const t = templateOf([full, cut]);
    expect(textOf(t.parts)).toBe('一、目标\n\n全年培训{s1}期。[o1:\n\n二、措施][o2:\n\n加强领导。]');
    roundTrips(t, [full, cut]);
  });

  it('page chrome inside a member is never template text nor a slot', () => {
    const page = '公司现有员工人。\n第2页\n全年培训3期。';
    const members = membersOf([page]).map((m) => ({ ...m, chrome: [{ start: 9, end: 12 }] }));
    const t = templateOf([page], {}, alignStageAligner, members);
    expect(textOf(t.parts)).toBe('公司现有员工{s1}人。\n\n全年培训{s2}期。');
    expect(fillTemplate(t, valuesOf(t, 'm1.txt'))).toBe(page);
  });

  it('needs at least one member', () => {
    expect(() => templateOf([])).toThrow(/at least one member/);
  });
});

describe.each([
  ['the align stage', alignStageAligner],
  ['a plain LCS aligner', lcsAligner],
] as const)('round trip (property) with %s', (_name, aligner) => {
  const paragraphs = ['一、指导思想', '公司现有员工人，其中党员12名。', '全年培训3期，投入资金2万元。', '认真学习“大干100天”精神。', '20xx年各项工作顺利完成。', '二、工作措施', '加强领导，明确责任。', '建立分会个，合格职工之家个。'];
  const edits = ['', '5', '十二', '，并做好总结', 'xx', ' ', '\n'];

  it('filling with any member’s own values gives back that member', () => {
    const doc = fc.array(fc.constantFrom(...paragraphs), { minLength: 1, maxLength: 6 });
    const member = fc.tuple(doc, fc.array(fc.tuple(fc.nat(200), fc.constantFrom(...edits)), { maxLength: 3 }), fc.constantFrom('\n\n', '\n'));
    fc.assert(
      fc.property(fc.array(member, { minLength: 1, maxLength: 4 }), (specs) => {
        const texts = specs.map(([paras, changes, sep]) => {
          let t = paras.join(sep);
          for (const [at, ins] of changes) {
            const k = at % (t.length + 1);
            t = t.slice(0, k) + ins + t.slice(k);
          }
          return t;
        });
        const t = templateOf(texts, {}, aligner);
        roundTrips(t, texts);
        // Every member is listed once, and every occurrence belongs to one.
        expect([...t.members].sort()).toEqual(membersOf(texts).map((m) => m.id).sort());
        for (const s of t.slots) for (const o of s.occurrences) expect(t.members).toContain(o.id);
      }),
      { seed: 42, numRuns: 120 },
    );
  });
});
