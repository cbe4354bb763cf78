import type { CandidateIndex, CandidateSink } from './candidates/source.js';
import { weightedMeasure, type WeightedSet } from './measure.js';
import type { DedupOptions } from './options.js';
import type { PairMeasure, RelationRule } from './relations/rule.js';
import type { Relation } from './types.js';

/** A verified related pair of distinct units (i < j). Listed in the order found, not sorted. */
export interface VerifiedPair {
  i: number;
  j: number;
  measure: PairMeasure;
  relation: Exclude<Relation, 'identical'>;
}

/**
 * The relation the first rule that holds gives the pair, or null. A pair that shares less than
 * `minShared` full-weight shingles is never related: so little uncommon text in common is no
 * evidence of copying, however large a share of a tiny or all-boilerplate unit it is.
 */
export function classify(m: PairMeasure, rules: readonly RelationRule[], o: DedupOptions): RelationRule['relation'] | null {
  if (m.shared < o.minShared) return null;
  for (const rule of rules) if (rule.holds(m, o)) return rule.relation;
  return null;
}

/**
 * The least containment (of one side in the other) any relation needs: near-duplicates have both
 * containments ≥ their resemblance, contained and overlap pairs one of them ≥ their threshold.
 * Candidates that cannot reach it stop early (measure.ts).
 */
export function leastContainment(o: DedupOptions): number {
  return Math.min(o.nearDuplicate, o.contained, o.overlap);
}

/** Keeps the best estimate per partner for the unit being processed. */
class BestSink implements CandidateSink {
  private readonly stamp: Int32Array;
  private readonly best: Float64Array;
  readonly partners: number[] = [];
  private current = -1;

  constructor(n: number) {
    this.stamp = new Int32Array(n).fill(-1);
    this.best = new Float64Array(n);
  }

  start(i: number): void {
    this.current = i;
    this.partners.length = 0;
  }

  add(j: number, estimate: number): void {
    if (this.stamp[j] !== this.current) {
      this.stamp[j] = this.current;
      this.best[j] = estimate;
      this.partners.push(j);
    } else if (estimate > (this.best[j] as number)) this.best[j] = estimate;
  }

  /** At most `limit` partners, best estimate first, then lower index (deterministic). */
  top(limit: number): number[] {
    const p = this.partners;
    if (p.length > limit) {
      p.sort((x, y) => (this.best[y] as number) - (this.best[x] as number) || x - y);
      p.length = limit;
    }
    return p.sort((x, y) => x - y);
  }
}

/**
 * Streams over the units: for each unit i, gathers its candidates j > i (and j < i for units that
 * look back) from every index, keeps the
 * `maxCandidates` best, and verifies each exactly. Only related pairs are kept, so memory follows
 * the answer, and candidate pairs are never stored.
 */
export function verifyCandidates(
  sets: WeightedSet[],
  indexes: readonly CandidateIndex[],
  rules: readonly RelationRule[],
  o: DedupOptions,
): { pairs: VerifiedPair[]; verified: number } {
  const n = sets.length;
  const sink = new BestSink(n);
  const atLeast = leastContainment(o);
  const pairs: VerifiedPair[] = [];
  let verified = 0;
  const looksBack = (u: number): boolean => indexes.some((ix) => ix.looksBack?.(u) === true);
  // Pairs already verified whose later unit looks back: the only pairs that can be offered twice.
  const done = new Set<number>();
  for (let i = 0; i < n; i++) {
    sink.start(i);
    for (const index of indexes) index.collect(i, sink);
    for (const j of sink.top(o.maxCandidates)) {
      const [a, b] = j < i ? [j, i] : [i, j];
      if (looksBack(b)) {
        const key = a * n + b;
        if (done.has(key)) continue;
        done.add(key);
      }
      verified++;
      const measure = weightedMeasure(sets[a] as WeightedSet, sets[b] as WeightedSet, atLeast);
      const relation = classify(measure, rules, o);
      if (relation !== null) pairs.push({ i: a, j: b, measure, relation });
    }
  }
  return { pairs, verified };
}

/** Every pair, exactly: for inputs small enough that sampling would only add risk. */
export function verifyAllPairs(sets: WeightedSet[], rules: readonly RelationRule[], o: DedupOptions): { pairs: VerifiedPair[]; verified: number } {
  const atLeast = leastContainment(o);
  const pairs: VerifiedPair[] = [];
  let verified = 0;
  for (let i = 0; i < sets.length; i++) {
    for (let j = i + 1; j < sets.length; j++) {
      verified++;
      const measure = weightedMeasure(sets[i] as WeightedSet, sets[j] as WeightedSet, atLeast);
      const relation = classify(measure, rules, o);
      if (relation !== null) pairs.push({ i, j, measure, relation });
    }
  }
  return { pairs, verified };
}
