/**
 * The candidate indexes held in memory (band-index.ts: LSH buckets, postings.ts: shared sentences)
 * give the candidates the store's queries give — every batch of representatives, the same partners
 * and estimates, each index alone and both — and are not loaded beyond their budget, in both stores.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBatch, Store } from '../../src/batch/index.js';
import { BandIndex } from '../../src/batch/families/band-index.js';
import { candidatesOf } from '../../src/batch/families/candidates.js';
import { SentencePostings } from '../../src/batch/families/postings.js';
import { buildCandidateTables } from '../../src/batch/families/units.js';
import { resolveOptions } from '../../src/dedup/options.js';
import { writePlanCorpus } from './fixtures/plan-corpus.js';
import { writeStockCorpus } from './fixtures/stock-corpus.js';
import { freshStore, storeKinds } from '../helpers/stores.js';

const FAKE = new URL('./fixtures/fake-analyzer.ts', import.meta.url).href;

let dir: string;
let plans: string[];
let stock: string[];
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'plankit-postings-'));
  plans = writePlanCorpus(dir, { files: 300, plans: 40, seed: 11 }).paths;
  stock = writeStockCorpus(dir, { units: 240, seed: 23 });
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.each(storeKinds())('candidate indexes in memory (%s)', (kind) => {
  for (const [name, files, analyzer] of [
    ['near and truncated copies', () => plans, FAKE],
    ['plans sharing stock paragraphs', () => stock, undefined],
  ] as const) {
    it(`give the store query's candidates, batch by batch: ${name}`, async () => {
      const db = await freshStore(kind, dir);
      const summary = await runBatch({ db, files: files(), ...(analyzer === undefined ? {} : { analyzer }), workers: 2, templates: false, reuse: false, families: { batchUnits: 50 } });
      expect(summary.families?.exhaustive).toBe(false);
      const units = summary.families?.units ?? 0;
      const o = resolveOptions({});
      const store = await Store.open(db);
      try {
        const sentences = await SentencePostings.load(store.sql, units, o.maxPosting, 64 * 2 ** 20);
        expect(sentences).not.toBeNull();
        // A small bucket limit, so that both kinds of bucket (in full, by window) are met; the
        // store's list of large buckets is rebuilt for it.
        const small = { ...o, maxBucket: 3, bucketWindow: 2 };
        await store.sql.transaction((tx) => buildCandidateTables(tx, small.maxBucket, small.maxPosting));
        const bands = await BandIndex.load(store.sql, units, small.maxBucket, small.bucketWindow, 64 * 2 ** 20);
        expect(bands).not.toBeNull();
        let bySentences = 0;
        let byBands = 0;
        let large = 0;
        for (let lo = 0; lo < units; lo += 37) {
          const fromStore = await candidatesOf(store.sql, lo, lo + 37, small, { bands: null, sentences: null });
          for (const indexes of [{ bands, sentences }, { bands, sentences: null }, { bands: null, sentences }]) {
            const fromMemory = await candidatesOf(store.sql, lo, lo + 37, small, indexes);
            expect([...fromMemory.entries()]).toEqual([...fromStore.entries()]);
          }
          sentences?.forEachSharing(lo, lo + 37, o.sketchCandidate, () => bySentences++);
          bands?.forEachHit(lo, lo + 37, () => byBands++);
        }
        for (const r of await store.sql.all<{ n: number }>('SELECT count(*) AS "n" FROM fam_bands GROUP BY band_key HAVING count(*) > ?', [small.maxBucket])) large += Number(r.n);
        // The corpus has pairs found by shared sentences and by buckets of both kinds, so the comparison above compared some.
        expect(bySentences).toBeGreaterThan(10);
        expect(byBands).toBeGreaterThan(10);
        expect(large).toBeGreaterThan(0);
      } finally {
        await store.close();
      }
    }, 120_000);
  }

  it('are not loaded beyond their budget (the store counts shared sentences instead)', async () => {
    const db = await freshStore(kind, dir);
    const summary = await runBatch({ db, files: plans, analyzer: FAKE, workers: 2, templates: false, reuse: false });
    const o = resolveOptions({});
    const store = await Store.open(db);
    try {
      expect(await SentencePostings.load(store.sql, summary.families?.units ?? 0, o.maxPosting, 1024)).toBeNull();
      expect(await BandIndex.load(store.sql, summary.families?.units ?? 0, o.maxBucket, o.bucketWindow, 1024)).toBeNull();
    } finally {
      await store.close();
    }
  }, 120_000);
});
