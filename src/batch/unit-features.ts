import { bandKey } from '../dedup/candidates/lsh.js';
import { hashRange } from '../dedup/hash.js';
import { writeSignature } from '../dedup/minhash.js';
import { normaliseForShingles } from '../dedup/normalise.js';
import type { DedupOptions } from '../dedup/options.js';
import { Scratch } from '../dedup/scratch.js';
import { shingleSet } from '../dedup/shingles.js';

/** The dedup settings the per-variant features depend on (the family phase checks they match). */
export type FeatureOptions = Pick<DedupOptions, 'shingleSize' | 'permutations' | 'bandRows' | 'seed'>;

/**
 * What the family phase needs of a variant without reading its text again: the key of its
 * normalised text (copies with the same key are one unit), its shingle count, and its LSH band
 * keys. Computed in the batch worker next to the text and written with the variant, so candidate
 * pairs come from the store (`GROUP BY` band key) instead of from every signature held in memory.
 */
export interface UnitFeatures {
  /** 53-bit hash of the normalised text (0 when it has none). */
  key: number;
  /** Length of the normalised text. */
  normChars: number;
  /** Distinct shingles (0: nothing to compare; the variant is a family of its own). */
  shingles: number;
  /** One key per band, band b's at index b (empty without shingles). */
  bands: Uint32Array;
}

/** Second seed of the normalised-text key (any odd constant). */
const KEY_SEED_2 = 0x9e3779b9;

const scratch = new Scratch();
let signature = new Uint32Array(128);

/** Features of one folded text, by the same normalisation, shingling and MinHash as findDuplicates. */
export function unitFeatures(folded: string, o: FeatureOptions): UnitFeatures {
  const norm = normaliseForShingles(folded, 0, folded.length, scratch);
  if (norm.length === 0) return { key: 0, normChars: 0, shingles: 0, bands: new Uint32Array(0) };
  const key = hashRange(norm, 0, norm.length, o.seed) * 0x200000 + ((hashRange(norm, 0, norm.length, o.seed ^ KEY_SEED_2) ^ norm.length) & 0x1fffff);
  const set = shingleSet(norm, o.shingleSize, o.seed, scratch);
  if (signature.length < o.permutations) signature = new Uint32Array(o.permutations);
  writeSignature(set, o.permutations, o.seed, signature, 0);
  const bands = new Uint32Array(Math.floor(o.permutations / o.bandRows));
  for (let b = 0; b < bands.length; b++) bands[b] = bandKey(signature, 0, b, o.bandRows);
  return { key, normChars: norm.length, shingles: set.length, bands };
}

/** Band b's key as one integer of the store: b × 2^32 + key (unique per band, a safe integer). */
export function storedBandKey(band: number, key: number): number {
  return band * 0x100000000 + key;
}
