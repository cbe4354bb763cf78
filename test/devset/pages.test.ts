import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { joinLines } from '../../scripts/lib/devset/join-lines.js';
import { splitVariants } from '../../src/split/index.js';
import { textDocument } from '../helpers/seed.js';
import { describe, expect, it } from 'vitest';
import { pageGolds, realTitles, scorePage, sum } from '../../scripts/lib/devset/pages.js';
import { REPO_ROOT } from '../helpers/seed.js';

/**
 * Page reading on the page fixtures (fixtures/pages: own-written pages in the shapes of real 范文
 * and document-sharing pages, with gold): variant headers (label and line, and column inside a
 * line), the title line, and page chrome (whole lines, and spans inside lines).
 */
const dir = resolve(REPO_ROOT, 'fixtures/pages');
const scores = pageGolds(dir).map((g) => scorePage(dir, g));

describe('page reading on fixtures/pages', () => {
  it('scores every page fixture', () => {
    expect(scores.length).toBeGreaterThanOrEqual(60);
  });

  it('variant headers: recall ≥ 0.90, precision ≥ 0.95', () => {
    const h = sum(scores.map((s) => s.headers));
    console.log(`headers P ${h.precision.toFixed(3)} R ${h.recall.toFixed(3)} (tp ${h.tp}, fp ${h.fp}, fn ${h.fn})`);
    expect(h.recall, scores.flatMap((s) => s.notes.filter((n) => n.startsWith('headers')).map((n) => `${s.file}: ${n}`)).join('\n')).toBeGreaterThanOrEqual(0.9);
    expect(h.precision).toBeGreaterThanOrEqual(0.95);
  });

  it('title line right on ≥ 90 % of pages', () => {
    const right = scores.filter((s) => s.title).length;
    expect(right / scores.length, scores.flatMap((s) => s.notes.filter((n) => n.startsWith('title')).map((n) => `${s.file}: ${n}`)).join('\n')).toBeGreaterThanOrEqual(0.9);
  });

  it('title line right on ≥ 90 % of the real documents (issuing lines, numbers and signatures above it; two-line titles)', () => {
    const real = realTitles(REPO_ROOT);
    expect(real.length).toBeGreaterThanOrEqual(40);
    const right = real.filter((t) => t.right).length;
    expect(right / real.length, real.filter((t) => !t.right).map((t) => `${t.file}: ${t.note}`).join('\n')).toBeGreaterThanOrEqual(0.9);
  });

  it('chrome lines: precision ≥ 0.95, recall ≥ 0.90; chrome inside lines: precision ≥ 0.90', () => {
    const lines = sum(scores.map((s) => s.chromeLines));
    const inline = sum(scores.map((s) => s.chromeInline));
    console.log(`chrome lines P ${lines.precision.toFixed(3)} R ${lines.recall.toFixed(3)}; inside lines P ${inline.precision.toFixed(3)} R ${inline.recall.toFixed(3)}`);
    expect(lines.precision).toBeGreaterThanOrEqual(0.95);
    expect(lines.recall).toBeGreaterThanOrEqual(0.9);
    expect(inline.precision).toBeGreaterThanOrEqual(0.9);
  });

  it('real documents (one document each, their chrome already dropped): no chrome and no variant headers, as laid out and with every 8 lines joined', () => {
    const docs = resolve(REPO_ROOT, 'corpus/real/docs');
    const found: string[] = [];
    for (const f of readdirSync(docs).filter((x) => x.endsWith('.txt'))) {
      const text = readFileSync(resolve(docs, f), 'utf8');
      for (const [how, t] of [['as laid out', text], ['joined', joinLines(text, 8).text]] as const) {
        const r = splitVariants(textDocument(t, f));
        for (const c of r.chrome) found.push(`${f} ${how}: chrome ${c.kind} ${t.slice(c.span.start, c.span.end)}`);
        for (const v of r.variants) if (v.label !== null) found.push(`${f} ${how}: variant ${v.label}`);
      }
    }
    expect(found).toEqual([]);
  });
});
