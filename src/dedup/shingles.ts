import { fmix32, hashRange } from './hash.js';
import type { Scratch } from './scratch.js';

/** Odd multiplier of the rolling polynomial hash (any large odd constant; fmix32 mixes afterwards). */
const BASE = 0x01000193;

/**
 * The set of a unit's character k-gram shingles, as hashed 32-bit values, sorted and unique — the
 * exact representation every reported resemblance and containment is computed from. A text shorter
 * than k (but not empty) is one shingle, so a short heading still has a set. With `scratch`, the
 * result is a view into its buffer, valid until that scratch is used again.
 */
export function shingleSet(units: Uint16Array, k: number, seed: number, scratch?: Scratch): Uint32Array {
  const n = units.length;
  if (n === 0) return new Uint32Array(0);
  const count = n < k ? 1 : n - k + 1;
  const out = scratch === undefined ? new Uint32Array(count) : scratch.hashes(count);
  if (n < k) out[0] = hashRange(units, 0, n, seed);
  else rollingHashes(units, k, seed, out);
  out.sort();
  return uniqueSorted(out);
}

/**
 * Hash of every k-gram by a rolling polynomial (Σ c·BASE^(k−1−t) mod 2^32, updated in O(1) per
 * position instead of O(k)), each finished by fmix32 under the seed so the bits are uniform.
 */
function rollingHashes(units: Uint16Array, k: number, seed: number, out: Uint32Array): void {
  let top = 1; // BASE^(k-1)
  for (let t = 1; t < k; t++) top = Math.imul(top, BASE);
  let h = 0;
  for (let t = 0; t < k; t++) h = (Math.imul(h, BASE) + (units[t] as number)) | 0;
  out[0] = fmix32((h ^ seed) >>> 0);
  for (let i = 1; i < out.length; i++) {
    h = (Math.imul(h - Math.imul(units[i - 1] as number, top), BASE) + (units[i + k - 1] as number)) | 0;
    // fmix32, inlined: this loop runs once per character of the corpus.
    let x = h ^ seed;
    x ^= x >>> 16;
    x = Math.imul(x, 0x85ebca6b);
    x ^= x >>> 13;
    x = Math.imul(x, 0xc2b2ae35);
    x ^= x >>> 16;
    out[i] = x >>> 0;
  }
}

/** Removes repeats from a sorted array in place; returns a view of the used prefix. */
export function uniqueSorted(a: Uint32Array): Uint32Array {
  if (a.length === 0) return a;
  let w = 1;
  for (let r = 1; r < a.length; r++) if (a[r] !== a[w - 1]) a[w++] = a[r] as number;
  return w === a.length ? a : a.subarray(0, w);
}

/**
 * |A ∩ B| for sorted unique arrays: a linear merge, or a galloping search from the smaller side when
 * the sizes differ a lot (a 1 MB unit against a paragraph).
 */
export function intersectionSize(a: Uint32Array, b: Uint32Array): number {
  if (a.length > b.length) [a, b] = [b, a];
  if (a.length === 0) return 0;
  // Past 8:1 a galloping search beats walking the big array (paragraph against whole unit).
  if (b.length > a.length * 8) return gallopCount(a, b);
  let i = 0;
  let j = 0;
  let n = 0;
  const la = a.length;
  const lb = b.length;
  while (i < la && j < lb) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      n++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return n;
}

function gallopCount(small: Uint32Array, big: Uint32Array): number {
  let n = 0;
  let lo = 0;
  for (let i = 0; i < small.length && lo < big.length; i++) {
    const x = small[i] as number;
    let step = 1;
    let hi = lo;
    while (hi < big.length && (big[hi] as number) < x) {
      lo = hi + 1;
      hi += step;
      step *= 2;
    }
    if (hi >= big.length) hi = big.length - 1;
    // Binary search in [lo, hi] for the first value >= x.
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((big[mid] as number) < x) lo = mid + 1;
      else hi = mid;
    }
    if (big[lo] === x) {
      n++;
      lo++;
    }
  }
  return n;
}

/** True when sorted `set` holds `x` (binary search). */
export function hasValue(set: Uint32Array, x: number): boolean {
  let lo = 0;
  let hi = set.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = set[mid] as number;
    if (v === x) return true;
    if (v < x) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}
