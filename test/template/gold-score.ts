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
