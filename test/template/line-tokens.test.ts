import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';
import { splitVariants } from '../../src/split/index.js';
import { bodyTokens } from '../../src/template/build/line-tokens.js';
import { REPO_ROOT, textDocument } from '../helpers/seed.js';

const PAGES = join(REPO_ROOT, 'fixtures', 'pages');

describe('bodyTokens (member tokens kept by line)', () => {
  it('gives segment()’s tokens on every fixture page, whole and per 篇 body, from the cache as well', () => {
    const files = readdirSync(PAGES).filter((f) => f.endsWith('.txt'));
    expect(files.length).toBeGreaterThan(20);
    for (const round of [1, 2]) {
      for (const f of files) {
        const doc = textDocument(readFileSync(join(PAGES, f), 'utf8'), f);
        const spans = [{ start: 0, end: doc.text.length }, ...splitVariants(doc).variants.map((v) => v.body)];
        for (const span of spans) expect(bodyTokens(doc, span), `${f} [${span.start}, ${span.end}) round ${round}`).toEqual(segment(doc, span).tokens);
      }
    }
  });

  it('the same line text keeps the tokens of its own place (placeholder patterns look at the characters next to it)', () => {
    // xx next to a Latin letter is no placeholder, whatever the line says.
    const text = 'xx年完成\nabxx年完成\nxx\nxxc';
    const doc = textDocument(text);
    const spans = [
      { start: 0, end: text.length },
      { start: 8, end: 14 }, // xx年完成⏎ after b
      { start: 14, end: 17 }, // xx⏎
      { start: 17, end: 19 }, // xx before c
      { start: 14, end: 16 }, // xx before ⏎
    ];
    const tokens = spans.map((span) => segment(doc, span).tokens);
    const placeholders = tokens.map((list) => list.filter((t) => t.tag === 'ph').length);
    expect(placeholders).toEqual([2, 0, 1, 0, 1]);
    spans.forEach((span, i) => expect(bodyTokens(doc, span), `[${span.start}, ${span.end})`).toEqual(tokens[i]));
  });
});
