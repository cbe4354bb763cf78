import type { Document, Sentence, Token } from '../core/document.js';
import { usageError } from '../core/errors.js';
import type { Span } from '../core/span.js';
import { ensureDictionary } from './jieba.js';
import { splitSentences } from './sentences.js';
import { tokenize } from './tokens.js';

export { TAG_NONE, TAG_NON_WORD, TAG_PLACEHOLDER } from './classify.js';
export { CHUNK_CHARS } from './tokens.js';

export interface SegmentOptions {
  /**
   * Part-of-speech tags from jieba (nodejieba.tag). Off by default: tagging costs about twice the
   * cut, and the segmentation is the same either way — only the tags differ ('' when off).
   */
  pos?: boolean;
  /**
   * A user dictionary file (`word`, `word tag`, `word freq tag` or `word freq` per line), added to
   * jieba's default dictionaries. nodejieba holds one dictionary per process: the first segment
   * call loads it, and a later call naming a different file throws a usage PlankitError. Calls
   * without userDict use whatever is loaded.
   */
  userDict?: string;
}

export interface SegmentResult {
  sentences: Sentence[];
  tokens: Token[];
}

/**
 * segment/ entry: the sentences and tokens of doc.text[range.start, range.end).
 *
 * Tokens are jieba's words of the FOLDED text (Simplified, half-width, so 現有員工 segments as
 * 现有/员工), with spans valid in the original text. They tile the range: in order, no gaps, no
 * overlaps, whitespace and line breaks included (tag 'x', like punctuation). Placeholders from
 * core's findPlaceholders are one token each, tagged 'ph'. See splitSentences for sentences.
 */
export function segment(doc: Document, range: Span, options: SegmentOptions = {}): SegmentResult {
  if (!Number.isInteger(range.start) || !Number.isInteger(range.end) || range.start < 0 || range.end < range.start || range.end > doc.folded.length) {
    throw usageError('range-outside-text', { what: 'segment-range', start: range.start, end: range.end, length: doc.folded.length });
  }
  ensureDictionary(options.userDict);
  const tokens: Token[] = [];
  tokenize(doc.folded, range.start, range.end, options.pos === true, tokens);
  return { sentences: splitSentences(doc.folded, range.start, range.end), tokens };
}
