import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../src/core/lines.js';
import { normalize } from '../../src/normalize/index.js';
import { buildOutline } from '../../src/outline/index.js';
import { readDocument } from '../../src/read/index.js';
import { splitVariants } from '../../src/split/index.js';
import { REPO_ROOT } from '../helpers/seed.js';

/**
 * The numbering claims of the shipped corpus (corpus/manifest.json, written by hand) checked
 * against the outline stage, through read → normalize → split like the CLI. HTML pages carry no
 * line numbers: their findings are located by their text inside the variant.
 */
interface Claim { variant: string; text: string; line: number | null; marker: string; code: string; note: string }
interface Page { file: string; outline: Claim[] }

const CORPUS = resolve(REPO_ROOT, 'corpus');
const pages = (JSON.parse(readFileSync(resolve(CORPUS, 'manifest.json'), 'utf8')) as { pages: Page[] }).pages;

describe('outline on the shipped corpus agrees with the manifest', () => {
  it.each(pages.map((p) => [p.file, p] as const))('%s', async (_file, page) => {
    const doc = normalize(await readDocument(resolve(CORPUS, page.file)));
    const lines = new LineIndex(doc.text);
    const split = splitVariants(doc);
    for (const claim of page.outline) {
      const variant = split.variants.find((v) => v.label === claim.variant);
      expect(variant, claim.variant).toBeDefined();
      const body = (variant as NonNullable<typeof variant>).body;
      const outline = buildOutline(doc, body);
      const at = doc.text.indexOf(claim.text, body.start);
      expect(at, claim.text).toBeGreaterThanOrEqual(0);
      const line = lines.lineOf(at);
      if (claim.line !== null) expect(line, claim.text).toBe(claim.line);
      const onLine = outline.items.filter((it) => lines.lineOf(it.span.start) === line);
      const lineItem = onLine.find((it) => it.kind !== 'inline');
      const codesOnLine = outline.diagnostics.filter((d) => lines.lineOf(d.span.start) === line).map((d) => d.code);
      const what = `${page.file} ${claim.variant} "${claim.text}" (${claim.code})`;
      const depth = /^depth-(\d)$/.exec(claim.code);
      if (depth) expect(lineItem?.depth, what).toBe(Number(depth[1]));
      else if (['gap', 'restart', 'malformed'].includes(claim.code)) expect(codesOnLine, what).toContain(claim.code);
      else if (claim.code === 'not-a-marker') expect(onLine, what).toEqual([]);
      else if (claim.code === 'chapter') expect([lineItem?.style, lineItem?.depth], what).toEqual(['chapter', 1]);
      else if (claim.code === 'circled') expect(lineItem?.style, what).toBe('circled');
      else if (claim.code === 'di-ordinal') expect(lineItem?.style, what).toBe('cn-di');
      else if (claim.code === 'inline-cn-shi') {
        // 二是 … inside the paragraph are inline items, whether or not the line itself starts with 一是.
        expect(onLine.filter((it) => it.kind === 'inline' && it.style === 'cn-shi').length, what).toBeGreaterThanOrEqual(1);
      } else if (claim.code === 'cn-shi-line-start') {
        expect([lineItem?.style, lineItem?.ordinal, lineItem?.kind], what).toEqual(['cn-shi', 1, 'item']);
      } else if (claim.code === 'inline-title' || claim.code === 'paragraph-item') {
        expect(lineItem?.marker, what).toBe(claim.marker);
      } else throw new Error(`unknown claim code ${claim.code} (${what})`);
      if (claim.marker !== '' && lineItem !== undefined && claim.code !== 'inline-cn-shi') expect(lineItem.marker, what).toBe(claim.marker);
    }
  });
});
