import type { DedupOptions } from '../options.js';
import type { Relation } from '../types.js';

/** Exact measures of one pair of shingle sets, weighted by shingle rarity (weights.ts). */
export interface PairMeasure {
  resemblance: number;
  /** Share of a's shingle weight found in b. */
  aInB: number;
  /** Share of b's shingle weight found in a. */
  bInA: number;
  /** The shared weight, in shingles of the pair's heaviest weight (measure.ts). */
  shared: number;
}

/** One relation test; the first rule (in RELATION_RULES order) that holds names the pair. */
export interface RelationRule {
  relation: Exclude<Relation, 'identical'>;
  holds(m: PairMeasure, o: DedupOptions): boolean;
}
