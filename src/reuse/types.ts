import type { Span } from '../core/span.js';
import type { ReuseOptions } from './options.js';

/** A sentence or paragraph of one variant, keyed by its normalised text. */
export interface PassageFeature {
  kind: 'sentence' | 'paragraph';
  /** Hash of the normalised text: equal keys = the same passage up to script, width, spacing, punctuation, numbers. */
  key: number;
  span: Span;
  /** 1-based line of span.start in the document. */
  line: number;
  /** Length of the normalised text. */
  normChars: number;
}

/** reuseFeatures() output for one variant. */
export interface VariantFeatures {
  /** Sentences and multi-sentence paragraphs of at least minPassageChars, in text order. */
  passages: PassageFeature[];
  /** Normalised length of all the variant's sentences (short ones included): its size for ratios. */
  normChars: number;
  /**
   * Content-word counts (folded text), in order of first occurrence. A Map, not an object: building
   * an object of thousands of keys per variant cost more than counting them.
   */
  terms: Map<string, number>;
}

/** One occurrence of a passage in a document, as the report's input. */
export interface PassageOccurrence {
  kind: 'sentence' | 'paragraph';
  key: number;
  normChars: number;
  /** The variant it is in. */
  variant: string;
  /** 1-based line in the document (for "first seen"). */
  line: number;
  /** The passage as written. Only the first occurrence of a key needs it (the report shows that one). */
  text?: string;
}

/** A document (file) of the corpus: the unit that "occurs in N documents" counts. */
export interface ReuseDocument {
  path: string;
  /** Normalised size of the whole document (all its variants). */
  normChars: number;
  /**
   * Its passages. Any subset holding every passage that also occurs in another document gives the
   * same report, so a caller may pre-filter the ones seen once (batch does, in SQL).
   */
  passages: PassageOccurrence[];
}

export interface ReuseFamilyMember {
  /** Variant id. */
  id: string;
  /** Document (file) path the variant belongs to. */
  path: string;
  terms: Record<string, number>;
}

/** A dedup family (near-identical or contained variants). */
export interface ReuseFamily {
  id: string;
  canonical: string;
  /** Number of members. */
  size: number;
  /**
   * The members with their terms. May be left empty for a family below minFamilySize (only its
   * size is reported); otherwise it must hold all `size` members.
   */
  members: ReuseFamilyMember[];
}

export interface ReuseInput {
  /** Documents in corpus order: "first seen" means first in this order. */
  documents: ReuseDocument[];
  families: ReuseFamily[];
}

export interface RecurringPassage {
  kind: 'sentence' | 'paragraph';
  key: number;
  /** The text of its first occurrence, as written. */
  text: string;
  /** Normalised length. */
  chars: number;
  /** Number of distinct documents it occurs in. */
  documents: number;
  /** Number of occurrences (a document may hold it in several variants). */
  occurrences: number;
  firstSeen: { path: string; variant: string; line: number };
  /** The documents it occurs in, in corpus order. */
  paths: string[];
}

export interface DocumentReuse {
  path: string;
  /** Normalised size. */
  chars: number;
  /** Normalised characters of its sentences that also occur in another document. */
  reusedChars: number;
  /** reusedChars / chars (0 for an empty document). */
  boilerplate: number;
}

export interface FamilyTerm {
  term: string;
  /** Occurrences in the family's members. */
  tf: number;
  tfidf: number;
}

export interface FamilyReport {
  id: string;
  size: number;
  /** Distinct documents its members come from. */
  documents: number;
  canonical: string;
  members: string[];
  /** The terms that set this family apart from the other reported families (TF-IDF, highest first). */
  terms: FamilyTerm[];
}

export interface ReuseSummary {
  documents: number;
  chars: number;
  reusedChars: number;
  /** reusedChars / chars over the whole corpus. */
  boilerplate: number;
  meanBoilerplate: number;
  medianBoilerplate: number;
  recurringSentences: number;
  recurringParagraphs: number;
  families: number;
  /** Families at or above minFamilySize (the ones reported). */
  reportedFamilies: number;
  largestFamily: number;
}

export interface ReuseReport {
  summary: ReuseSummary;
  /** Recurring passages: most documents first, then longest, then first seen. */
  passages: RecurringPassage[];
  /** Every document, in corpus order. */
  documents: DocumentReuse[];
  /** Families of at least minFamilySize, largest first (at most maxFamilies). */
  families: FamilyReport[];
  /** How many families have each size (all families, singletons included), by size. */
  familySizes: Array<{ size: number; families: number }>;
  options: ReuseOptions;
}
