import { RELATION_RULES } from '../../dedup/index.js';
import { weightedMeasure, type WeightedSet } from '../../dedup/measure.js';
import type { DedupOptions } from '../../dedup/options.js';
import type { Relation } from '../../dedup/types.js';
import { classify, leastContainment } from '../../dedup/verify.js';

/** A verified related pair of representatives (ords, a < b), as fam_pairs stores it. */
export interface RelatedPair {
  a: number;
  b: number;
  relation: Exclude<Relation, 'identical'>;
  resemblance: number;
  aInB: number;
  bInA: number;
  /** Shared shingles, counted in the pair's heaviest weight (measure.ts). */
  shared: number;
  /** Whether the pair may link a family (cluster.ts of dedup: isFamilyLink). */
  link: boolean;
}

/**
 * findDuplicates' judgement of one candidate pair, from the two weighted shingle sets: exact
 * weighted resemblance and both containments, RELATION_RULES (first that holds, `minShared`
 * required) name the pair, or null. Whether it may link a family: a near-duplicate or contained
 * pair does; an overlap only when its smaller containment reaches `overlap` too AND it is two cuts
 * of one text — which needs the two texts (cuts.ts), so such a pair comes back with `needsCut` and
 * the caller decides `link` from the texts.
 */
export function judgePair(a: number, b: number, setA: WeightedSet, setB: WeightedSet, o: DedupOptions): (RelatedPair & { needsCut: boolean }) | null {
  const m = weightedMeasure(setA, setB, leastContainment(o));
  const relation = classify(m, RELATION_RULES, o);
  if (relation === null) return null;
  const needsCut = relation === 'overlap' && Math.min(m.aInB, m.bInA) >= o.overlap;
  return { a, b, relation, resemblance: m.resemblance, aInB: m.aInB, bInA: m.bInA, shared: m.shared, link: relation !== 'overlap', needsCut };
}

/**
 * Unit x measured against centre c in full: the related pair (ords in order) if they are related at
 * all — what lets a unit reached from a member join the centre's family — else null.
 */
export function relatedToCentre(x: number, c: number, setX: WeightedSet, setC: WeightedSet, o: DedupOptions): RelatedPair | null {
  const m = weightedMeasure(setX, setC);
  const relation = classify(m, RELATION_RULES, o);
  if (relation === null) return null;
  const [a, b, aInB, bInA] = x < c ? [x, c, m.aInB, m.bInA] : [c, x, m.bInA, m.aInB];
  return { a, b, relation, resemblance: m.resemblance, aInB, bInA, shared: m.shared, link: false };
}
