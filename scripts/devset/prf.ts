/** Precision / recall / F1 from counts, and a rounded view for tables. */
export interface Prf {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export function prf(tp: number, fp: number, fn: number): Prf {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

export function addPrf(a: Prf, b: Prf): Prf {
  return prf(a.tp + b.tp, a.fp + b.fp, a.fn + b.fn);
}

export const ZERO: Prf = prf(0, 0, 0);

export const r3 = (x: number): string => x.toFixed(3);
