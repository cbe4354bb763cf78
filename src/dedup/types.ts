import type { DedupOptions } from './options.js';

/** One unit to compare: a variant (or a whole file). `text` is its FOLDED text (Simplified, half-width). */
export interface DedupUnit {
  id: string;
  text: string;
}

/**
 * identical: the same text up to whitespace (a verbatim copy);
 * near-duplicate: Jaccard resemblance ≥ nearDuplicate (numbers and placeholders do not count);
 * contained: one unit has ≥ contained of its shingles inside the other (a truncated copy);
 * overlap: the same article, each with parts the other lacks (a containment ≥ overlap).
 */
export type Relation = 'identical' | 'near-duplicate' | 'contained' | 'overlap';

export interface DedupUnitInfo {
  id: string;
  /** Length of the unit's text in UTF-16 code units. */
  chars: number;
  /** Distinct shingles after normalisation (0: nothing to compare, the unit stands alone). */
  shingles: number;
}

export interface DedupPair {
  /** For `contained`, `a` is the unit that lies inside `b`; otherwise `a` comes first in the input. */
  a: string;
  b: string;
  /** Jaccard |A∩B| / |A∪B| of the shingle sets, exact. */
  resemblance: number;
  /** [|A∩B| / |A|, |A∩B| / |B|]: how much of a is in b, how much of b is in a. */
  containment: [number, number];
  relation: Relation;
}

/** What a family member lacks and adds compared with the family's canonical member. */
export interface MemberDelta {
  id: string;
  /** Share of the canonical member's shingles this member lacks. */
  missing: number;
  /** Share of this member's shingles that the canonical member lacks. */
  extra: number;
  /** Canonical paragraphs (0-based, non-blank lines) this member lacks. */
  missingParagraphs: number[];
  /** This member's paragraphs (0-based, non-blank lines) that the canonical member lacks. */
  extraParagraphs: number[];
}

export interface DedupFamily {
  /** F1, F2 … in the order of each family's first member in the input. */
  id: string;
  /** Member ids in input order. */
  members: string[];
  /** The most complete member (most shingles, then longest, then first). */
  canonical: string;
  /** One entry per member other than the canonical one, in member order. */
  delta: MemberDelta[];
}

export interface DedupResult {
  units: DedupUnitInfo[];
  /** Related pairs, ordered by the input position of their earlier unit, then the later one. */
  pairs: DedupPair[];
  /** Every unit is in exactly one family; a unit related to nothing is a family of one. */
  families: DedupFamily[];
  /** What the run looked at (for reports and benchmarks). */
  stats: DedupStats;
  options: DedupOptions;
}

export interface DedupStats {
  units: number;
  /** Units left after collapsing copies with the same normalised text. */
  distinct: number;
  /** Candidate pairs verified exactly. */
  verified: number;
  pairs: number;
  families: number;
  /** True when every pair of distinct units was verified (small inputs). */
  exhaustive: boolean;
}
