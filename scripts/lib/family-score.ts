/**
 * Pairwise precision / recall / F1 of "same family" over all unit pairs (the gold README's scoring),
 * computed from the contingency table of predicted × gold families — linear in the units, so it
 * scores 100k units without listing 5·10^9 pairs.
 */
export interface PairwiseScore {
  precision: number;
  recall: number;
  f1: number;
  /** Same-family pairs in both, in the prediction, and in the gold. */
  truePairs: number;
  predictedPairs: number;
  goldPairs: number;
}

const pairsOf = (n: number): number => (n * (n - 1)) / 2;

export function pairwiseScore(predicted: ReadonlyArray<readonly string[]>, gold: ReadonlyMap<string, string>): PairwiseScore {
  let predictedPairs = 0;
  let truePairs = 0;
  for (const members of predicted) {
    predictedPairs += pairsOf(members.length);
    const byGold = new Map<string, number>();
    for (const m of members) {
      const g = gold.get(m);
      if (g === undefined) throw new Error(`unit ${m} has no gold family`);
      byGold.set(g, (byGold.get(g) ?? 0) + 1);
    }
    for (const c of byGold.values()) truePairs += pairsOf(c);
  }
  const goldSizes = new Map<string, number>();
  for (const g of gold.values()) goldSizes.set(g, (goldSizes.get(g) ?? 0) + 1);
  let goldPairs = 0;
  for (const c of goldSizes.values()) goldPairs += pairsOf(c);
  const precision = predictedPairs === 0 ? 1 : truePairs / predictedPairs;
  const recall = goldPairs === 0 ? 1 : truePairs / goldPairs;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, truePairs, predictedPairs, goldPairs };
}
