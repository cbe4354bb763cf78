/**
 * align/ — paragraph alignment and token / character diffs (fast-diff).
 *
 * Stable API (the template stage builds its multi-member alignment on the first two):
 *
 * - `alignParagraphs(a: string[], b: string[], options?) → Array<{ a: number | null; b: number | null; similarity: number }>`
 *   Monotone alignment of two paragraph lists, in reading order. Every paragraph index of a and of b
 *   appears exactly once, ascending on each side. A row with both indices pairs two paragraphs
 *   (similarity 1 when equal up to whitespace and punctuation, else their bigram Dice ≥ minSimilarity);
 *   `b: null` is a paragraph dropped from a, `a: null` one added in b; a reordered paragraph is a
 *   deletion plus an insertion.
 *
 * - `diffTokens(a: string[], b: string[], options?) → Array<{ op: 'equal' | 'insert' | 'delete'; a: [start, end]; b: [start, end] }>`
 *   Diff of two token sequences compared by string equality (minimal in practice, see diff-tokens.ts); ranges are half-open token
 *   indices (an insert has an empty a range at its position, a delete an empty b range). The ops tile
 *   both inputs in order. Any number of distinct tokens up to MAX_DISTINCT_TOKENS (≈ 1.05 million).
 *
 * - `diffTexts(a: string, b: string, options?) → Array<{ op, a, b, text }>`
 *   Character-level diff (UTF-16 offsets) with fast-diff's semantic cleanup for readability.
 */
export { alignParagraphs } from './align-paragraphs.js';
export { diffTokens } from './diff-tokens.js';
export { diffTexts } from './diff-texts.js';
export { MAX_DISTINCT_TOKENS } from './intern.js';
export { ALIGN_DEFAULTS } from './types.js';
export type { AlignOptions, DiffOp, ParagraphPair, TextDiffOp } from './types.js';
