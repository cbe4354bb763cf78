import { LineIndex } from '../../../src/core/lines.js';
import { normalize } from '../../../src/normalize/index.js';
import { analyzeDocument } from '../../../src/pipeline.js';
import { joinLines } from './join-lines.js';
import type { GoldItem, OutlineGold } from './outline-gold.js';

export interface PredictedItem {
  line: number;
  column: number;
  style: string;
  ordinal: number;
  depth: number;
}

export interface OutlineScore {
  tp: number;
  fp: number;
  fn: number;
  /** Matched items whose depth agrees with the gold. */
  depthAgree: number;
  precision: number;
  recall: number;
  f1: number;
  /** depthAgree / tp (1 when nothing matched). */
  depth: number;
}

/** The line-start items (not inline enumerations) of every variant of a text, as the pipeline finds them. */
export function predictItems(text: string, path = 'doc.txt'): PredictedItem[] {
  const doc = normalize({ path, encoding: 'utf-8', encodingCertain: true, format: 'text', text, byteLength: Buffer.byteLength(text), diagnostics: [] });
  const a = analyzeDocument(doc, { segment: false, slots: false });
  const li = new LineIndex(doc.text);
  return a.variants.flatMap((v) =>
    (v.outline?.items ?? [])
      .filter((it) => it.kind !== 'inline')
      .map((it) => ({ ...li.position(it.markerSpan.start), style: it.style, ordinal: it.ordinal, depth: it.depth })),
  );
}

/**
 * Marker-sequence scoring: a predicted item is right when it stands where a gold item does (line and
 * column) with the same style and ordinal; depth agreement is counted over those matches.
 */
export function scoreItems(gold: readonly GoldItem[], predicted: readonly PredictedItem[]): OutlineScore {
  const byPos = new Map(predicted.map((p) => [`${p.line}:${p.column}`, p]));
  let tp = 0;
  let depthAgree = 0;
  for (const g of gold) {
    const p = byPos.get(`${g.line}:${g.column}`);
    if (p === undefined || p.style !== g.style || p.ordinal !== g.ordinal) continue;
    tp++;
    if (p.depth === g.depth) depthAgree++;
  }
  return finish(tp, predicted.length - tp, gold.length - tp, depthAgree);
}

function finish(tp: number, fp: number, fn: number, depthAgree: number): OutlineScore {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, depthAgree, precision, recall, f1, depth: tp === 0 ? 1 : depthAgree / tp };
}

export function sumScores(scores: readonly OutlineScore[]): OutlineScore {
  const s = scores.reduce((a, b) => ({ tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn, d: a.d + b.depthAgree }), { tp: 0, fp: 0, fn: 0, d: 0 });
  return finish(s.tp, s.fp, s.fn, s.d);
}

/** The gold scored on the text as laid out, and with every `k` lines joined into one. */
export function scoreGold(gold: OutlineGold, k = 8): { normal: OutlineScore; joined: OutlineScore } {
  const normal = scoreItems(gold.items, predictItems(gold.text));
  const j = joinLines(gold.text, k);
  const joinedGold = gold.items.map((it) => ({ ...it, ...j.map(it.line, it.column) }));
  const joined = scoreItems(joinedGold, predictItems(j.text));
  return { normal, joined };
}
