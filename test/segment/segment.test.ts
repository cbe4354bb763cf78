import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Converter } from '../../src/normalize/opencc.js';
import { describe, expect, it } from 'vitest';
import type { Document, Token } from '../../src/core/document.js';
import { findPlaceholders } from '../../src/core/placeholders.js';
import { sliceSpan } from '../../src/core/span.js';
import { CHUNK_CHARS, segment } from '../../src/segment/index.js';
import { cutWords } from '../../src/segment/jieba.js';
import { HAS_SHARED, REPO_ROOT, seedDocument, textDocument } from '../helpers/seed.js';
import { expectSentenceTiling, expectTiling } from './helpers.js';

function fixture(name: string): Document {
  return textDocument(readFileSync(resolve(REPO_ROOT, 'fixtures/segment', name), 'utf8'), name);
}
const all = (doc: Document) => ({ start: 0, end: doc.text.length });
const texts = (doc: Document, tokens: Token[]) => tokens.map((t) => sliceSpan(doc.text, t.span));
/** Words only: no whitespace, no punctuation. */
const words = (doc: Document, tokens: Token[]) => tokens.filter((t) => t.tag !== 'x').map((t) => sliceSpan(doc.text, t.span));

describe('segment: tokens', () => {
  it('segments Traditional text as its Simplified fold: 公司/現有/員工/人', () => {
    const doc = fixture('traditional.txt');
    const { tokens } = segment(doc, all(doc));
    expectTiling(tokens, 0, doc.text.length);
    const w = words(doc, tokens);
    expect(w.slice(6, 10)).toEqual(['公司', '現有', '員工', '人']);
    expect(w).toContain('網際網路');
    expect(w).toContain('技術人員');
  });

  it('keeps placeholders as single ph tokens and tags punctuation and whitespace x', () => {
    const doc = fixture('plan-mixed.txt');
    const { tokens } = segment(doc, all(doc));
    expectTiling(tokens, 0, doc.text.length);
    const ph = tokens.filter((t) => t.tag === 'ph').map((t) => sliceSpan(doc.text, t.span));
    expect(ph).toEqual(['xx', '__', 'XX', '20xx', 'X月X日']);
    for (const t of tokens) {
      const s = sliceSpan(doc.text, t.span);
      if (/^[\s，。！？；、“”《》（）%+…]+$/.test(s)) expect(t.tag).toBe('x');
      else if (t.tag !== 'ph') expect(t.tag).toBe('');
    }
    // Line breaks are tokens of their own.
    expect(tokens.filter((t) => sliceSpan(doc.text, t.span) === '\n')).toHaveLength(doc.text.split('\n').length - 1);
  });

  it('with pos: the same spans, jieba tags (and x / ph kept)', () => {
    const doc = fixture('plan-mixed.txt');
    const plain = segment(doc, all(doc)).tokens;
    const tagged = segment(doc, all(doc), { pos: true }).tokens;
    expect(tagged.map((t) => t.span)).toEqual(plain.map((t) => t.span));
    const tagOf = (w: string) => tagged.find((t) => sliceSpan(doc.text, t.span) === w)?.tag;
    expect(tagOf('计划')).toBe('n');
    expect(tagOf('加快')).toBe('v');
    expect(tagOf('2024')).toBe('m');
    expect(tagOf('20xx')).toBe('ph');
    expect(tagOf('，')).toBe('x');
    expect(tagged.every((t) => t.tag !== '')).toBe(true);
  });

  it('CRLF: "\\r" is a token of its own, spans stay in the original text', () => {
    const doc = textDocument('公司現有員工人。\r\n二、加強管理\r\n');
    const { tokens } = segment(doc, all(doc));
    expectTiling(tokens, 0, doc.text.length);
    expect(texts(doc, tokens)).toEqual(['公司', '現有', '員工', '人', '。', '\r', '\n', '二', '、', '加強', '管理', '\r', '\n']);
  });

  it('segments a sub-range only, even mid-line', () => {
    const doc = textDocument('前言。公司现有员工人。后记');
    const start = doc.text.indexOf('公司');
    const end = doc.text.indexOf('后记');
    const { tokens, sentences } = segment(doc, { start, end });
    expectTiling(tokens, start, end);
    expect(texts(doc, tokens)).toEqual(['公司', '现有', '员工', '人', '。']);
    expect(sentences.map((s) => sliceSpan(doc.text, s.span))).toEqual(['公司现有员工人。']);
    expect(segment(doc, { start: 3, end: 3 })).toEqual({ sentences: [], tokens: [] });
  });

  it('rejects a range outside the text', () => {
    const doc = textDocument('计划');
    expect(() => segment(doc, { start: 0, end: 3 })).toThrow(/outside the text/);
    expect(() => segment(doc, { start: 2, end: 1 })).toThrow(/outside the text/);
  });

  it('chunking does not change the tokens: a long text equals its lines cut one by one', () => {
    const line = '为加强安全生产管理，落实企业主体责任，公司现有员工人，计划全年培训xx次。';
    const text = Array.from({ length: Math.ceil((3 * CHUNK_CHARS) / line.length) }, (_, i) => `${i + 1}、${line}`).join('\n');
    const doc = textDocument(text);
    const whole = segment(doc, all(doc)).tokens;
    expectTiling(whole, 0, text.length);
    const byLine: Token[] = [];
    let off = 0;
    for (const l of text.split('\n')) {
      byLine.push(...segment(doc, { start: off, end: off + l.length }).tokens);
      if (off + l.length < text.length) byLine.push({ span: { start: off + l.length, end: off + l.length + 1 }, tag: 'x' });
      off += l.length + 1;
    }
    expect(whole).toEqual(byLine);
  });

  it('keeps astral characters and control characters whole', () => {
    const doc = textDocument('计划😀完成\u0000任务\u200b。');
    const { tokens } = segment(doc, all(doc));
    expectTiling(tokens, 0, doc.text.length);
    expect(texts(doc, tokens)).toContain('😀');
  });
});

describe('segment: sentences', () => {
  const sentences = (text: string) => {
    const doc = textDocument(text);
    return segment(doc, all(doc)).sentences.map((s) => sliceSpan(doc.text, s.span));
  };

  it('splits on 。！？；… and line breaks, closing quotes stay with their sentence', () => {
    expect(sentences('一是加强领导；二是完善制度。  他说：“要努力！”然后散会？好……\n三、保障措施')).toEqual([
      '一是加强领导；',
      '二是完善制度。',
      '他说：“要努力！”',
      '然后散会？',
      '好……',
      '三、保障措施',
    ]);
  });

  it('never breaks inside balanced “ ” 《 》 ( ) on a line, but always at a line break', () => {
    expect(sentences('学习《关于加强管理的通知。细则》全文，并“边学边改。”后上报。')).toEqual([
      '学习《关于加强管理的通知。细则》全文，并“边学边改。”',
      '后上报。',
    ]);
    expect(sentences('培训（每季度一次。），人数不少于人。')).toEqual(['培训（每季度一次。），人数不少于人。']);
    expect(sentences('“第一行没有闭合。\n第二行。')).toEqual(['“第一行没有闭合。', '第二行。']);
  });

  it('splits half-width !?; after the fold and full-width ones alike', () => {
    expect(sentences('完成了!继续?好;是的')).toEqual(['完成了!', '继续?', '好;', '是的']);
    expect(sentences('完成了！继续？')).toEqual(['完成了！', '继续？']);
  });

  it('does not break on "." (decimals, 1. items)', () => {
    expect(sentences('1.增长3.5%。')).toEqual(['1.增长3.5%。']);
  });
});

describe.skipIf(!HAS_SHARED)('segment on the seed page', () => {
  const toSimplified = Converter({ from: 'tw', to: 'cn' });

  it('tokens equal nodejieba on the same text in Simplified (placeholders aside)', () => {
    const doc = seedDocument();
    const { tokens } = segment(doc, all(doc));
    expectTiling(tokens, 0, doc.text.length);
    let off = 0;
    let compared = 0;
    for (const line of doc.text.split('\n')) {
      const simplified = toSimplified(line);
      const lineTokens = tokens.filter((t) => t.span.start >= off && t.span.end <= off + line.length);
      if (simplified.length === line.length && line.trim() !== '') {
        // jieba on the independently converted Simplified line, cut around the placeholders as segment does.
        const expected: string[] = [];
        let p = 0;
        for (const ph of findPlaceholders(simplified)) {
          if (ph.span.start > p) expected.push(...cutWords(simplified.slice(p, ph.span.start)));
          expected.push(simplified.slice(ph.span.start, ph.span.end));
          p = ph.span.end;
        }
        if (p < simplified.length) expected.push(...cutWords(simplified.slice(p)));
        expect(lineTokens.map((t) => simplified.slice(t.span.start - off, t.span.end - off))).toEqual(expected);
        compared++;
      }
      off += line.length + 1;
    }
    expect(compared).toBeGreaterThan(300);
    const w = words(doc, tokens);
    const at = w.indexOf('現有');
    expect(w.slice(at - 1, at + 3)).toEqual(['公司', '現有', '員工', '人']);
  });

  it('sentences tile the non-blank text of the seed', () => {
    const doc = seedDocument();
    const { sentences } = segment(doc, all(doc));
    expectSentenceTiling(doc.text, sentences.map((s) => s.span), 0, doc.text.length);
    expect(sentences.length).toBeGreaterThan(500);
  });
});
