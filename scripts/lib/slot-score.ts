/**
 * Scoring of predicted slots against the seed gold (../shared/gold/README.md): a prediction matches
 * a gold slot on the same line when its span overlaps the gold span or, for a hollow gold slot,
 * touches its column (±1 character). Recall is over `must` slots; precision counts predictions
 * that match no gold slot (must or not) as false positives.
 */
export interface GoldSlot {
  line: number;
  column: number;
  length: number;
  value: string;
  kind: string;
  type: string;
  unit: string;
  must: boolean;
  context?: string;
}

export interface GoldFile {
  file: string;
  variants: Record<string, [number, number]>;
  slots: GoldSlot[];
}

export interface PredictedSlot {
  line: number;
  column: number;
  length: number;
  value?: string;
  type?: string;
}

export interface SlotScore {
  predicted: number;
  mustTotal: number;
  mustFound: number;
  truePositives: number;
  recall: number;
  precision: number;
  missed: GoldSlot[];
  falsePositives: PredictedSlot[];
}

/** Touching tolerance for hollow gold slots (characters either side of the column). */
const HOLLOW_TOLERANCE = 1;

export function matches(p: PredictedSlot, g: GoldSlot): boolean {
  if (p.line !== g.line) return false;
  if (g.length === 0) {
    // The prediction's extent, closed at both ends, touches [column-1, column+1].
    return p.column <= g.column + HOLLOW_TOLERANCE && p.column + p.length >= g.column - HOLLOW_TOLERANCE;
  }
  if (p.length === 0) return p.column >= g.column && p.column <= g.column + g.length;
  return p.column < g.column + g.length && g.column < p.column + p.length;
}

export function scoreSlots(gold: readonly GoldSlot[], predicted: readonly PredictedSlot[]): SlotScore {
  const must = gold.filter((g) => g.must);
  const missed = must.filter((g) => !predicted.some((p) => matches(p, g)));
  const falsePositives = predicted.filter((p) => !gold.some((g) => matches(p, g)));
  const truePositives = predicted.length - falsePositives.length;
  return {
    predicted: predicted.length,
    mustTotal: must.length,
    mustFound: must.length - missed.length,
    truePositives,
    recall: must.length === 0 ? 1 : (must.length - missed.length) / must.length,
    precision: predicted.length === 0 ? 1 : truePositives / predicted.length,
    missed,
    falsePositives,
  };
}

/** Recall over `must` gold slots and precision over predictions, for one group (a kind, a type, a rule, a file). */
export interface GroupScore {
  mustTotal: number;
  mustFound: number;
  predicted: number;
  truePositives: number;
}

export interface ScoredPrediction extends PredictedSlot {
  kind?: string;
  rule?: string;
  confidence?: number;
}

function emptyGroup(): GroupScore {
  return { mustTotal: 0, mustFound: 0, predicted: 0, truePositives: 0 };
}

export function addGroups(a: GroupScore, b: GroupScore): GroupScore {
  return { mustTotal: a.mustTotal + b.mustTotal, mustFound: a.mustFound + b.mustFound, predicted: a.predicted + b.predicted, truePositives: a.truePositives + b.truePositives };
}

export function recallOf(g: GroupScore): number {
  return g.mustTotal === 0 ? 1 : g.mustFound / g.mustTotal;
}

export function precisionOf(g: GroupScore): number {
  return g.predicted === 0 ? 1 : g.truePositives / g.predicted;
}

/**
 * Scores grouped by a key: recall of the gold `must` slots whose key is k (by the gold's kind or
 * type), precision of the predictions whose key is k (a prediction is right when it matches any gold
 * slot). `goldKey` undefined leaves the recall side empty (rules exist on predictions only).
 */
export function scoreBy(
  gold: readonly GoldSlot[],
  predicted: readonly ScoredPrediction[],
  predKey: (p: ScoredPrediction) => string,
  goldKey?: (g: GoldSlot) => string,
): Map<string, GroupScore> {
  const out = new Map<string, GroupScore>();
  const group = (k: string): GroupScore => {
    let g = out.get(k);
    if (g === undefined) out.set(k, (g = emptyGroup()));
    return g;
  };
  if (goldKey !== undefined) {
    for (const g of gold) {
      if (!g.must) continue;
      const s = group(goldKey(g));
      s.mustTotal++;
      if (predicted.some((p) => matches(p, g))) s.mustFound++;
    }
  }
  for (const p of predicted) {
    const s = group(predKey(p));
    s.predicted++;
    if (gold.some((g) => matches(p, g))) s.truePositives++;
  }
  return out;
}

/** The must slots that only predictions of `rule` find (what is lost without that rule). */
export function onlyFoundBy(gold: readonly GoldSlot[], predicted: readonly ScoredPrediction[], rule: (p: ScoredPrediction) => boolean): number {
  let n = 0;
  for (const g of gold) {
    if (!g.must) continue;
    const hits = predicted.filter((p) => matches(p, g));
    if (hits.length > 0 && hits.every(rule)) n++;
  }
  return n;
}
