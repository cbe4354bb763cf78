import type { Collapsed } from './collapse.js';
import { verbatimKey } from './normalise.js';
import type { DedupPair, DedupUnit } from './types.js';
import type { VerifiedPair } from './verify.js';

/** A reported pair with the input positions it is ordered by. */
export interface OrderedPair {
  first: number;
  second: number;
  pair: DedupPair;
}

/**
 * Pairs inside each copy group (same normalised text), as a star: a member pairs with the first
 * earlier member of the very same text (identical), or else with the group's first member
 * (near-duplicate: only numbers, placeholders or punctuation differ). Linear in the group, never
 * all of its pairs.
 */
export function copyPairs(units: readonly DedupUnit[], collapsed: Collapsed): OrderedPair[] {
  const out: OrderedPair[] = [];
  const groupSize = new Uint32Array(collapsed.representative.length);
  for (let u = 0; u < units.length; u++) {
    const d = collapsed.distinctOf[u] as number;
    if (d >= 0) groupSize[d] = (groupSize[d] as number) + 1;
  }
  const verbatimFirst = new Map<string, number>();
  for (let u = 0; u < units.length; u++) {
    const d = collapsed.distinctOf[u] as number;
    if (d < 0 || groupSize[d] === 1) continue;
    const key = `${d}\u0000${verbatimKey((units[u] as DedupUnit).text)}`;
    const twin = verbatimFirst.get(key);
    if (twin === undefined) verbatimFirst.set(key, u);
    const rep = collapsed.representative[d] as number;
    if (rep === u) continue;
    const first = twin ?? rep;
    out.push({
      first,
      second: u,
      pair: {
        a: (units[first] as DedupUnit).id,
        b: (units[u] as DedupUnit).id,
        resemblance: 1,
        containment: [1, 1],
        relation: twin === undefined ? 'near-duplicate' : 'identical',
      },
    });
  }
  return out;
}

/** Verified pairs of distinct texts, reported between their groups' first members. */
export function verifiedPairs(units: readonly DedupUnit[], collapsed: Collapsed, found: readonly VerifiedPair[]): OrderedPair[] {
  return found.map((p) => {
    const ua = collapsed.representative[p.i] as number;
    const ub = collapsed.representative[p.j] as number;
    // A contained pair names the inner unit first, as one says "a is contained in b".
    const swap = p.relation === 'contained' && p.measure.bInA > p.measure.aInB;
    const [x, y] = swap ? [ub, ua] : [ua, ub];
    const containment: [number, number] = swap ? [p.measure.bInA, p.measure.aInB] : [p.measure.aInB, p.measure.bInA];
    return {
      first: Math.min(ua, ub),
      second: Math.max(ua, ub),
      pair: { a: (units[x] as DedupUnit).id, b: (units[y] as DedupUnit).id, resemblance: p.measure.resemblance, containment, relation: p.relation },
    };
  });
}
