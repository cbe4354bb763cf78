import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_DIR, fixtureDocument, fixtureNames, outlineWhole, viewOutline } from './fixture-view.js';

/**
 * Every fixture text under fixtures/outline has a hand-checked expected view beside it
 * (regenerate with `npx tsx test/outline/regenerate-fixtures.ts`, then review the diff).
 * The targeted tests below restate the point of each fixture, so a regenerated file that lost it fails.
 */
describe('outline fixtures match their expected views', () => {
  it.each(fixtureNames())('%s', (name) => {
    const doc = fixtureDocument(name);
    const expected = JSON.parse(readFileSync(resolve(FIXTURE_DIR, `${name}.expected.json`), 'utf8')) as unknown;
    expect(viewOutline(doc, outlineWhole(doc))).toEqual(expected);
  });
});

function run(name: string) {
  const doc = fixtureDocument(name);
  const outline = outlineWhole(doc);
  const view = viewOutline(doc, outline);
  return { doc, outline, view };
}

describe('what each fixture is for', () => {
  it('gbt-standard: five levels 一、 → （一） → 1. → （1） → ①, conforming, no diagnostics', () => {
    const { outline } = run('gbt-standard');
    expect([...new Set(outline.items.map((it) => `${it.depth}:${it.style}`))]).toEqual(['1:cn-dun', '2:cn-paren', '3:num-dot', '4:num-paren', '5:circled']);
    const circled = outline.items.filter((it) => it.style === 'circled');
    expect(circled).toHaveLength(3);
    expect(new Set(circled.map((it) => outline.items[it.parent as number]?.marker))).toEqual(new Set(['（2）']));
    expect(outline.diagnostics).toEqual([]);
    expect(outline.conformance.conforms).toBe(true);
    expect(outline.conformance.notes).toContainEqual({ kind: 'deeper', count: 3 });
  });

  it('diagnostics: gap, malformed, duplicate, out-of-order, mixed-style, restart — each at its line', () => {
    const { view } = run('diagnostics');
    expect(view.diagnostics.map((d) => d.split(':')[0])).toEqual([
      'L10 gap warning', 'L11 malformed warning', 'L13 duplicate warning', 'L17 gap warning', 'L18 out-of-order warning',
      'L21 mixed-style info', 'L26 gap warning', 'L30 restart warning',
    ]);
    // The 1、 after the lead-in "还要做到：" (L24) starts a new list: no restart.
    expect(view.items.find((s) => s.startsWith('L24 '))).toBe('L24 d3 ^L19 num-dun 1→1 1、 item «重大节日前开展专项检查»');
    // Real-world variants of (一): （一）、 and （三）. are the same style, no diagnostic.
    expect(view.items.filter((s) => / cn-paren /.test(s)).map((s) => s.split(' ')[0])).toEqual(['L7', 'L11', 'L15', 'L19']);
  });

  it('legal-articles: 第X章 → 第X条 → （一）, article numbers continue across chapters without a gap', () => {
    const { view, outline } = run('legal-articles');
    expect(view.items.filter((s) => / article /.test(s)).map((s) => s.split(' ').slice(0, 3).join(' '))).toEqual([
      'L4 d2 ^L3', 'L5 d2 ^L3', 'L7 d2 ^L6', 'L11 d2 ^L6', 'L15 d2 ^L14',
    ]);
    expect(outline.diagnostics).toEqual([]);
    expect(outline.conformance.deviations).toEqual([]); // （一） under an article is a 项, not a GB/T level
  });

  it('chapter-restart: numbering that starts again in every 部分 and under every 一、 is legitimate', () => {
    const { outline } = run('chapter-restart');
    expect(outline.items.filter((it) => it.style === 'cn-dun').map((it) => it.ordinal)).toEqual([1, 2, 1, 2, 3]);
    expect(outline.diagnostics).toEqual([]);
  });

  it('traditional: headings in Traditional script, titles sliced from the original text', () => {
    const { view, outline } = run('traditional');
    expect(view.items[0]).toBe('L3 d1 ^- cn-dun 1→1 一、 heading «指導思想»');
    expect(outline.items.filter((it) => it.style === 'num-dot').map((it) => it.marker)).toEqual(['1．', '2．', '1．', '2．']);
    expect(outline.conformance.conforms).toBe(true); // 1． is GB/T's 1. written full-width
  });

  it('no-numbering: an empty outline, not an error', () => {
    const { outline } = run('no-numbering');
    expect(outline.items).toEqual([]);
    expect(outline.diagnostics).toEqual([]);
    expect(outline.conformance.conforms).toBe(true);
  });

  it('decimal: 1.1 and 1.2.3 nest by their number of parts; 3.5万 is not a marker', () => {
    const { view } = run('decimal');
    expect(view.items.map((s) => s.split(' ').slice(0, 3).join(' '))).toEqual([
      'L3 d1 ^-', 'L4 d2 ^L3', 'L6 d2 ^L3', 'L7 d3 ^L6', 'L8 d3 ^L6', 'L9 d3 ^L6', 'L10 d1 ^-', 'L11 d2 ^L10', 'L13 d2 ^L10', 'L15 d1 ^-',
    ]);
  });

  it('enclosed: ㈠ → 1) and ㈢ → ⑴ with ① enumerated inside the ⑵ paragraph', () => {
    const { outline } = run('enclosed');
    const inline = outline.items.filter((it) => it.kind === 'inline');
    expect(inline.map((it) => it.marker)).toEqual(['①', '②', '③']);
    expect(inline.every((it) => outline.items[it.parent as number]?.marker === '⑵')).toBe(true);
  });

  it('prose-enumerators: 第一，… and 首先…最后 at line starts, inside paragraphs, and a lone 其次 ignored', () => {
    const { view } = run('prose-enumerators');
    expect(view.items.filter((s) => s.startsWith('L11 '))).toEqual([]); // 这项工作的关键是落实，其次是督查。
    expect(view.items.filter((s) => / cn-seq .* item /.test(s)).map((s) => s.split(' ')[0])).toEqual(['L8', 'L9', 'L10']);
    expect(view.items.filter((s) => / inline /.test(s)).map((s) => s.split(' ')[0])).toEqual(['L7', 'L7', 'L7', 'L12', 'L12', 'L12']);
  });

  it('widths: full- and half-width brackets and digits are one style each', () => {
    const { outline } = run('widths');
    expect(outline.items.map((it) => `${it.style}${it.ordinal}`)).toEqual([
      'cn-dun1', 'cn-paren1', 'num-dun1', 'num-dun2', 'cn-paren2', 'num-paren1', 'num-paren2', 'cn-dun2',
    ]);
  });

  it('depth-by-document: 1、 sits under （一） in one section and straight under 三、 in another', () => {
    const { outline } = run('depth-by-document');
    const depths = outline.items.filter((it) => it.style === 'num-dun').map((it) => it.depth);
    expect(depths).toEqual([3, 3, 3, 3, 2, 2]);
    expect(outline.items.filter((it) => it.style === 'cn-shi').map((it) => it.depth)).toEqual([4, 4]);
  });
});
