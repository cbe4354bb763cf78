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
