import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toChineseNumeral } from '../../src/core/numerals.js';
import { buildOutline } from '../../src/outline/index.js';
import { textDocument } from '../helpers/seed.js';

// Lines a plan is made of: markers of many styles with small ordinals, prose, inline runs, blanks.
const ordinal = fc.integer({ min: 1, max: 12 });
const line = fc.oneof(
  ordinal.map((n) => `${toChineseNumeral(n)}、标题`),
  ordinal.map((n) => `（${toChineseNumeral(n)}）、小标题`),
  ordinal.map((n) => `(${toChineseNumeral(n)}、)误写`),
  ordinal.map((n) => `${n}、条目内容，说明情况。`),
  ordinal.map((n) => `${n}．全角句点`),
  ordinal.map((n) => `（${n}）细目`),
  ordinal.map((n) => `${String.fromCharCode(0x245f + n)}圈号`),
  ordinal.map((n) => `${toChineseNumeral(n)}是加强管理；`),
  ordinal.map((n) => `第${toChineseNumeral(n)}章 总则`),
  ordinal.map((n) => `第${toChineseNumeral(n)}条 规定`),
  fc.tuple(ordinal, ordinal).map(([a, b]) => `${a}.${b} 小节`),
  fc.constantFrom('首先，摸清底数。', '其次，建立台账。', '最后，逐项销号。', '重点：一是抓落实；二是抓督查。', '正文段落，没有编号。', '此外还要做到：', '', '   '),
);
const documentText = fc.array(line, { maxLength: 40 }).map((ls) => ls.join('\n'));

describe('outline invariants on generated documents', () => {
  it('spans slice back, parents come first and are one level up, everything stays in the body', () => {
    fc.assert(
      fc.property(documentText, fc.boolean(), (text, crlf) => {
        const doc = textDocument(crlf ? text.replace(/\n/g, '\r\n') : text);
        const head = Math.min(doc.text.length, doc.text.indexOf('\n') + 1);
        const body = { start: head, end: doc.text.length };
        const outline = buildOutline(doc, body);
        let previous = -1;
        outline.items.forEach((it, i) => {
          expect(it.span.start).toBeGreaterThan(previous);
          previous = it.span.start;
          expect(it.span.start).toBeGreaterThanOrEqual(body.start);
          expect(it.span.end).toBeLessThanOrEqual(body.end);
          expect(it.markerSpan.start).toBe(it.span.start);
          expect(it.markerSpan.end).toBeLessThanOrEqual(it.span.end);
          expect(doc.text.slice(it.markerSpan.start, it.markerSpan.end)).toBe(it.marker);
          expect(it.titleSpan.start).toBeGreaterThanOrEqual(it.markerSpan.end);
          expect(doc.text.slice(it.titleSpan.start, it.titleSpan.end)).not.toMatch(/[\r\n]/);
          expect(it.renumbered).toBeGreaterThanOrEqual(1);
          if (it.parent === null) expect(it.depth).toBe(1);
          else {
            expect(it.parent).toBeLessThan(i);
            const parent = outline.items[it.parent];
            expect(parent?.kind).not.toBe('inline');
            expect(it.depth).toBe((parent?.depth ?? 0) + 1);
          }
        });
        for (const d of [...outline.diagnostics, ...outline.conformance.diagnostics]) {
          expect(d.span.start).toBeGreaterThanOrEqual(body.start);
          expect(d.span.end).toBeLessThanOrEqual(body.end);
        }
        for (const r of outline.conformance.rewrites) expect(doc.text.slice(r.span.start, r.span.end)).toBe(r.from);
        expect(buildOutline(doc, body)).toEqual(outline); // deterministic
      }),
      { numRuns: 300 },
    );
  });
});
