import { describe, expect, it } from 'vitest';
import { findDuplicates } from '../../src/dedup/index.js';
import { generateCorpus } from '../../scripts/lib/dedup-corpus.js';
import { pairwiseScore } from '../../scripts/lib/family-score.js';

describe('dedup on a generated corpus of 1 000 units with known families', () => {
  const corpus = generateCorpus({ units: 1000, seed: 2024 });
  const r = findDuplicates(corpus.map(({ id, text }) => ({ id, text })));
  const gold = new Map(corpus.map((u) => [u.id, u.family]));

  it('recovers the families with pairwise F1 ≥ 0.95 through the candidate search', () => {
    expect(r.stats.exhaustive).toBe(false);
    const score = pairwiseScore(
      r.families.map((f) => f.members),
      gold,
    );
    expect(score.goldPairs).toBeGreaterThan(1000);
    expect(score.f1).toBeGreaterThanOrEqual(0.95);
  });

  it('names every kind of relation the generator makes', () => {
    const kinds = new Set(r.pairs.map((p) => p.relation));
    for (const k of ['near-duplicate', 'contained', 'overlap'] as const) expect(kinds.has(k), k).toBe(true);
  });

  it('verifies a small multiple of the units, not all pairs', () => {
    expect(r.stats.verified).toBeLessThan(corpus.length * 10);
  });
});
