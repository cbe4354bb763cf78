/**
 * The family phase computed in the store gives the families findDuplicates gives in memory on the
 * same units (each variant's title line and folded body, in corpus order): ids, canonical members
 * and members — on corpora above and below the exhaustive threshold, in both stores.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBatch, Store } from '../../src/batch/index.js';
import { findDuplicates, joinUnitText } from '../../src/dedup/index.js';
import { generateCorpus } from '../../scripts/gen-docs-corpus.js';
import { writePlanCorpus } from './fixtures/plan-corpus.js';
import { writeStockCorpus } from './fixtures/stock-corpus.js';
import { freshStore, storeKinds } from '../helpers/stores.js';
import { REPO_ROOT } from '../helpers/seed.js';

const FAKE = new URL('./fixtures/fake-analyzer.ts', import.meta.url).href;

interface Family {
  family: string;
  canonical: string;
  members: string[];
}

async function storedFamilies(store: Store): Promise<Family[]> {
  const rows = await store.sql.all<{ id: number; family: string; canonical: string; variant_id: string }>(
    `SELECT f.id, f.family, f.canonical, m.variant_id FROM families f JOIN family_members m ON m.family_id = f.id
     JOIN variants v ON v.variant_id = m.variant_id JOIN files fl ON fl.id = v.file_id ORDER BY f.id, fl.path${store.sql.byCodePoint}, v.idx`,
  );
  const out: Family[] = [];
  for (const r of rows) {
    if (out.length === 0 || out[out.length - 1]?.family !== r.family) out.push({ family: r.family, canonical: r.canonical, members: [] });
    out[out.length - 1]?.members.push(r.variant_id);
  }
  return out;
}

/** findDuplicates over the stored variants' units (title line and folded body, as dedupUnit makes them), in corpus order. */
async function inMemoryFamilies(store: Store): Promise<{ families: Family[]; exhaustive: boolean; boilerplateSentences: number }> {
  const rows = await store.sql.all<{ id: string; folded: string; title: string | null }>(
    `SELECT v.variant_id AS "id", v.folded AS "folded", v.title_folded AS "title" FROM variants v JOIN files f ON f.id = v.file_id ORDER BY f.path${store.sql.byCodePoint}, v.idx`,
  );
  const r = findDuplicates(rows.map((u) => ({ id: u.id, text: joinUnitText(u.title, u.folded) })));
  return {
    families: r.families.map((f) => ({ family: f.id, canonical: f.canonical, members: f.members })),
    exhaustive: r.stats.exhaustive,
    boilerplateSentences: r.stats.boilerplateSentences,
  };
}

let dir: string;
let plans: string[];
let pages: string[];
let stock: string[];
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'plankit-families-'));
  plans = writePlanCorpus(dir, { files: 300, plans: 40, seed: 5 }).paths;
  pages = (await generateCorpus({ out: join(dir, 'gen'), docs: 160, seed: 3 })).files;
  // Plans that share stock paragraphs, each file opening with its title line (part of its unit).
  stock = writeStockCorpus(dir, { units: 240, seed: 17 });
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.each(storeKinds())('families computed in the store (%s)', (kind) => {
  it('equal findDuplicates on 600 units with near copies, truncated copies and shared boilerplate, over several batches', async () => {
    const db = await freshStore(kind, dir);
    const summary = await runBatch({ db, files: plans, analyzer: FAKE, workers: 2, templates: false, families: { batchUnits: 50 } });
    expect(summary.families).toMatchObject({ status: 'built', units: 600, exhaustive: false });
    const store = await Store.open(db);
    try {
      const mem = await inMemoryFamilies(store);
      expect(mem.exhaustive).toBe(false);
      const stored = await storedFamilies(store);
      expect(stored.filter((f) => f.members.length > 1).length).toBeGreaterThan(20);
      expect(stored).toEqual(mem.families);
    } finally {
      await store.close();
    }
  }, 120_000);

  it('equal findDuplicates on generated plan pages read by the real pipeline', async () => {
    const db = await freshStore(kind, dir);
    await runBatch({ db, files: pages, workers: 2, templates: false });
    const store = await Store.open(db);
    try {
      const mem = await inMemoryFamilies(store);
      expect(mem.exhaustive).toBe(false);
      expect(await storedFamilies(store)).toEqual(mem.families);
    } finally {
      await store.close();
    }
  }, 120_000);

  it('equal findDuplicates on plans sharing stock paragraphs (boilerplate weighed down, titles in the units)', async () => {
    const db = await freshStore(kind, dir);
    await runBatch({ db, files: stock, workers: 2, templates: false, families: { batchUnits: 60 } });
    const store = await Store.open(db);
    try {
      const mem = await inMemoryFamilies(store);
      expect(mem.exhaustive).toBe(false);
      expect(mem.boilerplateSentences).toBeGreaterThan(0);
      const stored = await storedFamilies(store);
      expect(stored.filter((f) => f.members.length > 1).length).toBeGreaterThan(10);
      expect(stored).toEqual(mem.families);
    } finally {
      await store.close();
    }
  }, 120_000);

  it('equal findDuplicates on the shipped pages (few distinct texts: every pair verified, as in memory)', async () => {
    const db = await freshStore(kind, dir);
    const corpus = readdirSync(join(REPO_ROOT, 'corpus'))
      .filter((f) => /\.(txt|html)$/.test(f))
      .map((f) => join(REPO_ROOT, 'corpus', f));
    const summary = await runBatch({ db, files: corpus, workers: 2, templates: false });
    expect(summary.families?.exhaustive).toBe(true);
    const store = await Store.open(db);
    try {
      const mem = await inMemoryFamilies(store);
      expect(mem.exhaustive).toBe(true);
      expect(await storedFamilies(store)).toEqual(mem.families);
    } finally {
      await store.close();
    }
  }, 120_000);
});
