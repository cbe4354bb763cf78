/** One step of a diff: ranges are half-open [start, end) into each side; an insert has an empty a range, a delete an empty b range. */
export interface DiffOp {
  op: 'equal' | 'insert' | 'delete';
  a: [number, number];
  b: [number, number];
}

/** A character-level diff step, with its text (from a for equal and delete, from b for insert). */
export interface TextDiffOp extends DiffOp {
  text: string;
}

/** One row of a paragraph alignment: a pair, or a paragraph of one side only (null on the other). */
export interface ParagraphPair {
  a: number | null;
  b: number | null;
  /** 1 for paragraphs equal up to whitespace, the bigram similarity for an edited pair, 0 when one side is null. */
  similarity: number;
}

export interface AlignOptions {
  /** Two paragraphs pair up (as an edit) only when their similarity reaches this. Default 0.4. */
  minSimilarity?: number;
  /**
   * Largest stretch of unmatched paragraphs compared pairwise (rows × columns). A bigger stretch —
   * two unrelated texts of thousands of paragraphs — is shown as deletions then insertions rather
   * than spending quadratic time. Default 250 000.
   */
  maxCells?: number;
}

export const ALIGN_DEFAULTS: Required<AlignOptions> = { minSimilarity: 0.4, maxCells: 250_000 };
