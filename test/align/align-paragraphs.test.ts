import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignParagraphs, type ParagraphPair } from '../../src/align/index.js';
import { planParagraphs } from '../../scripts/lib/plan-text.js';
import { Rng } from '../../scripts/lib/rng.js';

/** Every index of both sides exactly once, ascending on each side. */
function checkMonotone(rows: ParagraphPair[], n: number, m: number): void {
  const as = rows.flatMap((r) => (r.a === null ? [] : [r.a]));
  const bs = rows.flatMap((r) => (r.b === null ? [] : [r.b]));
  expect(as).toEqual(Array.from({ length: n }, (_, i) => i));
  expect(bs).toEqual(Array.from({ length: m }, (_, i) => i));
}

describe('alignParagraphs', () => {
  const a = planParagraphs(new Rng(11), 900);

  it('pairs equal paragraphs with similarity 1 (whitespace and punctuation do not count)', () => {
    const b = a.map((p) => ` ${p.replace(/,/g, ',')} `);
    const rows = alignParagraphs(a, b);
    expect(rows.every((r) => r.a === r.b && r.similarity === 1)).toBe(true);
  });

  it('shows a drop, an insert and an edit', () => {
    const b = [...a];
    b.splice(3, 1); // a[3] dropped
    b.splice(5, 0, '新增一段:年底前完成全部台账的电子化归档工作。'); // inserted before a[6]
    b[1] = (b[1] as string).replace(/。$/, '') + ',并形成长效机制。'; // a[1] edited
    const rows = alignParagraphs(a, b);
    checkMonotone(rows, a.length, b.length);
    expect(rows).toContainEqual({ a: 3, b: null, similarity: 0 });
    expect(rows).toContainEqual({ a: null, b: 5, similarity: 0 });
    const edited = rows.find((r) => r.a === 1);
    expect(edited?.b).toBe(1);
    expect(edited?.similarity).toBeGreaterThan(0.6);
    expect(edited?.similarity).toBeLessThan(1);
  });

  it('shows a moved paragraph as a deletion and an insertion', () => {
    const b = [...a.slice(1), a[0] as string];
    const rows = alignParagraphs(a, b);
    checkMonotone(rows, a.length, b.length);
    expect(rows[0]).toEqual({ a: 0, b: null, similarity: 0 });
    expect(rows.at(-1)).toEqual({ a: null, b: b.length - 1, similarity: 0 });
  });

  it('does not pair unrelated paragraphs', () => {
    const other = planParagraphs(new Rng(12), 900).filter((p) => p.length > 20);
    const rows = alignParagraphs(a.filter((p) => p.length > 20), other);
    expect(rows.filter((r) => r.a !== null && r.b !== null)).toEqual([]);
  });

  it('is monotone and complete for any input (property)', () => {
    const para = fc.constantFrom(...a.slice(0, 8), '完全不同的一段话。', '');
    fc.assert(
      fc.property(fc.array(para, { maxLength: 15 }), fc.array(para, { maxLength: 15 }), (x, y) => {
        checkMonotone(alignParagraphs(x, y), x.length, y.length);
      }),
      { numRuns: 300 },
    );
  });

  it('falls back to deletions and insertions for a gap too large to compare pairwise', () => {
    const x = Array.from({ length: 30 }, (_, i) => `第${i}段甲方内容`);
    const y = Array.from({ length: 30 }, (_, i) => `第${i}段乙方内容`);
    const rows = alignParagraphs(x, y, { maxCells: 100 });
    checkMonotone(rows, 30, 30);
    expect(rows.every((r) => r.a === null || r.b === null)).toBe(true);
    expect(alignParagraphs(x, y).some((r) => r.a !== null && r.b !== null)).toBe(true);
  });
});
