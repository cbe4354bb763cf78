import type { DedupOptions } from '../options.js';
import type { Relation } from '../types.js';

/** Exact measures of one pair of shingle sets. */
export interface PairMeasure {
  resemblance: number;
  /** Share of a's shingles found in b. */
  aInB: number;
  /** Share of b's shingles found in a. */
  bInA: number;
}

/** One relation test; the first rule (in RELATION_RULES order) that holds names the pair. */
export interface RelationRule {
  relation: Exclude<Relation, 'identical'>;
  holds(m: PairMeasure, o: DedupOptions): boolean;
}
