import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffTexts, diffTokens, MAX_DISTINCT_TOKENS, type DiffOp } from '../../src/align/index.js';
import { codePointOf } from '../../src/align/intern.js';

/** Rebuilds b from a and the ops, and checks the ops tile both sides in order. */
function apply<T>(a: readonly T[], b: readonly T[], ops: DiffOp[]): T[] {
  const out: T[] = [];
  let i = 0;
  let j = 0;
  for (const op of ops) {
    expect(op.a[0]).toBe(i);
    expect(op.b[0]).toBe(j);
    if (op.op === 'equal') {
      expect(a.slice(op.a[0], op.a[1])).toEqual(b.slice(op.b[0], op.b[1]));
      out.push(...a.slice(op.a[0], op.a[1]));
    } else if (op.op === 'insert') {
      expect(op.a[1]).toBe(op.a[0]);
      out.push(...b.slice(op.b[0], op.b[1]));
    } else expect(op.b[1]).toBe(op.b[0]);
    i = op.a[1];
    j = op.b[1];
  }
  expect(i).toBe(a.length);
  expect(j).toBe(b.length);
  return out;
}

describe('diffTokens', () => {
  it('is minimal on inputs of a few thousand tokens', () => {
    const a = Array.from({ length: 5000 }, (_, i) => `t${i}`);
    const b = a.filter((_, i) => i % 11 !== 0).map((t, i) => (i % 7 === 0 ? `${t}'` : t));
    const equal = diffTokens(a, b).filter((o) => o.op === 'equal').reduce((s, o) => s + o.a[1] - o.a[0], 0);
    expect(equal).toBe(b.filter((t) => !t.endsWith("'")).length);
  });

  it('diffs word sequences with token ranges', () => {
    const a = ['加强', '职工', '技能', '培训', '。'];
    const b = ['加强', '青年', '职工', '技能', '培训', '工作', '。'];
    expect(diffTokens(a, b)).toEqual([
      { op: 'equal', a: [0, 1], b: [0, 1] },
      { op: 'insert', a: [1, 1], b: [1, 2] },
      { op: 'equal', a: [1, 4], b: [2, 5] },
      { op: 'insert', a: [4, 4], b: [5, 6] },
      { op: 'equal', a: [4, 5], b: [6, 7] },
    ]);
  });

  it('tiles both sides and rebuilds b (property)', () => {
    const token = fc.constantFrom('一', '二', '三', '工作', '计划', '', ' ', '\u{20000}', 'xx');
    fc.assert(
      fc.property(fc.array(token, { maxLength: 40 }), fc.array(token, { maxLength: 40 }), (a, b) => {
        expect(apply(a, b, diffTokens(a, b))).toEqual(b);
      }),
      { numRuns: 500 },
    );
  });

  it('handles more distinct tokens than the BMP private-use area holds (surrogate pairs kept whole)', () => {
    const n = 20_000;
    const a = Array.from({ length: n }, (_, i) => `t${i}`);
    // Every 7th token replaced, every 11th dropped, some new ones: thousands of edits across planes.
    const b: string[] = [];
    for (let i = 0; i < n; i++) {
      if (i % 11 === 0) continue;
      b.push(i % 7 === 0 ? `new${i}` : `t${i}`);
    }
    const ops = diffTokens(a, b);
    expect(apply(a, b, ops)).toEqual(b);
    const equal = ops.filter((o) => o.op === 'equal').reduce((s, o) => s + o.a[1] - o.a[0], 0);
    // fast-diff's half-match speed-up may give up a little minimality on long inputs, never much.
    const survivors = b.filter((t) => t.startsWith('t')).length;
    expect(equal).toBeLessThanOrEqual(survivors);
    expect(equal).toBeGreaterThan(0.99 * survivors);
  });

  it('maps token indices to distinct code points across the planes', () => {
    const seen = new Set<number>();
    for (const i of [0, 6399, 6400, 6400 + 131071, 6400 + 131072, MAX_DISTINCT_TOKENS - 1]) {
      const cp = codePointOf(i);
      expect(cp < 0xd800 || cp > 0xdfff).toBe(true);
      seen.add(cp);
    }
    expect(seen.size).toBe(6);
    expect(() => codePointOf(MAX_DISTINCT_TOKENS)).toThrow(RangeError);
  });

  it('answers empty sides', () => {
    expect(diffTokens([], [])).toEqual([]);
    expect(diffTokens(['a'], [])).toEqual([{ op: 'delete', a: [0, 1], b: [0, 0] }]);
    expect(diffTokens([], ['a', 'b'])).toEqual([{ op: 'insert', a: [0, 0], b: [0, 2] }]);
  });
});

describe('diffTexts', () => {
  it('gives character ranges and the text of each step', () => {
    const ops = diffTexts('20xx年公司工会工作计划', '20__年公司工会工作计划');
    expect(ops.map((o) => [o.op, o.text])).toEqual([
      ['equal', '20'],
      ['delete', 'xx'],
      ['insert', '__'],
      ['equal', '年公司工会工作计划'],
    ]);
    expect(ops[1]).toMatchObject({ a: [2, 4], b: [4 - 2, 4 - 2] });
  });

  it('rebuilds both texts (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), fc.string({ maxLength: 60 }), (a, b) => {
        const ops = diffTexts(a, b);
        expect(ops.filter((o) => o.op !== 'insert').map((o) => o.text).join('')).toBe(a);
        expect(ops.filter((o) => o.op !== 'delete').map((o) => o.text).join('')).toBe(b);
        for (const o of ops) if (o.op !== 'insert') expect(a.slice(o.a[0], o.a[1])).toBe(o.text);
      }),
      { numRuns: 500 },
    );
  });
});
