import { hashRange } from './hash.js';
import type { Scratch } from './scratch.js';

/** Odd multiplier of the rolling polynomial hash (any large odd constant; fmix32 mixes afterwards). */
const BASE = 0x01000193;

/**
 * A shingle entry is one 32-bit number: the shingle's identity (the top 24 bits of its hash) and its
 * weight code in this unit (the low 8 bits, 1 … WEIGHT_ONE, see weights.ts). Sorting entries sorts by
 * identity, one Uint32Array holds a weighted set, and two sets compare identities (`x >>> 8`).
 * 24 bits keep the sets exact to a few parts in a thousand for units of 100k characters; for the
 * units of a plan corpus (a few thousand shingles) a spurious match is a rare event.
 */
export const CODE_BITS = 8;
const CODE_MASK = (1 << CODE_BITS) - 1;
const ID_MASK = ~CODE_MASK;

/** The weight code of an entry. */
export const codeOf = (entry: number): number => entry & CODE_MASK;

/** The identity of an entry (what two sets compare). */
export const idOf = (entry: number): number => entry >>> CODE_BITS;

/**
 * The set of a unit's character k-gram shingles: sorted entries, one per distinct shingle. The code
 * of a shingle is the largest of `charCodes` over its k characters (the most informative sentence it
 * touches; all WEIGHT_ONE without `charCodes`), and the largest over its occurrences. A text shorter
 * than k (but not empty) is one shingle, so a short heading still has a set. With `scratch`, the
 * result is a view into its buffer, valid until that scratch is used again.
 */
export function shingleSet(units: Uint16Array, k: number, seed: number, scratch?: Scratch, charCodes?: Uint8Array): Uint32Array {
  const n = units.length;
  if (n === 0) return new Uint32Array(0);
  const count = n < k ? 1 : n - k + 1;
  const out = scratch === undefined ? new Uint32Array(count) : scratch.hashes(count);
  if (n < k) out[0] = hashRange(units, 0, n, seed);
  else rollingHashes(units, k, seed, out);
  if (charCodes === undefined) {
    for (let i = 0; i < count; i++) out[i] = ((out[i] as number) | CODE_MASK) >>> 0;
  } else {
    // The largest code in each window of k characters (windows slide by one: recount only when the
    // character leaving held the maximum).
    const w = Math.min(n, k);
    let max = 0;
    for (let t = 0; t < w; t++) if ((charCodes[t] as number) > max) max = charCodes[t] as number;
    for (let i = 0; i < count; i++) {
      if (i > 0) {
        const entering = charCodes[i + w - 1] as number;
        if (entering >= max) max = entering;
        else if (charCodes[i - 1] === max) {
          max = 0;
          for (let t = i; t < i + w; t++) if ((charCodes[t] as number) > max) max = charCodes[t] as number;
        }
      }
      out[i] = (((out[i] as number) & ID_MASK) | max) >>> 0;
    }
  }
  sortHashes(out);
  return uniqueSorted(out);
}

let bucketCounts = new Uint32Array(1 << 10);
let sortBuffer = new Uint32Array(1 << 10);

/**
 * Sorts uniformly distributed 32-bit values in place, in linear time: a counting pass by the top
 * bits into about one bucket per value, then one insertion pass over the nearly sorted result.
 * About three times faster than TypedArray#sort on a unit's few hundred shingles, and shingling
 * sorts one array per unit.
 */
export function sortHashes(a: Uint32Array): void {
  const n = a.length;
  if (n < 2) return;
  let bits = 4;
  while (1 << bits < n && bits < 16) bits++;
  const shift = 32 - bits;
  const m = 1 << bits;
  if (bucketCounts.length < m + 1) bucketCounts = new Uint32Array(m + 1);
  if (sortBuffer.length < n) sortBuffer = new Uint32Array(n * 2);
  const counts = bucketCounts;
  const tmp = sortBuffer;
  counts.fill(0, 0, m + 1);
  for (let i = 0; i < n; i++) {
    const b = ((a[i] as number) >>> shift) + 1;
    counts[b] = (counts[b] as number) + 1;
  }
  for (let b = 1; b <= m; b++) counts[b] = (counts[b] as number) + (counts[b - 1] as number);
  for (let i = 0; i < n; i++) {
    const v = a[i] as number;
    const b = v >>> shift;
    const at = counts[b] as number;
    tmp[at] = v;
    counts[b] = at + 1;
  }
  for (let i = 0; i < n; i++) {
    const v = tmp[i] as number;
    let j = i - 1;
    while (j >= 0 && (a[j] as number) > v) {
      a[j + 1] = a[j] as number;
      j--;
    }
    a[j + 1] = v;
  }
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
  let x0 = h ^ seed;
  x0 ^= x0 >>> 16;
  x0 = Math.imul(x0, 0x85ebca6b);
  x0 ^= x0 >>> 13;
  x0 = Math.imul(x0, 0xc2b2ae35);
  x0 ^= x0 >>> 16;
  out[0] = x0 >>> 0;
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

/**
 * Keeps one entry per identity of a sorted array, in place — the last of each run, which has the
 * largest code; returns a view of the used prefix.
 */
export function uniqueSorted(a: Uint32Array): Uint32Array {
  if (a.length === 0) return a;
  let w = 0;
  for (let r = 0; r < a.length; r++) {
    const v = a[r] as number;
    if (r + 1 < a.length && (a[r + 1] as number) >>> CODE_BITS === v >>> CODE_BITS) continue;
    a[w++] = v;
  }
  return w === a.length ? a : a.subarray(0, w);
}

/**
 * |A ∩ B| by identity for sorted sets: a linear merge, or a galloping search from the smaller side
 * when the sizes differ a lot (a 1 MB unit against a paragraph).
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
    const x = (a[i] as number) >>> CODE_BITS;
    const y = (b[j] as number) >>> CODE_BITS;
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
    const at = lowerBound(big, (small[i] as number) >>> CODE_BITS, lo);
    if (at < big.length && (big[at] as number) >>> CODE_BITS === (small[i] as number) >>> CODE_BITS) {
      n++;
      lo = at + 1;
    } else lo = at;
  }
  return n;
}

/** First index ≥ `from` whose identity is ≥ `id` (galloping, then binary search). */
export function lowerBound(set: Uint32Array, id: number, from: number): number {
  let lo = from;
  let step = 1;
  let hi = lo;
  while (hi < set.length && (set[hi] as number) >>> CODE_BITS < id) {
    lo = hi + 1;
    hi += step;
    step *= 2;
  }
  if (hi > set.length) hi = set.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((set[mid] as number) >>> CODE_BITS < id) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** True when sorted `set` holds an entry with the identity of `entry` (binary search). */
export function hasValue(set: Uint32Array, entry: number): boolean {
  const at = lowerBound(set, entry >>> CODE_BITS, 0);
  return at < set.length && (set[at] as number) >>> CODE_BITS === entry >>> CODE_BITS;
}
