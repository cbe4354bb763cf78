/**
 * 32-bit hashing on plain integers (Math.imul keeps every step in 32 bits, so nothing allocates).
 * FNV-1a spreads the characters of a shingle; the murmur3 finaliser then mixes the bits so that any
 * bit range (bins, samples, band keys) is uniform.
 */

/** murmur3 fmix32: a bijection on 32-bit integers with full avalanche. */
export function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Mixes `x` under `seed`: a different seed gives an independent-looking hash function. */
export function mix32(x: number, seed: number): number {
  return fmix32((x ^ Math.imul(seed, 0x9e3779b1)) >>> 0);
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** Hash of code units [from, to) of `units`, seeded. */
export function hashRange(units: Uint16Array, from: number, to: number, seed: number): number {
  let h = (FNV_OFFSET ^ seed) >>> 0;
  for (let i = from; i < to; i++) {
    h ^= units[i] as number;
    h = Math.imul(h, FNV_PRIME);
  }
  return fmix32(h);
}

/**
 * Two independent seeded hashes of code units [from, to) in one pass, written to out[0] and out[1]
 * (a pair is a 64-bit key: a collision of both is a 2^-64 event).
 */
export function hashRange2(units: Uint16Array, from: number, to: number, seedA: number, seedB: number, out: Uint32Array): void {
  let a = (FNV_OFFSET ^ seedA) >>> 0;
  let b = (FNV_OFFSET ^ seedB) >>> 0;
  for (let i = from; i < to; i++) {
    const c = units[i] as number;
    a = Math.imul(a ^ c, FNV_PRIME);
    b = Math.imul(b ^ c, FNV_PRIME) ^ (b >>> 15);
  }
  out[0] = fmix32(a >>> 0);
  out[1] = fmix32((b ^ (to - from)) >>> 0);
}
