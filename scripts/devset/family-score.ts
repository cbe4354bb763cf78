/**
 * Family scoring: pairwise precision / recall / F1 of "same family" (the seed README's rule), per
 * page over its variants, and over the whole corpus/real set with its listed families.
 */
import { findDuplicates } from '../../src/dedup/index.js';
import { dedupUnit, type Analysis } from '../../src/pipeline.js';
import { pairwiseScore, type PairwiseScore } from '../lib/family-score.js';

export interface PairCounts {
  truePairs: number;
  predictedPairs: number;
  goldPairs: number;
}

export const NO_PAIRS: PairCounts = { truePairs: 0, predictedPairs: 0, goldPairs: 0 };

export function addPairs(a: PairCounts, b: PairCounts): PairCounts {
  return { truePairs: a.truePairs + b.truePairs, predictedPairs: a.predictedPairs + b.predictedPairs, goldPairs: a.goldPairs + b.goldPairs };
}

/** Units whose ids are gold member names; every unit not in a gold family is a family of its own. */
export function scoreFamilies(units: Array<{ id: string; text: string }>, goldFamilies: readonly string[][]): PairwiseScore {
  const gold = new Map<string, string>();
  goldFamilies.forEach((f, i) => f.forEach((m) => gold.set(m, `G${i}`)));
  for (const u of units) if (!gold.has(u.id)) gold.set(u.id, `S:${u.id}`);
  for (const id of [...gold.keys()]) if (!units.some((u) => u.id === id)) gold.delete(id);
  const { families } = findDuplicates(units);
  const inFamily = new Set(families.flatMap((f) => f.members));
  const predicted = [...families.map((f) => f.members), ...units.filter((u) => !inFamily.has(u.id)).map((u) => [u.id])];
  return pairwiseScore(predicted, gold);
}

/** A page's variants as units named by their labels (the gold's names): the units `plankit dedup` makes (dedupUnit). */
export function pageUnits(a: Analysis): Array<{ id: string; text: string }> {
  return a.variants.map((v) => ({ id: v.variant.label ?? v.variant.id, text: dedupUnit(a, v.variant).text }));
}

/** A whole document as one unit named `id`: its variants' units (as `plankit dedup` makes them) joined. */
export function documentUnit(a: Analysis, id: string): { id: string; text: string } {
  return { id, text: a.variants.map((v) => dedupUnit(a, v.variant).text).join('\n') };
}
