import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Token } from '../../src/core/document.js';
import { decodeBytes } from '../../src/read/index.js';
import { analyzeDocument } from '../../src/pipeline.js';
import { clauseEnd, clauseStart } from '../../src/template/detect/context.js';
import { LabelIndex } from '../../src/template/detect/label-index.js';
import { labelFor } from '../../src/template/detect/label.js';
import type { RawSlot } from '../../src/template/detect/types.js';
import { LineIndex } from '../../src/core/lines.js';
import { REPO_ROOT } from '../helpers/seed.js';

/** The token scan labelFor used before the index (tokens in text order). */
function scanSnap(tokens: readonly Token[], at: number, end: number): number {
  for (const t of tokens) {
    if (t.span.start >= at && t.span.start < end) return t.span.start;
    if (t.span.start > end) break;
  }
  return at;
}

const alphabet = fc.constantFrom('工', '作', '计', '划', ',', '。', '、', '\n', '(', ')', ' ', '1', 'x');

describe('LabelIndex', () => {
  it('answers clauseStart and clauseEnd exactly as the scans do, inside and outside its range', () => {
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 80 }), fc.nat(), fc.nat(), fc.nat(), fc.nat(), (chars, a, b, c, d) => {
        const text = chars.join('');
        const n = text.length;
        const from = n === 0 ? 0 : a % (n + 1);
        const to = from + (n === 0 ? 0 : b % (n - from + 1));
        const index = LabelIndex.of(text, { start: from, end: to });
        const x = n === 0 ? 0 : c % (n + 1);
        const y = n === 0 ? 0 : d % (n + 1);
        expect(index.clauseStart(x, y)).toBe(clauseStart(text, x, y));
        expect(index.clauseEnd(x, y)).toBe(clauseEnd(text, x, y));
      }),
      { numRuns: 3000 },
    );
  });

  it('finds the first token start at or after a point, below an end, as the token scan does', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 4 }), { maxLength: 40 }), fc.nat(), fc.nat(), (lengths, a, b) => {
        const tokens: Token[] = [];
        let p = 0;
        for (const len of lengths) {
          tokens.push({ span: { start: p, end: p + len }, tag: '' });
          p += len;
        }
        const index = LabelIndex.of('x'.repeat(p), { start: 0, end: p }, tokens);
        const at = a % (p + 2);
        const end = b % (p + 2);
        expect(index.snapToToken(at, end)).toBe(scanSnap(tokens, at, end));
      }),
      { numRuns: 3000 },
    );
  });

  it('labels every slot of a page as the scans do, on lines and on one long line without punctuation', () => {
    const para = '公司现有员工120人其中技术人员35人管理人员人全年完成产值3500万元比上年增长12%全年培训职工800人次组织开展xx项活动';
    const page = readFileSync(join(REPO_ROOT, 'corpus', '01-community-2024.txt'), 'utf8');
    for (const text of [page, Array.from({ length: 30 }, () => para).join('\n'), Array.from({ length: 30 }, () => para).join('')]) {
      const analysis = analyzeDocument(decodeBytes('x.txt', Buffer.from(text)), { outline: false });
      const doc = analysis.document;
      const lines = new LineIndex(doc.text);
      let n = 0;
      for (const v of analysis.variants) {
        const body = v.variant.body;
        const index = LabelIndex.of(doc.folded, { start: lines.lineStart(lines.lineOf(body.start)), end: lines.lineSpan(lines.lineOf(Math.max(body.start, body.end - 1)), doc.text).end }, v.tokens);
        for (const slot of v.slots) {
          const ls = lines.lineSpan(lines.lineOf(slot.span.start), doc.text);
          const raw = slot as unknown as RawSlot;
          for (const max of [4, 10, 30]) {
            expect(labelFor(raw, doc, ls.start, ls.end, max, v.tokens, index)).toBe(labelFor(raw, doc, ls.start, ls.end, max, v.tokens));
            n++;
          }
        }
      }
      expect(n).toBeGreaterThan(30);
    }
  });
});
