/**
 * Slot scoring with the seed gold's rules (../shared/gold/README.md; the matcher is
 * scripts/lib/slot-score.ts): must-recall per gold kind, precision per predicted kind.
 */
import { LineIndex } from '../../src/core/lines.js';
import type { Analysis } from '../../src/pipeline.js';
import { matches, type PredictedSlot } from '../lib/slot-score.js';
import type { GoldSlots } from './sets.js';

export interface KindCounts {
  mustTotal: number;
  mustFound: number;
  predicted: number;
  truePositives: number;
}

export type SlotTally = Record<string, KindCounts>;

const empty = (): KindCounts => ({ mustTotal: 0, mustFound: 0, predicted: 0, truePositives: 0 });

export function predictedSlots(a: Analysis, gold: GoldSlots, lines = new LineIndex(a.document.text)): Array<PredictedSlot & { kind: string }> {
  const ranges = gold.variants === undefined ? null : Object.values(gold.variants);
  const out: Array<PredictedSlot & { kind: string }> = [];
  for (const v of a.variants) {
    for (const s of v.slots) {
      const p = lines.position(s.span.start);
      if (ranges !== null && !ranges.some(([first, last]) => p.line >= first && p.line <= last)) continue;
      out.push({ line: p.line, column: p.column, length: s.span.end - s.span.start, value: s.value, type: s.type, kind: s.kind });
    }
  }
  return out;
}

/** Adds one document's counts, per kind and under 'all'. */
export function tallySlots(tally: SlotTally, gold: GoldSlots, predicted: ReadonlyArray<PredictedSlot & { kind: string }>): void {
  const at = (k: string): KindCounts => (tally[k] ??= empty());
  for (const g of gold.slots) {
    if (!g.must) continue;
    const found = predicted.some((p) => matches(p, g));
    for (const k of [g.kind, 'all']) {
      at(k).mustTotal++;
      if (found) at(k).mustFound++;
    }
  }
  for (const p of predicted) {
    const ok = gold.slots.some((g) => matches(p, g));
    for (const k of [p.kind, 'all']) {
      at(k).predicted++;
      if (ok) at(k).truePositives++;
    }
  }
}

export function mergeTally(into: SlotTally, from: SlotTally): void {
  for (const [k, c] of Object.entries(from)) {
    const t = (into[k] ??= empty());
    t.mustTotal += c.mustTotal;
    t.mustFound += c.mustFound;
    t.predicted += c.predicted;
    t.truePositives += c.truePositives;
  }
}
