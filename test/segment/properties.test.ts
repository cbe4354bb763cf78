import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findPlaceholders } from '../../src/core/placeholders.js';
import { sliceSpan } from '../../src/core/span.js';
import { segment } from '../../src/segment/index.js';
import { textDocument } from '../helpers/seed.js';
import { expectSentenceTiling, expectTiling } from './helpers.js';

// Pieces of plan-like text: Simplified and Traditional words, single Han characters, ASCII,
// digits, CJK and ASCII punctuation, pairs, placeholders, whitespace, CRLF, astral characters.
const PIECES = [
  '公司', '现有', '員工', '工會', '计划', '計畫', '加强', '管理', '人', '个', '万元', '年', '的', '网际网路', '最佳化',
  'ab', 'X', 'x', 'A1', '2023', '3.5', '15%', '0',
  '，', '。', '！', '？', '；', '、', '：', '…', ',', '.', '!', '?', ';', ':', '-', '—', '/',
  '“', '”', '《', '》', '（', '）', '(', ')', '【', '】', '「', '」', '[', ']',
  'xx', 'XX', '20xx', '20__', '__', '＿＿', '××', '~', '～', '*', '**', '某某', 'X月X日', '○○', '[ ]',
  ' ', '  ', '\t', '\u3000', '\n', '\r\n', '\r', '\n\n', '\u00a0', '\u200b',
  '😀', '𠀀', '\u0000',
];
const planText = fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }).map((a) => a.join(''));

describe('segment properties (fast-check)', () => {
  it('tokens tile any text and every span slices back to the text it covers', () => {
    fc.assert(
      fc.property(planText, (text) => {
        const doc = textDocument(text);
        const { tokens } = segment(doc, { start: 0, end: text.length });
        expectTiling(tokens, 0, text.length);
        expect(tokens.map((t) => sliceSpan(doc.text, t.span)).join('')).toBe(text);
        for (const t of tokens) {
          const s = sliceSpan(doc.text, t.span);
          // No token splits a surrogate pair or mixes a line break with other text.
          expect(/^[\udc00-\udfff]/.test(s) || /[\ud800-\udbff]$/.test(s)).toBe(false);
          if (/[\n]/.test(s)) expect(s).toBe('\n');
          if (t.tag === '') expect(/[\p{L}\p{N}]/u.test(s)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('any sub-range is tiled too', () => {
    fc.assert(
      fc.property(planText, fc.nat(), fc.nat(), (text, x, y) => {
        const doc = textDocument(text);
        const a = text.length === 0 ? 0 : x % (text.length + 1);
        const b = text.length === 0 ? 0 : y % (text.length + 1);
        const [start, end] = a <= b ? [a, b] : [b, a];
        expectTiling(segment(doc, { start, end }).tokens, start, end);
      }),
      { numRuns: 200 },
    );
  });

  it('placeholders are single ph tokens', () => {
    fc.assert(
      fc.property(planText, (text) => {
        const doc = textDocument(text);
        const { tokens } = segment(doc, { start: 0, end: text.length });
        const phSpans = tokens.filter((t) => t.tag === 'ph').map((t) => t.span);
        const expected = findPlaceholders(doc.folded)
          .map((p) => p.span)
          .filter((s) => !doc.folded.slice(s.start, s.end).includes('\n'));
        expect(phSpans).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('sentences tile the non-blank text', () => {
    fc.assert(
      fc.property(planText, (text) => {
        const doc = textDocument(text);
        const { sentences } = segment(doc, { start: 0, end: text.length });
        expectSentenceTiling(doc.text, sentences.map((s) => s.span), 0, text.length);
      }),
      { numRuns: 300 },
    );
  });
});
