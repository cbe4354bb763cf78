import { describe, expect, it } from 'vitest';
import { findDuplicates } from '../../src/dedup/index.js';
import { foldText } from '../../src/normalize/index.js';
import { generateBoilerplateCorpus } from '../../scripts/lib/boilerplate-corpus.js';
import { pairwiseScore } from '../../scripts/lib/family-score.js';

describe('dedup on 1 500 generated plans that share stock paragraphs with unrelated plans', () => {
  const corpus = generateBoilerplateCorpus({ units: 1500, seed: 3 });
  const units = corpus.map((u) => ({ id: u.id, text: foldText(u.text).folded }));
  const gold = new Map(corpus.map((u) => [u.id, u.family]));
  const score = (options = {}) => pairwiseScore(findDuplicates(units, options).families.map((f) => f.members), gold);

  it('groups the copies of each plan and never plans that share only boilerplate', () => {
    const s = score();
    expect(s.goldPairs).toBeGreaterThan(1000);
    expect(s.precision).toBeGreaterThanOrEqual(0.99);
    expect(s.f1).toBeGreaterThanOrEqual(0.95);
  });

  it('needs the boilerplate weighting for that: without it unrelated plans are put together', () => {
    expect(score({ boilerplateDf: 1_000_000 }).precision).toBeLessThan(0.99);
  });
});
