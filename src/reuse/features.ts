import type { Document, Sentence, Token } from '../core/document.js';
import { LineIndex } from '../core/lines.js';
import { CHINESE_NUMERAL_CHARS } from '../core/numerals.js';
import { findPlaceholders } from '../core/placeholders.js';
import type { Span } from '../core/span.js';
import { normalisePassage } from './normalise.js';
import { resolveReuseOptions, type ReuseOptions } from './options.js';
import type { PassageFeature, VariantFeatures } from './types.js';


/** Tokens that carry no content of their own: punctuation/space ('x') and placeholders ('ph'). */
const NON_TERM_TAGS = new Set(['x', 'ph']);

/**
 * The key of a normalised passage: a 53-bit hash (two independently seeded 32-bit lanes,
 * murmur-style mixing), a safe integer so it is an INTEGER in SQLite and a plain number in JSON.
 * Not cryptographic — it only has to spread passages (10 million distinct passages collide
 * somewhere with probability ~0.5%); a crypto hash object per sentence cost more than the rest of
 * the features together.
 */
export function passageKey(normalised: string): number {
  let h1 = 0xdeadbeef ^ normalised.length;
  let h2 = 0x41c6ce57 ^ normalised.length;
  for (let i = 0; i < normalised.length; i++) {
    const c = normalised.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (h1 >>> 0) * 2 ** 21 + (h2 >>> 11);
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
  const placeholders = findPlaceholders(doc.folded, body.start, body.end);
  let normChars = 0;
  // Sentences tile the non-blank text, so their normalised lengths add up to the document's size.
  const norms: string[] = [];
  const lineOf: number[] = [];
  for (const s of sentences) {
    const norm = normalisePassage(doc.folded, s.span.start, s.span.end, placeholders);
    const line = lines.lineOf(s.span.start);
    normChars += norm.length;
    norms.push(norm);
    lineOf.push(line);
    if (norm.length >= o.minPassageChars) passages.push({ kind: 'sentence', key: passageKey(norm), span: s.span, line, normChars: norm.length });
  }
  // Paragraphs: a line holding two or more sentences (a one-sentence line is already a sentence
  // passage). Its normalised text is its sentences' normalised texts joined (blanks between them
  // normalise to nothing anyway).
  for (let i = 0; i < sentences.length; ) {
    let j = i + 1;
    while (j < sentences.length && lineOf[j] === lineOf[i]) j++;
    if (j - i >= 2) {
      const span = { start: (sentences[i] as Sentence).span.start, end: (sentences[j - 1] as Sentence).span.end };
      const norm = norms.slice(i, j).join('');
      if (norm.length >= o.minPassageChars) passages.push({ kind: 'paragraph', key: passageKey(norm), span, line: lineOf[i] as number, normChars: norm.length });
    }
    i = j;
  }
  passages.sort((a, b) => a.span.start - b.span.start || (a.kind === b.kind ? 0 : a.kind === 'paragraph' ? -1 : 1));
  return { passages, normChars, terms: contentTerms(doc.folded, body, tokens, o.minTermChars) };
}

/**
 * Content-word counts: jieba tokens of Han characters only, at least `minChars` long, not a Chinese
 * numeral, not punctuation or a placeholder. Keys in order of first occurrence (deterministic).
 * Checked with char codes, not regexes: this runs over every token of the corpus.
 */
function contentTerms(folded: string, body: Span, tokens: readonly Token[], minChars: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (const t of tokens) {
    const { start, end } = t.span;
    if (end - start < minChars || start < body.start || end > body.end || NON_TERM_TAGS.has(t.tag)) continue;
    let han = true;
    let numeral = true;
    for (let i = start; i < end && han; i++) {
      const c = folded.charCodeAt(i);
      han = isHanUnit(c);
      if (numeral && !NUMERAL_UNITS.has(c)) numeral = false;
    }
    if (!han || numeral) continue;
    const word = folded.slice(start, end);
    counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return counts;
}

const NUMERAL_UNITS = new Set([...CHINESE_NUMERAL_CHARS].map((c) => c.charCodeAt(0)));

/** CJK ideographs: the unified block, extension A, compatibility ideographs, and surrogates (extensions B+). */
function isHanUnit(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xd800 && c <= 0xdfff);
}
