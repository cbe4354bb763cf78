import { createHash } from 'node:crypto';
import type { Document, Sentence, Token } from '../core/document.js';
import { LineIndex } from '../core/lines.js';
import { CHINESE_NUMERAL_CHARS } from '../core/numerals.js';
import type { Span } from '../core/span.js';
import { normalisePassage } from './normalise.js';
import { resolveReuseOptions, type ReuseOptions } from './options.js';
import type { PassageFeature, VariantFeatures } from './types.js';

/** Hex digits of the passage key: 64 bits, so a collision needs ~4 billion distinct passages. */
const KEY_HEX_DIGITS = 16;

/** Tokens that carry no content of their own: punctuation/space ('x') and placeholders ('ph'). */
const NON_TERM_TAGS = new Set(['x', 'ph']);
const HAN_ONLY = /^\p{Script=Han}+$/u;
const NUMERAL_ONLY = new RegExp(`^[${CHINESE_NUMERAL_CHARS}]+$`, 'u');

export function passageKey(normalised: string): string {
  return createHash('sha1').update(normalised).digest('hex').slice(0, KEY_HEX_DIGITS);
}

/**
 * The per-document half of the reuse report, computed where the document is (a batch worker):
 * the variant's sentences and multi-sentence paragraphs as normalised-text keys, its total
 * normalised size, and its content-word counts for TF-IDF. Offsets stay in the document text.
 *
 * `sentences` and `tokens` are the segment stage's output for `body`; pass the document's LineIndex
 * when calling once per variant, to build it once.
 */
export function reuseFeatures(
  doc: Document,
  body: Span,
  sentences: readonly Sentence[],
  tokens: readonly Token[],
  options: Partial<ReuseOptions> = {},
  lines: LineIndex = new LineIndex(doc.text),
): VariantFeatures {
  const o = resolveReuseOptions(options);
  const passages: PassageFeature[] = [];
  let normChars = 0;
  // Sentences tile the non-blank text, so their normalised lengths add up to the document's size.
  const lineOf: number[] = [];
  for (const s of sentences) {
    const norm = normalisePassage(doc.folded, s.span.start, s.span.end);
    const line = lines.lineOf(s.span.start);
    normChars += norm.length;
    lineOf.push(line);
    if (norm.length >= o.minPassageChars) passages.push({ kind: 'sentence', key: passageKey(norm), span: s.span, line, normChars: norm.length });
  }
  // Paragraphs: a line holding two or more sentences (a one-sentence line is already a sentence passage).
  for (let i = 0; i < sentences.length; ) {
    let j = i + 1;
    while (j < sentences.length && lineOf[j] === lineOf[i]) j++;
    if (j - i >= 2) {
      const span = { start: (sentences[i] as Sentence).span.start, end: (sentences[j - 1] as Sentence).span.end };
      const norm = normalisePassage(doc.folded, span.start, span.end);
      if (norm.length >= o.minPassageChars) passages.push({ kind: 'paragraph', key: passageKey(norm), span, line: lineOf[i] as number, normChars: norm.length });
    }
    i = j;
  }
  passages.sort((a, b) => a.span.start - b.span.start || (a.kind === b.kind ? 0 : a.kind === 'paragraph' ? -1 : 1));
  return { passages, normChars, terms: contentTerms(doc.folded, body, tokens, o.minTermChars) };
}

/**
 * Content-word counts: jieba tokens of Han characters only, at least `minChars` long, not a Chinese
 * numeral, not punctuation or a placeholder. Keys sorted so the counts serialise deterministically.
 */
function contentTerms(folded: string, body: Span, tokens: readonly Token[], minChars: number): Record<string, number> {
  const counts = new Map<string, number>();
  for (const t of tokens) {
    if (t.span.start < body.start || t.span.end > body.end || NON_TERM_TAGS.has(t.tag)) continue;
    const word = folded.slice(t.span.start, t.span.end);
    if (word.length < minChars || !HAN_ONLY.test(word) || NUMERAL_ONLY.test(word)) continue;
    counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  const out: Record<string, number> = {};
  for (const k of [...counts.keys()].sort()) out[k] = counts.get(k) as number;
  return out;
}
