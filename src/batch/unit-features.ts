import { SENTENCE_SEED_1, SENTENCE_SEED_2 } from '../dedup/collapse.js';
import { hashRange, hashRange2 } from '../dedup/hash.js';
import { normaliseForShingles } from '../dedup/normalise.js';
import type { DedupOptions } from '../dedup/options.js';
import { Scratch } from '../dedup/scratch.js';
import { shingleSet } from '../dedup/shingles.js';
import { joinUnitText } from '../dedup/units.js';

/** The dedup settings the per-variant features depend on (the family phase checks they match). */
export type FeatureOptions = Pick<DedupOptions, 'shingleSize' | 'seed'> & {
  /** Leave the title line of a page without 篇 variants out of its unit (plankit dedup --skip-title). */
  skipTitle?: boolean;
};

/**
 * What the family phase needs of a variant without reading its text again: the key of its
 * normalised unit (copies with the same key are one unit), its shingle count, its length, and the
 * keys of its sentences — their document frequency over the corpus is a `GROUP BY` in the store
 * (boilerplate weighting), and shared uncommon sentences make candidate pairs. Computed in the
 * batch worker next to the text and written with the variant. The shingle weights and the MinHash
 * signature depend on the whole corpus (boilerplate), so the family phase computes those.
 */
export interface UnitFeatures {
  /** 53-bit hash of the normalised text (0 when it has none). */
  key: number;
  /** Length of the normalised text. */
  normChars: number;
  /** Distinct shingles (0: nothing to compare; the variant is a family of its own). */
  shingles: number;
  /** Length of the unit's text (title line included). */
  chars: number;
  /** Keys of the distinct sentences of the normalised text (sentenceKey), ascending. */
  sentences: Float64Array;
}

/** Second seed of the normalised-text key (any odd constant). */
const KEY_SEED_2 = 0x9e3779b9;

const scratch = new Scratch();
const h2 = new Uint32Array(2);

/** A variant's dedup unit: its title line (a page without 篇 variants, unless skipTitle) and its folded body. */
export function variantUnitText(v: { folded: string; titleFolded: string | null }, skipTitle = false): string {
  return joinUnitText(skipTitle ? null : v.titleFolded, v.folded);
}

/** The 53-bit key of the normalised sentence [start, end): findDuplicates' two sentence hashes, folded. */
export function sentenceKey(norm: Uint16Array, start: number, end: number, seed: number): number {
  hashRange2(norm, start, end, seed ^ SENTENCE_SEED_1, seed ^ SENTENCE_SEED_2, h2);
  return (h2[0] as number) * 0x200000 + ((h2[1] as number) & 0x1fffff);
}

/**
 * Calls `visit` for every sentence of a normalised text, in order, with its key and bounds: the
 * sentences findDuplicates counts (normaliseForShingles' breaks).
 */
export function forEachSentence(norm: Uint16Array, breaks: readonly number[], seed: number, visit: (key: number, start: number, end: number) => void): void {
  let s = 0;
  for (let b = 0; b <= breaks.length; b++) {
    const e = b < breaks.length ? (breaks[b] as number) : norm.length;
    if (e <= s) continue;
    visit(sentenceKey(norm, s, e, seed), s, e);
    s = e;
  }
}

/** Features of one unit text, by the same normalisation, sentences and shingling as findDuplicates. */
export function unitFeatures(text: string, o: FeatureOptions): UnitFeatures {
  const breaks: number[] = [];
  const norm = normaliseForShingles(text, 0, text.length, scratch, breaks);
  if (norm.length === 0) return { key: 0, normChars: 0, shingles: 0, chars: text.length, sentences: new Float64Array(0) };
  const key = hashRange(norm, 0, norm.length, o.seed) * 0x200000 + ((hashRange(norm, 0, norm.length, o.seed ^ KEY_SEED_2) ^ norm.length) & 0x1fffff);
  const keys = new Set<number>();
  forEachSentence(norm, breaks, o.seed, (k) => keys.add(k));
  const sentences = Float64Array.from(keys).sort();
  const shingles = shingleSet(norm, o.shingleSize, o.seed, scratch).length;
  return { key, normChars: norm.length, shingles, chars: text.length, sentences };
}
