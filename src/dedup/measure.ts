import type { PairMeasure } from './relations/rule.js';
import { CODE_BITS as BITS, lowerBound } from './shingles.js';

// Module-local copies: these are read in the innermost loops.
const CODE_BITS = BITS;
const CODE_MASK = (1 << CODE_BITS) - 1;

/** One side of a pair: its sorted shingle entries (identity and weight code, shingles.ts), Σ codes and the largest code. */
export interface WeightedSet {
  set: Uint32Array;
  mass: number;
  top: number;
}

/** A set with its weighted size (Σ codes: WEIGHT_ONE per full-weight shingle) and its heaviest code. */
export function weighted(set: Uint32Array): WeightedSet {
  let mass = 0;
  let top = 0;
  for (let i = 0; i < set.length; i++) {
    const c = (set[i] as number) & CODE_MASK;
    mass += c;
    if (c > top) top = c;
  }
  return { set, mass, top };
}

/** The measures of a pair that shares nothing. */
const NOTHING: PairMeasure = Object.freeze({ resemblance: 0, aInB: 0, bInA: 0, shared: 0 });

/**
 * Exact weighted measures of two shingle sets (weights.ts): a shingle both hold counts the smaller
 * of its two weights (it is boilerplate where either side uses it as such), so
 *   shared = Σ min(wA, wB),  resemblance = shared / (W(A) + W(B) − shared),
 *   aInB = shared / W(A),  bInA = shared / W(B)
 * — the usual generalised (weighted) Jaccard and containment, and plain Jaccard when every weight is
 * 1. `shared` counts shingles of the pair's heaviest weight: full-weight shingles for any unit with
 * text of its own; for a family whose every sentence is common (more copies than boilerplateDf),
 * the shingles it shares, whatever their uniformly low weight.
 *
 * `atLeast` lets a candidate that cannot be related stop early: once even a perfect rest of the merge
 * could not lift the larger containment to `atLeast`, the pair is given up and NOTHING returned
 * (the caller only keeps related pairs). 0 measures every pair in full.
 */
export function weightedMeasure(a: WeightedSet, b: WeightedSet, atLeast = 0): PairMeasure {
  if (a.set.length === 0 || b.set.length === 0 || a.mass === 0 || b.mass === 0) return NOTHING;
  const [x, y] = a.set.length <= b.set.length ? [a, b] : [b, a];
  const inter = y.set.length > x.set.length * 8 ? gallopShared(x.set, y.set) : mergeShared(x, y, atLeast);
  if (inter < 0) return NOTHING;
  const union = a.mass + b.mass - inter;
  return {
    resemblance: union === 0 ? 0 : inter / union,
    aInB: inter / a.mass,
    bInA: inter / b.mass,
    shared: inter / Math.max(a.top, b.top, 1),
  };
}

/** Steps between two checks of the early stop. */
const CHECK_EVERY = 128;

/**
 * Σ min(codes) over the common identities of two sorted sets by a linear merge, or −1 once the pair
 * cannot reach `atLeast` containment on either side: the weight still ahead on a side bounds what
 * the rest of the merge can add.
 */
function mergeShared(a: WeightedSet, b: WeightedSet, atLeast: number): number {
  const x = a.set;
  const y = b.set;
  const need = atLeast * Math.min(a.mass, b.mass);
  let restX = a.mass;
  let restY = b.mass;
  let i = 0;
  let j = 0;
  let n = 0;
  const lx = x.length;
  const ly = y.length;
  let check = CHECK_EVERY;
  while (i < lx && j < ly) {
    const u = x[i] as number;
    const v = y[j] as number;
    const du = u >>> CODE_BITS;
    const dv = v >>> CODE_BITS;
    if (du === dv) {
      const cu = u & CODE_MASK;
      const cv = v & CODE_MASK;
      n += cu < cv ? cu : cv;
      restX -= cu;
      restY -= cv;
      i++;
      j++;
    } else if (du < dv) {
      restX -= u & CODE_MASK;
      i++;
    } else {
      restY -= v & CODE_MASK;
      j++;
    }
    if (atLeast > 0 && --check === 0) {
      check = CHECK_EVERY;
      if (n + (restX < restY ? restX : restY) < need) return -1;
    }
  }
  return n;
}

/** Σ min(codes) over the identities of the small set found in the big one (galloping search). */
function gallopShared(small: Uint32Array, big: Uint32Array): number {
  let n = 0;
  let lo = 0;
  for (let i = 0; i < small.length && lo < big.length; i++) {
    const u = small[i] as number;
    const at = lowerBound(big, u >>> CODE_BITS, lo);
    if (at < big.length && (big[at] as number) >>> CODE_BITS === u >>> CODE_BITS) {
      const cu = u & CODE_MASK;
      const cv = (big[at] as number) & CODE_MASK;
      n += cu < cv ? cu : cv;
      lo = at + 1;
    } else lo = at;
  }
  return n;
}
