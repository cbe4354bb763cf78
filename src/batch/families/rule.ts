import { RELATION_RULES } from '../../dedup/index.js';
import type { DedupOptions } from '../../dedup/options.js';
import type { Relation } from '../../dedup/types.js';
import { classify, measurePair } from '../../dedup/verify.js';

/** A verified related pair of representatives (ords, a < b), as fam_pairs stores it. */
export interface RelatedPair {
  a: number;
  b: number;
  relation: Exclude<Relation, 'identical'>;
  resemblance: number;
  aInB: number;
  bInA: number;
}

/**
 * The family rule, in the two steps the family phase streams: judging one candidate pair from the
 * two shingle sets, and deciding from the stream of related pairs which units share a family. The
 * store-side machinery (candidates, batches, checkpoints, writing) does not depend on it, so the
 * rule of in-memory dedup can change and the family phase follows by replacing this module.
 *
 * This rule is findDuplicates': exact Jaccard and both containments, RELATION_RULES (first that
 * holds) names the pair, and families are the connected components of all related pairs.
 */
export interface FamilyRule {
  verify(a: number, b: number, setA: Uint32Array, setB: Uint32Array, o: DedupOptions): RelatedPair | null;
  /** True when a related pair joins its two units' families. */
  links(pair: RelatedPair, o: DedupOptions): boolean;
}

export const componentsRule: FamilyRule = {
  verify(a, b, setA, setB, o) {
    const m = measurePair(setA, setB);
    const relation = classify(m, RELATION_RULES, o);
    if (relation === null) return null;
    return { a, b, relation, resemblance: m.resemblance, aInB: m.aInB, bInA: m.bInA };
  },
  links: () => true,
};
