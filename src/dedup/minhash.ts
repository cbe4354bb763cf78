import { mix32 } from './hash.js';

const EMPTY = 0xffffffff;

/**
 * MinHash signature by one-permutation hashing with optimal densification (Shrivastava 2017): each
 * shingle is hashed once more, its top bits pick one of `k` bins and the rest compete for that bin's
 * minimum. Two signatures agree in a position with probability ≈ Jaccard resemblance, like k
 * independent permutations, at the cost of one hash per shingle instead of k — what makes 100k
 * units fit in seconds. Empty bins borrow from a bin chosen by a fixed hash sequence, identical for
 * every unit, so agreement stays an unbiased estimate. Writes into `out` at `offset` (one big
 * Uint32Array holds every unit's signature).
 */
export function writeSignature(shingles: Uint32Array, k: number, seed: number, out: Uint32Array, offset: number): void {
  out.fill(EMPTY, offset, offset + k);
  if (shingles.length === 0) return;
  const s1 = Math.imul(seed, 0x9e3779b1);
  const s2 = Math.imul(seed ^ 0x2545f491, 0x9e3779b1);
  for (let i = 0; i < shingles.length; i++) {
    // mix32(shingle, seed) and mix32(h, seed ^ …), inlined: this loop runs once per shingle.
    let h = (shingles[i] as number) ^ s1;
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
    if (v < (out[offset + bin] as number)) out[offset + bin] = v;
  }
  densify(out, offset, k, seed);
}

// A real minimum can be 0xffffffff too; densification treats such a bin as empty and refills it from
// another bin, which is harmless (it happens with probability 2^-32 per bin).
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
