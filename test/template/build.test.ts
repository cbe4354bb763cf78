import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isOptionalPart, isSlotPart, type Template, type TemplatePart } from '../../src/core/template.js';
import { fillTemplate } from '../../src/template/fill/fill.js';
import { valuesOf } from '../../src/template/fill/values.js';
import { alignStageAligner } from '../../src/template/build/align-stage.js';
import { membersOf, templateOf } from './build-helpers.js';
import { lcsAligner } from './lcs-aligner.js';

function roundTrips(t: Template, texts: readonly string[]): void {
  t.members.forEach((id, i) => expect(fillTemplate(t, valuesOf(t, id)), id).toBe(texts[i]));
}

function textOf(parts: readonly TemplatePart[]): string {
  return parts.map((p) => (isSlotPart(p) ? `{${p.slot}}` : isOptionalPart(p) ? `[${p.optional}:${textOf(p.parts)}]` : p.text)).join('');
}

describe('buildTemplate: one member', () => {
  const text = '\n20xx年工作计划\n\n公司现有员工人，建立分会8个。\n\n一、加强学习';
  const t = templateOf([text], { words: false });

  it('is the text with its detected slots as typed parts, never placeholder strings', () => {
    expect(textOf(t.parts)).toBe('\n{s1}年工作计划\n\n公司现有员工{s2}人，建立分会{s3}个。\n\n一、加强学习');
    expect(t.slots.map((s) => s.occurrences[0]!.value)).toEqual(['20xx', '', '8']);
    expect(t.optionals).toEqual([]);
  });

  it('reports each occurrence with its line and column in the member', () => {
    expect(t.slots[1]!.occurrences).toEqual([{ id: 'm1.txt', line: 4, column: 6, length: 0, value: '' }]);
  });
});

describe('buildTemplate: a family', () => {
  const a = '2023年工作计划\n\n公司现有员工人，建立分会8个。\n\n一、加强学习\n\n全年培训3期。';
  const b = '2024年工作计划\n\n公司现有员工人，建立分会12个。\n\n全年培训5期，参训人员二百人次。\n\n二、附则';

  it('aligns the members: shared text once, differing values as slots, passages some lack as optional blocks', () => {
    const t = templateOf([a, b]);
    expect(textOf(t.parts)).toBe('{s1}年工作计划\n\n公司现有员工{s2}人，建立分会{s3}个。[o1:\n\n一、加强学习]\n\n全年培训{s4}期{s5}。[o2:\n\n二、附则]');
    expect(t.slots.map((s) => [s.id, s.kind, s.type, s.occurrences.map((o) => o.value)])).toEqual([
      ['s1', 'literal', 'year', ['2023', '2024']],
      ['s2', 'hollow', 'count', ['', '']],
      ['s3', 'literal', 'count', ['8', '12']],
      ['s4', 'literal', 'count', ['3', '5']],
      ['s5', 'variable', 'text', ['', '，参训人员二百人次']],
    ]);
    expect(t.optionals.map((o) => [o.id, o.members, o.label])).toEqual([
      ['o1', ['m1.txt'], '一、加强学习'],
      ['o2', ['m2.txt'], '二、附则'],
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

  it('aligns a Traditional copy with a Simplified one; what differs only in script becomes a slot', () => {
    const s = '公司现有员工人，全年培训3期。';
    const tr = '公司現有員工人，全年培訓5期。';
    const t = templateOf([s, tr]);
    roundTrips(t, [s, tr]);
    expect(t.slots.filter((x) => x.kind !== 'variable').map((x) => x.type)).toEqual(['count', 'count']);
  });

  it('a truncated copy leaves the rest optional and still round-trips', () => {
    const full = '一、目标\n\n全年培训3期。\n\n二、措施\n\n加强领导。';
    const cut = '一、目标\n\n全年培训3期。';
    const t = templateOf([full, cut]);
    expect(textOf(t.parts)).toBe('一、目标\n\n全年培训{s1}期。[o1:\n\n二、措施\n\n加强领导。]');
    roundTrips(t, [full, cut]);
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
  const edits = ['', '5', '十二', '，并做好总结', 'xx'];

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
        const t = templateOf(texts, { words: false }, aligner);
        roundTrips(t, texts);
        // Members are listed in order and every occurrence belongs to one.
        expect(t.members).toEqual(membersOf(texts).map((m) => m.id));
      }),
      { seed: 42, numRuns: 120 },
    );
  });
});

describe('variable slots of spacing', () => {
  it('members that only break paragraphs differently get a 段落间隔 slot and still round-trip', () => {
    const a = '一、目标\n\n加强学习。';
    const b = '一、目标\n加强学习。';
    const t = templateOf([a, b]);
    expect(t.slots.map((s) => [s.kind, s.label, s.occurrences.map((o) => o.value)])).toEqual([['variable', '段落间隔', ['\n\n', '\n']]]);
    roundTrips(t, [a, b]);
  });
});
