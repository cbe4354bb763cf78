import { usageError } from '../core/errors.js';

/** Named thresholds of the reuse report. */
export interface ReuseOptions {
  /**
   * Passages whose normalised text is shorter than this are not counted as reuse on their own
   * (一、指导思想 is 5 characters of heading, not a reused passage). They still count in a
   * document's size, the denominator of its boilerplate ratio.
   */
  minPassageChars: number;
  /** A passage is reused when it occurs in at least this many documents. */
  minDocuments: number;
  /** Families smaller than this are not reported (a family of one is a plan nobody copied). */
  minFamilySize: number;
  /** The largest families are reported (and compared with each other by TF-IDF), at most this many. */
  maxFamilies: number;
  /** Distinguishing terms listed per family. */
  topTerms: number;
  /** Terms shorter than this (in characters) are left out of TF-IDF: single characters are mostly function words. */
  minTermChars: number;
}

export const DEFAULT_REUSE_OPTIONS: ReuseOptions = {
  minPassageChars: 10,
  minDocuments: 2,
  minFamilySize: 2,
  maxFamilies: 500,
  topTerms: 10,
  minTermChars: 2,
};

/** The least value of each option: reuse is across documents (2), a family has a member (1). */
const MINIMUM: Readonly<Record<keyof ReuseOptions, number>> = {
  minPassageChars: 0,
  minDocuments: 2,
  minFamilySize: 1,
  maxFamilies: 0,
  topTerms: 0,
  minTermChars: 0,
};

/** Fills defaults and rejects values that make no sense (misuse: a usage error, exit 2 in the CLI). */
export function resolveReuseOptions(partial: Partial<ReuseOptions> = {}): ReuseOptions {
  const o: ReuseOptions = { ...DEFAULT_REUSE_OPTIONS };
  for (const k of Object.keys(DEFAULT_REUSE_OPTIONS) as Array<keyof ReuseOptions>) {
    const v = partial[k];
    if (v !== undefined) o[k] = v;
    const min = MINIMUM[k];
    if (!Number.isSafeInteger(o[k]) || o[k] < min) {
      throw usageError('bad-option', { stage: 'reuse', option: k, value: String(o[k]), range: { kind: 'integer', min } });
    }
  }
  return o;
}
