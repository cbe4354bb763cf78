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

export function resolveReuseOptions(partial: Partial<ReuseOptions> = {}): ReuseOptions {
  const o = { ...DEFAULT_REUSE_OPTIONS, ...partial };
  for (const [k, v] of Object.entries(o)) {
    if (!Number.isInteger(v) || v < 0) throw new RangeError(`reuse option ${k} must be a non-negative integer (got ${String(v)})`);
  }
  if (o.minDocuments < 2) throw new RangeError('reuse option minDocuments must be at least 2: reuse is across documents');
  return o;
}
