import { describe, expect, it } from 'vitest';
import { isPlankitError } from '../../src/core/errors.js';
import type { Template } from '../../src/core/template.js';
import { formatFillProblem } from '../../src/messages/index.js';
import { checkTemplate, FillError, fillTemplate } from '../../src/template/fill/fill.js';
import type { FillProblem } from '../../src/core/errors.js';
import { validateFieldValue } from '../../src/template/fill/validate.js';
import { readValues, valuesOf } from '../../src/template/fill/values.js';
import { fieldModel } from '../../src/template/field-model.js';
import { templateOf } from './build-helpers.js';

const PLAN = '20xx年，公司现有员工人，建立分会8个，投入资金3万元，合格率达到95%。';

function problemsOf(fn: () => unknown): FillProblem[] {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(FillError);
    expect(isPlankitError(e) && e.kind).toBe('invalid-values');
    return (e as FillError).problems;
  }
  throw new Error('no error thrown');
}

describe('fillTemplate', () => {
  const t = templateOf([PLAN]);
  const key = Object.fromEntries(t.fields.map((f) => [`${f.type}:${f.unit}`, f.key]));
  const good = { [key['year:年']!]: '2025', [key['count:人']!]: '120', [key['count:个']!]: '十二', [key['amount:万元']!]: '3.5', [key['percent:%']!]: '98' };

  it('has one field per blank here, typed', () => {
    expect(t.fields.map((f) => [f.type, f.unit])).toEqual([
      ['year', '年'],
      ['count', '人'],
      ['count', '个'],
      ['amount', '万元'],
      ['percent', '%'],
    ]);
  });

  it('fills every field and converts the script on request', () => {
    const text = fillTemplate(t, { fields: good, optional: {} });
    expect(text).toBe('2025年，公司现有员工120人，建立分会十二个，投入资金3.5万元，合格率达到98%。');
    expect(fillTemplate(t, { fields: good, optional: {} }, { to: 'traditional' })).toBe('2025年，公司現有員工120人，建立分會十二個，投入資金3.5萬元，合格率達到98%。');
    expect(fillTemplate(t, { fields: good, optional: {} }, { to: 'simplified' })).toBe(text);
  });

  it('normalises values by type: never 95%%, never 120人人, years in any form', () => {
    const year = key['year:年']!;
    const pct = key['percent:%']!;
    const people = key['count:人']!;
    for (const [raw, want] of [
      ['95%', '95%'],
      ['95', '95%'],
      ['９５％', '95%'],
      ['百分之九十五', '95%'],
    ] as const) {
      expect(fillTemplate(t, { fields: { ...good, [pct]: raw }, optional: {} }), raw).toContain(`合格率达到${want}。`);
    }
    for (const raw of ['2024', '2024年', '二〇二四', '二零二四年', '２０２４']) {
      expect(fillTemplate(t, { fields: { ...good, [year]: raw }, optional: {} }), raw).toMatch(/^2024年，/);
    }
    expect(fillTemplate(t, { fields: { ...good, [people]: '120人' }, optional: {} })).toContain('公司现有员工120人，');
  });

  it('gives the member back with its own values', () => {
    expect(fillTemplate(t, valuesOf(t, t.members[0]!))).toBe(PLAN);
  });

  it('names the field, its label and the expected type on a negative count', () => {
    const [p] = problemsOf(() => fillTemplate(t, { fields: { ...good, [key['count:人']!]: '-5' }, optional: {} }));
    expect(p).toEqual({ problem: 'bad-value', field: key['count:人'], label: '公司现有员工（人）', type: 'count', value: '-5', reason: 'negative' });
    expect(formatFillProblem(p!, 'zh')).toBe('字段“公司现有员工”（公司现有员工（人））的值“-5”不能是负数，应填数量（不小于 0 的整数，如 12 或 十二）');
    expect(formatFillProblem(p!, 'en')).toMatch(/field "公司现有员工" \(公司现有员工（人）\): "-5" is negative; expected a count/);
  });

  it('rejects an amount with letters, an unknown field and a missing value', () => {
    expect(problemsOf(() => fillTemplate(t, { fields: { ...good, [key['amount:万元']!]: '3.5w' }, optional: {} }))[0]).toMatchObject({ problem: 'bad-value', reason: 'letters' });
    expect(problemsOf(() => fillTemplate(t, { fields: { ...good, 不存在: '1' }, optional: {} }))[0]).toMatchObject({ problem: 'unknown-field', field: '不存在' });
    const { [key['count:个']!]: _drop, ...missing } = good;
    expect(problemsOf(() => fillTemplate(t, { fields: missing, optional: {} }))[0]).toMatchObject({ problem: 'missing-value', field: key['count:个'] });
    expect(problemsOf(() => fillTemplate(t, { fields: { ...good, [key['count:个']!]: null }, optional: {} }))[0]).toMatchObject({ problem: 'missing-value' });
  });

  it('lists every problem; the message names the first and how many more', () => {
    try {
      fillTemplate(t, { fields: { [key['count:人']!]: 'many' }, optional: {} });
    } catch (e) {
      expect((e as FillError).problems.length).toBe(5);
      expect((e as Error).message).toMatch(/\(and 4 more\)$/);
      return;
    }
    throw new Error('no error');
  });

  it('takes a slot id for its field and follows same_as links', () => {
    const plan = '公司现有员工人，其中党员名。';
    const two = templateOf([plan]);
    const [staff, members] = two.fields;
    expect(fillTemplate(two, { fields: { s1: '30', s2: '12' }, optional: {} })).toBe('公司现有员工30人，其中党员12名。');
    expect(fillTemplate(two, { fields: { [staff!.key]: '30' }, optional: {}, links: { [members!.key]: staff!.key } })).toBe('公司现有员工30人，其中党员30名。');
    expect(problemsOf(() => fillTemplate(two, { fields: { [staff!.key]: '30' }, optional: {}, links: { [members!.key]: '没有' } }))[0]).toMatchObject({ problem: 'bad-link' });
  });
});

describe('fields: slots that mean the same are asked once', () => {
  it('every 20xx年 of the plan is one field, and one value fills them all', () => {
    const plan = '20xx年工作计划\n\n为确保20xx年目标完成，现制定20xx年计划。';
    const t = templateOf([plan]);
    expect(t.fields).toHaveLength(1);
    expect(t.fields[0]).toMatchObject({ key: '计划年度', label: '计划年度', type: 'year', slots: ['s1', 's2', 's3'] });
    expect(fillTemplate(t, { fields: { 计划年度: '2025' }, optional: {} })).toBe('2025年工作计划\n\n为确保2025年目标完成，现制定2025年计划。');
  });

  it('the same placeholder company is one field; a different role is another', () => {
    const t = templateOf(['制定了《xx公司工作计划》，xx公司全体员工参加，xx部门负责落实。']);
    expect(t.fields.map((f) => [f.key, f.slots.length])).toEqual([
      ['公司名称', 2],
      ['部门名称', 1],
    ]);
  });

  it('slots whose values differ in some member are never one field (the round trip must hold)', () => {
    const a = '2023年计划。2023年目标。';
    const b = '2024年计划。2023年目标。';
    const t = templateOf([a, b]);
    expect(t.fields).toHaveLength(2);
    expect(fillTemplate(t, valuesOf(t, 'm1.txt'))).toBe(a);
    expect(fillTemplate(t, valuesOf(t, 'm2.txt'))).toBe(b);
  });

  it('the user links two fields with the links option (keys or slot ids)', () => {
    const t = templateOf(['公司现有员工人，其中党员名。'], { links: [['s1', 's2']] });
    expect(t.fields).toHaveLength(1);
    expect(t.fields[0]!.slots).toEqual(['s1', 's2']);
  });

  it('labels never hold the old values', () => {
    const t = templateOf(['2018年6月份，全年完成8项任务，比2017年增长10%。']);
    for (const f of t.fields) expect(f.label, f.key).not.toMatch(/2018|2017|\b6\b|\b8\b|10/);
  });
});

describe('optional blocks', () => {
  const t = templateOf(['一、总体要求\n\n认真学习。\n\n二、工作措施', '一、总体要求\n\n二、工作措施']);

  it('keeps or leaves out exactly the passage, and needs no values inside a dropped one', () => {
    expect(t.optionals).toHaveLength(1);
    const id = t.optionals[0]!.id;
    expect(fillTemplate(t, { fields: {}, optional: { [id]: true } })).toBe('一、总体要求\n\n认真学习。\n\n二、工作措施');
    expect(fillTemplate(t, { fields: {}, optional: { [id]: false } })).toBe('一、总体要求\n\n二、工作措施');
  });

  it('turning one block off removes that block and nothing after it', () => {
    const full = '一、目标\n\n全年培训3期。\n\n二、措施\n\n加强领导。\n\n三、落款\n\nXX公司';
    const cut = '一、目标\n\n全年培训3期。';
    const tt = templateOf([full, cut]);
    const own = valuesOf(tt, 'm1.txt');
    const first = tt.optionals[0]!.id;
    const { surface: _own, ...values } = own;
    const text = fillTemplate(tt, { ...values, optional: { ...own.optional, [first]: false } });
    expect(text).toBe(full.replace('\n\n二、措施', ''));
  });

  it('requires a choice for each block and rejects unknown blocks', () => {
    expect(problemsOf(() => fillTemplate(t, { fields: {}, optional: {} }))[0]).toMatchObject({ problem: 'missing-include', block: 'o1', label: '认真学习。' });
    expect(problemsOf(() => fillTemplate(t, { fields: {}, optional: { o1: true, o7: false } }))[0]).toMatchObject({ problem: 'unknown-block', block: 'o7' });
  });
});

describe('checkTemplate: a template that is not sound is an error naming what is wrong', () => {
  const base = templateOf([PLAN]);
  const copy = (): Template => JSON.parse(JSON.stringify(base)) as Template;

  it.each([
    ['an unknown slot in the parts', (t: Template): void => void t.parts.push({ slot: 's99' }), { problem: 'unknown-slot', slot: 's99' }],
    ['a part of an unknown shape', (t: Template): void => void (t.parts as unknown[]).push({ bogus: 1 }), { problem: 'unknown-part' }],
    ['a slot of an unknown type', (t: Template): void => void ((t.slots[0] as { type: string }).type = 'colour'), { problem: 'unknown-type', slot: 's1', type: 'colour' }],
    ['an unknown optional block', (t: Template): void => void t.parts.push({ optional: 'o9', parts: [] }), { problem: 'unknown-block-part', block: 'o9' }],
  ] as const)('%s', (_what, spoil, problem) => {
    const t = copy();
    spoil(t);
    expect(checkTemplate(t)).toContainEqual(expect.objectContaining(problem));
    expect(() => fillTemplate(t, valuesOf(base, base.members[0]!))).toThrow(FillError);
  });
});

describe('validateFieldValue', () => {
  it.each([
    ['count', '', '12', '12'],
    ['count', '', '１２', '１２'],
    ['count', '', '一百二十', '一百二十'],
    ['count', '', '3—5', '3—5'],
    ['count', '人', '120人', '120'],
    ['count', '', '2.5', 'not-whole'],
    ['count', '', '-1', 'negative'],
    ['count', '', 'abc', 'letters'],
    ['amount', '万元', '3.5万元', '3.5'],
    ['amount', '', '6000—10000', '6000—10000'],
    ['amount', '', '12a', 'letters'],
    ['amount', '', '', 'empty'],
    ['percent', '%', '95%', '95'],
    ['percent', '%', '百分之九十五', '95'],
    ['percent', '%', '95%%', '95'],
    ['year', '年', '2024', '2024'],
    ['year', '年', '二〇二四', '2024'],
    ['year', '年', '2024年', '2024'],
    ['year', '年', '3000', 'year-range'],
    ['year', '年', '明年', 'not-year'],
    ['date', '月', '6', '6'],
    ['date', '', '3月8日', '3月8日'],
    ['date', '', '45', 'not-date'],
    ['org', '', '红星机械厂', '红星机械厂'],
    ['org', '', ' ', 'empty'],
    ['org', '', '红星\n机械厂', 'line-break'],
    ['colour', '', 'red', 'unknown-type'],
  ] as const)('%s (%s) %j → %j', (type, unit, raw, want) => {
    const r = validateFieldValue({ type: type as never, unit }, raw);
    expect(r.ok ? r.value : r.code).toBe(want);
  });
});

describe('readValues', () => {
  it('reads the skeleton shape, the short shape, slot ids and links', () => {
    expect(readValues({ template: 'F1', fields: { 计划年度: { label: 'x', value: 2024 }, 人数: '3', 党员: { same_as: '人数' }, s3: null }, optional: { o1: { include: false }, o2: true } })).toEqual({
      template: 'F1',
      fields: { 计划年度: '2024', 人数: '3', s3: null },
      links: { 党员: '人数' },
      optional: { o1: false, o2: true },
    });
  });

  it.each([
    [[1, 2], /must hold a mapping/],
    ['text', /must hold a mapping/],
    [{ fields: [1] }, /"fields" must map/],
    [{ fields: { a: { value: [1] } } }, /field a: the value must be text or a number/],
    [{ fields: {}, optional: { o1: 'yes' } }, /optional block o1: "include" must be true or false/],
  ])('rejects %j', (raw, message) => {
    expect(() => readValues(raw)).toThrow(message);
  });
});

describe('fieldModel: the fields a form asks, with every place they occur', () => {
  it('gives each field its occurrences, with the optional blocks around them', () => {
    const t = templateOf(['20xx年计划。\n\n20xx年全年培训3期。', '20xx年计划。']);
    const model = fieldModel(t);
    expect(model.family).toBe(t.family);
    const year = model.fields.find((f) => f.key === '计划年度')!;
    expect(year.occurrences.map((o) => [o.slot, o.member, o.value, o.blocks])).toEqual([
      ['s1', 'm1.txt', '20xx', []],
      ['s1', 'm2.txt', '20xx', []],
      ['s2', 'm1.txt', '20xx', ['o1']],
    ]);
    expect(model.optionals.map((b) => b.id)).toEqual(['o1']);
  });
});
