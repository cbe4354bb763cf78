import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UnitSplitter } from '../../src/cli/dedup-units/parallel.js';
import { unitsOfDocument, type DedupDocument } from '../../src/cli/dedup-units/units-of-document.js';

const PAGES = 'fixtures/pages';

/** Real-shaped pages (chrome, several variants, both scripts) as decoded documents. */
function pages(): DedupDocument[] {
  return readdirSync(PAGES)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .slice(0, 12)
    .map((f) => ({ path: join(PAGES, f), text: readFileSync(join(PAGES, f), 'utf8') }));
}

describe('dedup units in worker threads', () => {
  it('gives every document the units and sources it gets on the calling thread, in input order', async () => {
    const docs = pages();
    expect(docs.length).toBeGreaterThanOrEqual(8);
    const inline = docs.map((d) => unitsOfDocument(d, {}));
    expect(inline.some((r) => r.units.length > 1)).toBe(true); // pages with several variants are in the sample

    const splitter = new UnitSplitter({}, { inlineDocuments: 2, batchDocuments: 3, workers: 2 });
    for (const d of docs) splitter.add(d);
    expect(await splitter.finish()).toEqual(inline);
  }, 60_000);

  it('keeps the title out of a whole-page unit in the workers too when asked', async () => {
    const docs = pages();
    const splitter = new UnitSplitter({ skipTitle: true }, { inlineDocuments: 0, batchDocuments: 4, workers: 1 });
    for (const d of docs) splitter.add(d);
    expect(await splitter.finish()).toEqual(docs.map((d) => unitsOfDocument(d, { skipTitle: true })));
  }, 60_000);

  it('fails the run when a worker cannot split a document, instead of losing it', async () => {
    const splitter = new UnitSplitter({}, { inlineDocuments: 0, batchDocuments: 1, workers: 1 });
    splitter.add({ path: 'ok.txt', text: '学校工作计划\n一、指导思想\n做好工作。' });
    splitter.add({ path: 'bad.txt', text: 42 as unknown as string });
    await expect(splitter.finish()).rejects.toThrow();
  }, 60_000);
});

describe('a worker failing early', () => {
  it('is reported by finish() even when more documents were added after it failed', async () => {
    const splitter = new UnitSplitter({}, { inlineDocuments: 0, batchDocuments: 1, workers: 1 });
    splitter.add({ path: 'bad.txt', text: 42 as unknown as string });
    await new Promise((r) => setTimeout(r, 1500)); // the worker answers with its error meanwhile
    splitter.add({ path: 'ok.txt', text: '学校工作计划\n一、指导思想\n做好工作。' });
    await expect(splitter.finish()).rejects.toThrow();
  }, 60_000);
});
