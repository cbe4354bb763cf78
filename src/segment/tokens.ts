import type { Token } from '../core/document.js';
import { findPlaceholders } from '../core/placeholders.js';
import { isNonWord, TAG_NONE, TAG_NON_WORD, TAG_PLACEHOLDER } from './classify.js';
import { cutWords, tagWords } from './jieba.js';

/**
 * Text goes to jieba in chunks of about this many characters, each ending at a line break: cutting
 * 50 MB at once costs memory and is slower than cutting lines, while a call per tiny line costs
 * call overhead (measured: the cut rate is flat from 256 to 256k characters per call, so 4096 keeps
 * memory small with no loss). jieba never joins words across a line break, so chunking does not
 * change the tokens.
 */
export const CHUNK_CHARS = 4096;

/**
 * Appends to `out` the tokens of folded[start, end): jieba words, with each placeholder (20xx, xx,
 * __, ××, ~, * …) as one token that jieba never sees (the text around it is cut separately). Spans
 * are derived from word lengths — the fold keeps length and jieba keeps every character — and
 * checked: a chunk whose words do not add up to its length falls back to one token per character.
 */
export function tokenize(folded: string, start: number, end: number, pos: boolean, out: Token[]): void {
  let a = start;
  while (a < end) {
    let b = a + CHUNK_CHARS >= end ? end : folded.indexOf('\n', a + CHUNK_CHARS);
    b = b < 0 || b >= end ? end : b + 1;
    tokenizeChunk(folded, a, b, pos, out);
    a = b;
  }
}

function tokenizeChunk(folded: string, start: number, end: number, pos: boolean, out: Token[]): void {
  let p = start;
  for (const ph of findPlaceholders(folded, start, end)) {
    const s = ph.span;
    // A match running past the chunk, or across a line ("[\n]"), is not a placeholder.
    if (s.end > end || folded.slice(s.start, s.end).includes('\n')) continue;
    if (s.start > p) cutPiece(folded, p, s.start, pos, out);
    out.push({ span: { start: s.start, end: s.end }, tag: TAG_PLACEHOLDER });
    p = s.end;
  }
  if (end > p) cutPiece(folded, p, end, pos, out);
}

function cutPiece(folded: string, start: number, end: number, pos: boolean, out: Token[]): void {
  const text = folded.slice(start, end);
  const first = out.length;
  let p = start;
  if (pos) {
    for (const { word, tag } of tagWords(text)) {
      const e = p + word.length;
      out.push({ span: { start: p, end: e }, tag: isNonWord(word) ? TAG_NON_WORD : tag });
      p = e;
    }
  } else {
    for (const word of cutWords(text)) {
      const e = p + word.length;
      out.push({ span: { start: p, end: e }, tag: isNonWord(word) ? TAG_NON_WORD : TAG_NONE });
      p = e;
    }
  }
  if (p !== end) {
    // Never seen in testing; kept so a jieba surprise cannot break the tiling every stage relies on.
    out.length = first;
    charTokens(folded, start, end, out);
  }
}

/** One token per code point (surrogate pairs stay whole). */
function charTokens(folded: string, start: number, end: number, out: Token[]): void {
  for (let i = start; i < end; ) {
    const c = folded.charCodeAt(i);
    const n = c >= 0xd800 && c <= 0xdbff && i + 1 < end ? 2 : 1;
    const text = folded.slice(i, i + n);
    out.push({ span: { start: i, end: i + n }, tag: isNonWord(text) ? TAG_NON_WORD : TAG_NONE });
    i += n;
  }
}
