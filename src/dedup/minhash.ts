import { mix32 } from './hash.js';
import { CODE_BITS as BITS } from './shingles.js';
import { WEIGHT_ONE } from './weights.js';

// A module-local copy: read once per shingle.
const CODE_BITS = BITS;

/** An empty bin (a NaN pattern as float32 bits, so no real key can take it). */
const EMPTY = 0xffffffff;
const CODE_MASK = (1 << CODE_BITS) - 1;
const F32 = new Float32Array(1);
const U32 = new Uint32Array(F32.buffer);
/** Weight code → 1 / w, the factor a shingle's key is stretched by (common shingles lose more often). */
const STRETCH = Float64Array.from({ length: WEIGHT_ONE + 1 }, (_, q) => (q === 0 ? Infinity : WEIGHT_ONE / q));

/**
 * Weighted MinHash signature by one-permutation hashing with optimal densification (Shrivastava
 * 2017). Each shingle is hashed once more; the top bits pick one of `k` bins, and in its bin the
 * shingle competes with the key −ln(u) / w(s) (u uniform from the hash, w its weight, weights.ts):
 * the smallest key wins (the shingle's identity and weight come from its entry, shingles.ts). A key is an exponential variable of rate w(s), so the winner of a bin over
 * A ∪ B is in A ∩ B with probability W(A∩B) / W(A∪B) — two signatures agree in a position with
 * about the weighted resemblance, and boilerplate rarely decides a bin. With all weights 1 this is
 * ordinary MinHash. One hash and one logarithm per shingle instead of k hashes; empty bins borrow
 * from a bin chosen by a fixed hash sequence, identical for every unit. Writes into `out` at
 * `offset` (one big Uint32Array holds every unit's signature).
 */
export function writeSignature(shingles: Uint32Array, k: number, seed: number, out: Uint32Array, offset: number): void {
  out.fill(EMPTY, offset, offset + k);
  if (shingles.length === 0) return;
  const s1 = Math.imul(seed, 0x9e3779b1);
  const s2 = Math.imul(seed ^ 0x2545f491, 0x9e3779b1);
  for (let i = 0; i < shingles.length; i++) {
    // mix32(shingle, seed) and mix32(h, seed ^ …), inlined: this loop runs once per shingle.
    const entry = shingles[i] as number;
    let h = (entry >>> CODE_BITS) ^ s1;
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h = (h ^ (h >>> 16)) >>> 0;
    // Bin from the high bits (multiply-shift keeps it exact for any k ≤ 2^16).
    const bin = ((h >>> 16) * k) >>> 16;
    let v = h ^ s2;
    v ^= v >>> 16;
    v = Math.imul(v, 0x85ebca6b);
    v ^= v >>> 13;
    v = Math.imul(v, 0xc2b2ae35);
    v = (v ^ (v >>> 16)) >>> 0;
    // u ∈ (0, 1): never 0, so the logarithm is finite.
    // The key as float32 bits: for non-negative floats the bit patterns sort like the numbers, so a
    // bin stays one Uint32 and keys of any weight compare exactly (24 bits of precision).
    F32[0] = -Math.log((v + 0.5) * 2.3283064365386963e-10) * (STRETCH[entry & CODE_MASK] as number);
    const q = U32[0] as number;
    if (q < (out[offset + bin] as number)) out[offset + bin] = q;
  }
  densify(out, offset, k, seed);
}

function densify(out: Uint32Array, offset: number, k: number, seed: number): void {
  let empty = 0;
  for (let j = 0; j < k; j++) if (out[offset + j] === EMPTY) empty++;
  if (empty === 0 || empty === k) return;
  const filled = out.slice(offset, offset + k);
  for (let j = 0; j < k; j++) {
    if (filled[j] !== EMPTY) continue;
    for (let attempt = 1; ; attempt++) {
      const src = ((mix32(j * 0x10001 + attempt, seed ^ 0x6a09e667) >>> 16) * k) >>> 16;
      const v = filled[src] as number;
      if (v !== EMPTY) {
        out[offset + j] = v;
        break;
      }
    }
  }
}
