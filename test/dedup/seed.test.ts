import { describe, expect, it } from 'vitest';
import { findDuplicates, type DedupResult } from '../../src/dedup/index.js';
import { pairwiseScore } from '../../scripts/lib/family-score.js';
import { HAS_SHARED, loadGold, seedDocument } from '../helpers/seed.js';

interface GoldVariants {
  variants: Array<{ label: string; header_line: number }>;
  families: string[][];
  relations: Array<{ a: string; b: string; relation: string }>;
}

/** The eight variants, carved from the gold header lines (body = the lines between two headers). */
function seedUnits(gold: GoldVariants): Array<{ id: string; text: string }> {
  const lines = seedDocument().folded.split('\n');
  return gold.variants.map((v, k) => {
    const next = gold.variants[k + 1];
    const end = next === undefined ? lines.length : next.header_line - 1;
    return { id: v.label, text: lines.slice(v.header_line, end).join('\n') };
  });
}

function relationOf(r: DedupResult, a: string, b: string): string | undefined {
  return r.pairs.find((p) => (p.a === a && p.b === b) || (p.a === b && p.b === a))?.relation;
}

describe.skipIf(!HAS_SHARED)('dedup on the seed page (gold seed-variants)', () => {
  const gold = HAS_SHARED ? loadGold<GoldVariants>('seed-variants') : ({ variants: [], families: [], relations: [] } as GoldVariants);

  // Both paths: every pair verified (the default for 8 units), and LSH + sketch candidates only.
  for (const [name, options] of [
    ['exhaustive', {}],
    ['candidates', { exhaustiveBelow: 0 }],
  ] as const) {
    describe(name, () => {
      // describe.skipIf still runs this body while collecting: read the seed only when it is there.
      const r = HAS_SHARED ? findDuplicates(seedUnits(gold), options) : (null as unknown as DedupResult);

      it('recovers the gold families exactly (pairwise F1 = 1)', () => {
        const goldOf = new Map(gold.families.flatMap((f, i) => f.map((m) => [m, `g${i}`] as const)));
        const score = pairwiseScore(r.families.map((f) => f.members), goldOf);
        expect(score.f1).toBe(1);
        expect(r.families.map((f) => f.members)).toEqual([['篇1', '篇2', '篇3', '篇5', '篇7'], ['篇4'], ['篇6'], ['篇8']]);
        expect(r.stats.exhaustive).toBe(name === 'exhaustive');
      });

      it('names the gold relations', () => {
        for (const rel of gold.relations) expect(relationOf(r, rel.a, rel.b), `${rel.a}~${rel.b}`).toBe(rel.relation);
        const inside = r.pairs.find((p) => p.relation === 'contained' && p.b === '篇1');
        expect(inside?.a).toBe('篇7');
        expect(inside?.containment[0]).toBe(1);
        // 篇7 is wholly inside 篇1 although they share under half of 篇1's shingles.
        expect(inside?.resemblance).toBeLessThan(0.5);
      });

      it('relates no stand-alone variant to anything', () => {
        for (const p of r.pairs) for (const alone of ['篇4', '篇6', '篇8']) expect([p.a, p.b]).not.toContain(alone);
      });

      it('describes what members lack against the canonical one', () => {
        const family = r.families[0];
        expect(family?.canonical).toBe('篇3');
        const d7 = family?.delta.find((d) => d.id === '篇7');
        // The truncated copy lacks most of the canonical text and the later paragraphs.
        expect(d7?.missing).toBeGreaterThan(0.5);
        expect(d7?.extra).toBeLessThan(0.1);
        expect(d7?.missingParagraphs.length).toBeGreaterThan(30);
        const d2 = family?.delta.find((d) => d.id === '篇2');
        expect(d2?.missing).toBeLessThan(0.01);
      });
    });
  }
});
