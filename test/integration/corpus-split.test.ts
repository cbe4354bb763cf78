import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../src/core/lines.js';
import { runCli } from '../helpers/cli.js';
import { CORPUS_INPUTS, corpusPath, lineOf, PAGES, rawDecoded, splitOnly, type CorpusPage } from '../helpers/corpus-pages.js';
import { HAS_SHARED, loadGold, SEED_PATH } from '../helpers/seed.js';

/**
 * End to end: every page of the shipped corpus read, decoded, folded and split as
 * corpus/manifest.json says — through the library (analyzeFile, split stages only) and through
 * `plankit split --format json`.
 */

/** Encodings a reader may report for a manifest encoding (corpus/README.md: GBK may be read as its superset GB18030). */
const ACCEPTED_ENCODINGS: Record<string, readonly string[]> = { gbk: ['gbk', 'gb18030'] };
function acceptedEncodings(page: CorpusPage): readonly string[] {
  return ACCEPTED_ENCODINGS[page.encoding] ?? [page.encoding];
}

/** Pages that have text between the title and the first header, and the line of that text (null: HTML). */
/** Pages with a site blurb between the title and the first header: page chrome (editor-blurb), at this line. */
const BLURB: Record<string, number> = {
  '04-hospital-nursing.txt': 3, // the site blurb (corpus/README.md)
  '06-sales-dept-gbk.html': 3, // the blurb paragraph of the article block
};

interface SplitJson {
  files: Array<{
    path: string;
    encoding: string;
    script: string;
    title: string | null;
    variants: Array<{ id: string; label: string | null; startLine: number; endLine: number }>;
  }>;
}

describe('corpus pages through analyzeFile', () => {
  it.each(PAGES.map((p) => [p.file, p] as const))('%s: encoding, script, title, variants as the manifest says', async (_f, page) => {
    const a = await splitOnly(corpusPath(page.file));
    const doc = a.document;
    expect(acceptedEncodings(page)).toContain(doc.encoding);
    expect(doc.format).toBe(page.format);
    expect(doc.script).toBe(page.script);
    expect(a.title?.text).toBe(page.title);
    expect(doc.text.slice(a.title!.span.start, a.title!.span.end)).toBe(page.title);

    // Decoding is exact: no BOM left, nothing replaced, and (text pages) the same text as an
    // independent iconv-lite decode with the manifest's encoding — line endings kept as in the file.
    expect(doc.text.charCodeAt(0)).not.toBe(0xfeff);
    expect(doc.text).not.toContain('\ufffd');
    if (page.format === 'text') {
      expect(doc.text).toBe(rawDecoded(page));
      if (page.eol === 'crlf') expect(doc.text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
      else expect(doc.text).not.toContain('\r');
    }

    expect(a.variants.map((v) => v.variant.label)).toEqual(page.variants.map((v) => v.label));
    a.variants.forEach((va, i) => {
      const v = va.variant;
      const want = page.variants[i]!;
      expect(v.index).toBe(i);
      expect(v.id).toBe(`${doc.path}#${want.label}`);
      expect(v.header, want.label).not.toBeNull();
      const header = doc.text.slice(v.header!.start, v.header!.end);
      expect(header.trim(), want.label).toBe(want.header);
      if (want.line !== null) expect(lineOf(a, v.header!.start), want.label).toBe(want.line);
      // The body follows its header and ends before the next variant's header.
      expect(v.body.start).toBeGreaterThanOrEqual(v.header!.end);
      const next = a.variants[i + 1]?.variant;
      if (next) expect(v.body.end).toBeLessThanOrEqual(next.header!.start);
      else expect(v.body.end).toBeLessThanOrEqual(doc.text.length);
      expect(v.body.end).toBeGreaterThan(v.body.start);
    });

    // Page-level findings: a preamble only where the page has one, nothing else that signals a
    // misread (replaced bytes, duplicate labels, a list heading that announces another count).
    const codes = a.diagnostics.map((d) => d.code);
    for (const bad of ['replacement-chars', 'duplicate-label', 'variant-count', 'no-variants'] as const) expect(codes).not.toContain(bad);
    // No page has text between its title and first header that is neither chrome nor a variant.
    expect(codes).not.toContain('preamble');
    const blurbLine = BLURB[page.file];
    if (blurbLine !== undefined) {
      const blurb = a.chrome.filter((c) => c.kind === 'editor-blurb');
      expect(blurb.map((c) => lineOf(a, c.span.start))).toEqual([blurbLine]);
      // The blurb lies between the title and the first header.
      expect(blurb[0]!.span.start).toBeGreaterThanOrEqual(a.title!.span.end);
      expect(blurb[0]!.span.end).toBeLessThanOrEqual(a.variants[0]!.variant.header!.start);
    }
  });
});

describe('plankit split --format json on the corpus folder', () => {
  let json: Promise<{ run: Awaited<ReturnType<typeof runCli>>; parsed: SplitJson }> | undefined;
  const splitJson = () =>
    (json ??= runCli('split', '--format', 'json', ...CORPUS_INPUTS).then((run) => ({ run, parsed: JSON.parse(run.out) as SplitJson })));

  it('reads every page of the folder and only those, without errors', async () => {
    const { run, parsed } = await splitJson();
    expect(run.code).toBe(0);
    expect(run.err).toBe('');
    expect(parsed.files.map((f) => f.path).sort()).toEqual(PAGES.map((p) => corpusPath(p.file)).sort());
  });

  it.each(PAGES.map((p) => [p.file, p] as const))('%s: the JSON contract holds the manifest answers', async (_f, page) => {
    const { parsed } = await splitJson();
    const file = parsed.files.find((f) => f.path === corpusPath(page.file));
    expect(file).toBeDefined();
    const f = file!;
    expect(acceptedEncodings(page)).toContain(f.encoding);
    expect(f.script).toBe(page.script);
    expect(f.title).toBe(page.title);
    expect(f.variants.map((v) => [v.id, v.label])).toEqual(page.variants.map((v) => [`${f.path}#${v.label}`, v.label]));

    // Lines: the manifest's header lines on text pages; on every page the same lines as the
    // library's header spans, and the text on startLine is the header as written.
    const a = await splitOnly(corpusPath(page.file));
    const lines = new LineIndex(a.document.text);
    f.variants.forEach((v, i) => {
      const want = page.variants[i]!;
      if (want.line !== null) expect(v.startLine, want.label).toBe(want.line);
      const header = a.variants[i]!.variant.header!;
      expect(v.startLine, want.label).toBe(lines.lineOf(header.start));
      const lineText = a.document.text.slice(lines.lineStart(v.startLine), lines.lineSpan(v.startLine, a.document.text).end);
      expect(lineText.trim(), want.label).toBe(want.header);
      expect(v.endLine, want.label).toBeGreaterThan(v.startLine);
      const next = f.variants[i + 1];
      if (next) expect(v.endLine, want.label).toBeLessThan(next.startLine);
      else expect(v.endLine).toBeLessThanOrEqual(lines.lineCount);
    });
  });
});

interface GoldVariants {
  variants: Array<{ label: string; header_line: number }>;
}
interface GoldOutline {
  title: { line: number; text: string };
}

describe.skipIf(!HAS_SHARED)('the seed page, split as the gold says', () => {
  it('analyzeFile finds the gold title and the eight 篇 headers on their gold lines', async () => {
    const gold = loadGold<GoldVariants>('seed-variants');
    const title = loadGold<GoldOutline>('seed-outline').title;
    const a = await splitOnly(SEED_PATH);
    expect(a.document.script).toBe('traditional');
    expect(a.title?.text).toBe(title.text);
    expect(lineOf(a, a.title!.span.start)).toBe(title.line);
    expect(a.variants.map((v) => [v.variant.label, lineOf(a, v.variant.header!.start)])).toEqual(gold.variants.map((v) => [v.label, v.header_line]));
  });

  it('plankit split --format json reports the same', async () => {
    const gold = loadGold<GoldVariants>('seed-variants');
    const run = await runCli('split', '--format', 'json', SEED_PATH);
    expect(run.code).toBe(0);
    const f = (JSON.parse(run.out) as SplitJson).files[0]!;
    expect(f.path).toBe(SEED_PATH);
    expect(f.variants.map((v) => [v.id, v.startLine])).toEqual(gold.variants.map((v) => [`${SEED_PATH}#${v.label}`, v.header_line]));
  });
});
