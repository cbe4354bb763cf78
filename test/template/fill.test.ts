import { describe, expect, it } from 'vitest';
import { isPlankitError } from '../../src/core/errors.js';
import { FillError, fillTemplate } from '../../src/template/fill/fill.js';
import { validateValue } from '../../src/template/fill/validate.js';
import { readValues, valuesOf } from '../../src/template/fill/values.js';
import { templateOf } from './build-helpers.js';

const PLAN = '20xx年，公司现有员工人，建立分会8个，投入资金3万元，合格率达到95%。';

function problemOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(FillError);
    expect(isPlankitError(e) && e.kind).toBe('invalid-values');
    return (e as Error).message;
  }
  throw new Error('no error thrown');
}

describe('fillTemplate', () => {
  const t = templateOf([PLAN], { words: false });
  const ids = Object.fromEntries(t.slots.map((s) => [s.type + ':' + s.unit, s.id]));
  const good = { [ids['year:年']!]: '2025', [ids['count:人']!]: '120', [ids['count:个']!]: '十二', [ids['amount:万元']!]: '3.5', [ids['percent:%']!]: '98' };

  it('has one slot per blank, typed', () => {
    expect(t.slots.map((s) => [s.kind, s.type, s.unit])).toEqual([
      ['placeholder', 'year', '年'],
      ['hollow', 'count', '人'],
      ['literal', 'count', '个'],
      ['literal', 'amount', '万元'],
      ['literal', 'percent', '%'],
    ]);
  });

  it('fills every slot and converts the script on request', () => {
    const text = fillTemplate(t, { slots: good, optional: {} });
    expect(text).toBe('2025年，公司现有员工120人，建立分会十二个，投入资金3.5万元，合格率达到98%。');
    expect(fillTemplate(t, { slots: good, optional: {} }, { to: 'traditional' })).toBe('2025年，公司現有員工120人，建立分會十二個，投入資金3.5萬元，合格率達到98%。');
    expect(fillTemplate(t, { slots: good, optional: {} }, { to: 'simplified' })).toBe(text);
  });

  it('gives the member back with its own values', () => {
    expect(fillTemplate(t, valuesOf(t, t.members[0]!))).toBe(PLAN);
  });

  it('names the slot, its label and the expected type on a negative count', () => {
    const msg = problemOf(() => fillTemplate(t, { slots: { ...good, [ids['count:人']!]: '-5' }, optional: {} }));
    expect(msg).toContain(`slot ${ids['count:人']} (公司现有员工·人数)`);
    expect(msg).toContain('negative count');
    expect(msg).toContain('expected a count');
  });

  it('rejects an amount with letters, an unknown slot id and a missing value', () => {
    expect(problemOf(() => fillTemplate(t, { slots: { ...good, [ids['amount:万元']!]: '3.5w' }, optional: {} }))).toMatch(/letters in an amount "3\.5w", expected an amount/);
    expect(problemOf(() => fillTemplate(t, { slots: { ...good, s99: '1' }, optional: {} }))).toMatch(/slot s99 does not exist/);
    const { [ids['count:个']!]: _drop, ...missing } = good;
    expect(problemOf(() => fillTemplate(t, { slots: missing, optional: {} }))).toMatch(/\(分会·个数\): missing value, expected a count/);
    expect(problemOf(() => fillTemplate(t, { slots: { ...good, [ids['count:个']!]: null }, optional: {} }))).toMatch(/missing value/);
  });

  it('lists every problem, the message names the first and how many more', () => {
    const e = (() => {
      try {
        fillTemplate(t, { slots: { [ids['count:人']!]: 'many' }, optional: {} });
      } catch (err) {
        return err as FillError;
      }
      throw new Error('no error');
    })();
    expect(e.problems.length).toBe(5);
    expect(e.message).toMatch(/\(and 4 more\)$/);
  });
});

describe('optional blocks', () => {
  const t = templateOf(['一、总体要求\n\n认真学习。\n\n二、工作措施', '一、总体要求\n\n二、工作措施']);

  it('keeps or drops the passage and needs no values for slots inside a dropped one', () => {
    expect(t.optionals).toHaveLength(1);
    const id = t.optionals[0]!.id;
    expect(fillTemplate(t, { slots: {}, optional: { [id]: true } })).toBe('一、总体要求\n\n认真学习。\n\n二、工作措施');
    expect(fillTemplate(t, { slots: {}, optional: { [id]: false } })).toBe('一、总体要求\n\n二、工作措施');
  });

  it('requires a choice for each block and rejects unknown blocks', () => {
    expect(problemOf(() => fillTemplate(t, { slots: {}, optional: {} }))).toMatch(/optional block o1 \(认真学习。\): missing include/);
    expect(problemOf(() => fillTemplate(t, { slots: {}, optional: { o1: true, o7: false } }))).toMatch(/optional block o7 does not exist/);
  });
});

describe('validateValue', () => {
  it.each([
    ['count', '12', null],
    ['count', '１２', null],
    ['count', '一百二十', null],
    ['count', '3—5', null],
    ['count', '2.5', 'not-whole'],
    ['count', '-1', 'negative'],
    ['count', 'abc', 'letters'],
    ['amount', '3.5', null],
    ['amount', '6000—10000', null],
    ['amount', '12a', 'letters'],
    ['amount', '', 'empty'],
    ['percent', '95%', null],
    ['year', '2024', null],
    ['year', '二〇二四', null],
    ['year', '3000', 'year-range'],
    ['date', '6', null],
    ['date', '3月8日', null],
    ['date', '45', 'not-day'],
    ['org', '红星机械厂', null],
    ['org', ' ', 'empty'],
  ] as const)('%s %j → %j', (type, value, problem) => {
    expect(validateValue(type, value)).toBe(problem);
  });
});

describe('readValues', () => {
  it('reads the skeleton shape and the short shape', () => {
    expect(readValues({ template: 'F1', slots: { s1: { label: 'x', value: 12 }, s2: '3', s3: { value: null } }, optional: { o1: { include: false }, o2: true } })).toEqual({
      template: 'F1',
      slots: { s1: '12', s2: '3', s3: null },
      optional: { o1: false, o2: true },
    });
  });

  it.each([
    [[1, 2], /must hold a mapping/],
    ['text', /must hold a mapping/],
    [{ slots: [1] }, /"slots" must map/],
    [{ slots: { s1: { value: [1] } } }, /slot s1: the value must be text or a number/],
    [{ slots: {}, optional: { o1: 'yes' } }, /optional block o1: "include" must be true or false/],
  ])('rejects %j', (raw, message) => {
    expect(() => readValues(raw)).toThrow(message);
  });
});
