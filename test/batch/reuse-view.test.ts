/**
 * The reuse report streamed from the store (SQL aggregates, cursors) is byte for byte the report
 * reuseReport computes in memory from the same documents — JSON, every CSV table, HTML — with the
 * default options and others, in both stores.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBatch, Store, storeReuseView } from '../../src/batch/index.js';
import { CSV_TABLES, renderReuse, reuseReport, type ReuseInput, type ReuseOptions } from '../../src/reuse/index.js';
import { generateCorpus } from '../../scripts/gen-docs-corpus.js';
import { freshStore, storeKinds } from '../helpers/stores.js';

/** Every document with every passage, the way a report from memory sees the corpus. */
async function inputFromStore(store: Store): Promise<ReuseInput> {
  const sql = store.sql;
  const docs = await sql.all<{ id: number; path: string; norm_chars: number }>(
    `SELECT f.id, f.path, coalesce((SELECT sum(v.norm_chars) FROM variants v WHERE v.file_id = f.id), 0) AS "norm_chars"
     FROM files f WHERE f.status = 'ok' ORDER BY f.path${sql.byCodePoint}`,
  );
  const documents: ReuseInput['documents'] = [];
  for (const d of docs) {
    const passages = await sql.all<{ kind: 'sentence' | 'paragraph'; key: number; norm_chars: number; variant_id: string; line: number; start: number; end: number; body_start: number; text: string }>(
      `SELECT p.kind, p.key, p.norm_chars, v.variant_id, p.line, p.start, p."end", v.body_start, v.text
       FROM passages p JOIN variants v ON v.id = p.variant WHERE p.file_id = ? ORDER BY p.start, p.kind DESC`,
      [d.id],
    );
    documents.push({
      path: d.path,
      normChars: Number(d.norm_chars),
      passages: passages.map((p) => ({
        kind: p.kind,
        key: Number(p.key),
        normChars: Number(p.norm_chars),
        variant: p.variant_id,
        line: Number(p.line),
        text: p.text.slice(Number(p.start) - Number(p.body_start), Number(p.end) - Number(p.body_start)),
      })),
    });
  }
  const families: ReuseInput['families'] = [];
  for (const f of await sql.all<{ id: number; family: string; canonical: string; size: number }>('SELECT id, family, canonical, size FROM families ORDER BY id')) {
    const members = await sql.all<{ variant_id: string; path: string; terms: string }>(
      `SELECT m.variant_id, fl.path, v.terms FROM family_members m JOIN variants v ON v.variant_id = m.variant_id JOIN files fl ON fl.id = v.file_id
       WHERE m.family_id = ? ORDER BY fl.path${sql.byCodePoint}, v.idx`,
      [f.id],
    );
    families.push({ id: f.family, canonical: f.canonical, size: Number(f.size), members: members.map((m) => ({ id: m.variant_id, path: m.path, terms: JSON.parse(m.terms) as Record<string, number> })) });
  }
  return { documents, families };
}

let dir: string;
let pages: string[];
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'plankit-reuse-view-'));
  pages = (await generateCorpus({ out: join(dir, 'gen'), docs: 120, seed: 9 })).files;
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const OPTION_SETS: Array<Partial<ReuseOptions>> = [{}, { minDocuments: 3, minPassageChars: 14, minFamilySize: 1, maxFamilies: 7, topTerms: 3 }];

describe.each(storeKinds())('reuse report streamed from the store (%s)', (kind) => {
  it('is byte for byte the report computed in memory: JSON, every CSV table and HTML, under several options', async () => {
    const db = await freshStore(kind, dir);
    await runBatch({ db, files: pages, workers: 2, templates: false });
    const store = await Store.open(db);
    try {
      const input = await inputFromStore(store);
      for (const options of OPTION_SETS) {
        const report = reuseReport(input, options);
        expect(report.passages.length, JSON.stringify(options)).toBeGreaterThan(3);
        const view = await storeReuseView(store, options);
        expect(await renderReuse(view, 'json')).toBe(await renderReuse(report, 'json'));
        for (const t of CSV_TABLES) expect(await renderReuse(view, 'csv', t), `${t} ${JSON.stringify(options)}`).toBe(await renderReuse(report, 'csv', t));
        expect(await renderReuse(view, 'html')).toBe(await renderReuse(report, 'html'));
      }
    } finally {
      await store.close();
    }
  }, 180_000);
});
