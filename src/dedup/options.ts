import { usageError } from '../core/errors.js';

/**
 * Every threshold of the dedup stage, named and documented in one place. Relation thresholds decide
 * what a pair IS; candidate settings only decide which pairs are looked at (recall vs. time), and
 * every candidate is verified exactly on full shingle sets before it is reported.
 */
export interface DedupOptions {
  /** Characters per shingle (after normalisation). 5 is the usual choice for CJK text. */
  shingleSize: number;
  /** MinHash signature length ("permutations"), simulated by one-permutation hashing bins. */
  permutations: number;
  /** Signature values per LSH band; bands = floor(permutations / bandRows). */
  bandRows: number;
  /** A pair is near-duplicate when its Jaccard resemblance reaches this. */
  nearDuplicate: number;
  /** A pair is contained when one unit has at least this share of its shingles inside the other. */
  contained: number;
  /**
   * A pair overlaps (each has parts the other lacks) when either containment reaches this. Overlap is
   * reported but never links a family; every family member must at least overlap the canonical one.
   */
  overlap: number;
  /**
   * A sentence held by more than this many distinct units is boilerplate: its shingles weigh
   * (boilerplateDf / df)² instead of 1 in every resemblance and containment (weights.ts). Set it
   * above the number of units to weigh every shingle alike.
   */
  boilerplateDf: number;
  /**
   * A pair is related only when it shares at least this many shingles' worth of weight, counted in
   * the heaviest shingle weight of the pair (full weight for any unit with text of its own): a few
   * shared characters of uncommon text, or boilerplate shared with a unit that has text of its own,
   * is no evidence of copying.
   */
  minShared: number;
  /** One shingle in `sketchRate` is kept (by hash value) in the containment sketch. */
  sketchRate: number;
  /**
   * A pair becomes a candidate from the containment sketch when its estimated containment either way
   * reaches this. Below `overlap` on purpose: the estimate is noisy and verification is exact.
   */
  sketchCandidate: number;
  /**
   * Estimates divide by at least this many informative samples: a unit whose sample is nearly all
   * boilerplate would otherwise look "contained" in anything sharing two of its few rare shingles.
   */
  sketchMinSamples: number;
  /** Sketch values shared by more units than this are boilerplate and give no evidence (caps work). */
  maxPosting: number;
  /**
   * A unit with fewer than `sketchMinSamples` samples under `maxPosting` (mostly stock phrases)
   * queries with its rarest samples instead, if those are shared by at most this many units.
   */
  maxPostingFallback: number;
  /** An LSH bucket larger than this pairs each unit only with its `bucketWindow` neighbours either side. */
  maxBucket: number;
  /** Neighbours either side a unit is paired with inside an oversized bucket. */
  bucketWindow: number;
  /** At most this many candidates per unit are verified (best estimates first): keeps work linear. */
  maxCandidates: number;
  /** With at most this many distinct units every pair is verified exactly (no sampling at all)… */
  exhaustiveBelow: number;
  /** …as long as that costs at most this many merge steps ((units − 1) × all their shingles). */
  exhaustiveWork: number;
  /** A paragraph counts as present in another unit when this share of its shingles is found there. */
  paragraphPresent: number;
  /** Seed of every hash function, so results are reproducible run to run. */
  seed: number;
}

export const DEFAULT_DEDUP_OPTIONS: Readonly<DedupOptions> = Object.freeze({
  shingleSize: 5,
  permutations: 128,
  bandRows: 5,
  nearDuplicate: 0.8,
  contained: 0.9,
  overlap: 0.5,
  boilerplateDf: 10,
  minShared: 12,
  sketchRate: 8,
  sketchCandidate: 0.3,
  sketchMinSamples: 8,
  maxPosting: 64,
  maxPostingFallback: 4096,
  maxBucket: 64,
  bucketWindow: 4,
  maxCandidates: 64,
  exhaustiveBelow: 64,
  exhaustiveWork: 50_000_000,
  paragraphPresent: 0.5,
  seed: 0x5eed_1234,
});

/** Fills defaults and rejects values that make no sense (misuse: a usage error, exit 2 in the CLI). */
export function resolveOptions(partial: Partial<DedupOptions> = {}): DedupOptions {
  const o: DedupOptions = { ...DEFAULT_DEDUP_OPTIONS };
  for (const k of Object.keys(DEFAULT_DEDUP_OPTIONS) as Array<keyof DedupOptions>) {
    const v = partial[k];
    if (v !== undefined) o[k] = v;
  }
  const ints: Array<[keyof DedupOptions, number, number]> = [
    ['shingleSize', 1, 64],
    ['permutations', 1, 65536],
    ['bandRows', 1, 65536],
    ['sketchRate', 1, 1 << 20],
    ['sketchMinSamples', 1, 1 << 20],
    ['maxPosting', 2, 1 << 30],
    ['maxPostingFallback', 2, 1 << 30],
    ['maxBucket', 2, 1 << 30],
    ['bucketWindow', 1, 1 << 20],
    ['maxCandidates', 1, 1 << 30],
    ['exhaustiveBelow', 0, 1 << 20],
    ['exhaustiveWork', 0, Number.MAX_SAFE_INTEGER],
    ['boilerplateDf', 1, Number.MAX_SAFE_INTEGER],
  ];
  for (const [k, min, max] of ints) {
    const v = o[k];
    if (!Number.isInteger(v) || v < min || v > max) throw usageError('bad-option', { stage: 'dedup', option: k, value: String(v), range: { kind: 'integer', min, max } });
  }
  for (const k of ['nearDuplicate', 'contained', 'overlap', 'sketchCandidate', 'paragraphPresent'] as const) {
    const v = o[k];
    if (!(v >= 0 && v <= 1)) throw usageError('bad-option', { stage: 'dedup', option: k, value: String(v), range: { kind: 'share' } });
  }
  if (!(o.minShared >= 0 && Number.isFinite(o.minShared))) throw usageError('bad-option', { stage: 'dedup', option: 'minShared', value: String(o.minShared), range: { kind: 'number', min: 0 } });
  if (o.bandRows > o.permutations) throw usageError('bands-over-permutations', { bandRows: o.bandRows, permutations: o.permutations });
  o.seed = o.seed >>> 0;
  return o;
}
