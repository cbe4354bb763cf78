import type { DedupOptions } from './options.js';

/** One unit to compare: a variant (or a whole file). `text` is its FOLDED text (Simplified, half-width). */
export interface DedupUnit {
  id: string;
  text: string;
}

/**
 * identical: the same text up to whitespace (a verbatim copy);
 * near-duplicate: weighted resemblance ≥ nearDuplicate (numbers and placeholders do not count);
 * contained: one unit has ≥ contained of its shingle weight inside the other (a truncated copy);
 * overlap: each has parts the other lacks, a containment ≥ overlap — reported; it links a family
 *   only when it is mutual (both containments ≥ overlap: two cuts of one text).
 * Every relation needs at least `minShared` full-weight shingles in common.
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
  /**
   * Weighted Jaccard W(A∩B) / W(A∪B) of the shingle sets, exact; each shingle weighs 1 unless it is
   * boilerplate (held by more than `boilerplateDf` units). With no boilerplate this is plain Jaccard.
   */
  resemblance: number;
  /** [W(A∩B) / W(A), W(A∩B) / W(B)]: how much of a is in b, how much of b is in a (weighted likewise). */
  containment: [number, number];
  relation: Relation;
}

/**
 * Why a member is in its family: the link that brought it in (a near-duplicate or contained pair
 * with a member already in, or a copy of one) and its own measures against the canonical member,
 * which every member must at least overlap (families.ts).
 */
export interface MemberJoin {
  /** The member it was linked to. */
  via: string;
  /**
   * The relation of that link: identical, near-duplicate, contained, or overlap — only a mutual one,
   * where each unit holds at least `overlap` of the other (a one-sided overlap never links).
   */
  link: Relation;
  /** Its relation to the canonical member. */
  relation: Relation;
  /** Weighted resemblance to the canonical member. */
  resemblance: number;
  /** [share of this member in the canonical one, share of the canonical one in this member] (weighted). */
  containment: [number, number];
}

/** What a family member lacks and adds compared with the family's canonical member, and why it joined. */
export interface MemberDelta {
  id: string;
  join: MemberJoin;
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
  /** The family's centre: its most complete member (most shingle weight, then most shingles, then longest, then first). */
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
  /** Distinct sentences held by more than `boilerplateDf` units (weighted down as boilerplate). */
  boilerplateSentences: number;
  /** Share of the distinct units' shingles that weigh less than 1 (boilerplate). */
  boilerplateShare: number;
}
