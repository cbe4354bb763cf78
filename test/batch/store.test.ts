import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { packPassages, unpackPassages, type FileRecord } from '../../src/batch/record.js';
import { SCHEMA_VERSION } from '../../src/batch/migrate.js';
import { MIGRATIONS, TABLES, WORK_TABLES } from '../../src/batch/schema.js';
import { Store } from '../../src/batch/store.js';
import { StoreError } from '../../src/store/errors.js';
import { freshStore, storeKinds } from '../helpers/stores.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'plankit-store-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A record exercising every column: nulls, a header-less variant, JSON data, CJK text. */
function sampleRecord(): FileRecord {
  return {
    encoding: 'gb18030',
    encodingCertain: true,
    format: 'html',
    script: 'traditional',
    title: '2024年度工會工作計畫',
    chars: 120,
    timings: { readMs: 1.25, analyzeMs: 7.5 },
    diagnostics: [
      { code: 'encoding-guess', severity: 'info', span: { start: 0, end: 0 }, line: 1, column: 0, message: 'guessed gb18030' },
    ],
    variants: [
      {
        id: 'a.html#篇1',
        label: '篇1',
        index: 0,
        header: { start: 14, end: 18 },
        body: { start: 19, end: 70 },
        startLine: 3,
        endLine: 6,
        bodyLine: 4,
        bodyColumn: 0,
        text: '一、指導思想\n（一）加強組織建設，全年發展會員人。',
        folded: '一、指导思想\n(一)加强组织建设,全年发展会员人。',
        titleFolded: null,
        normChars: 21,
        terms: '{"指导思想":1,"组织":1,"会员":1}',
        outline: [
          { span: { start: 19, end: 21 }, line: 3, column: 0, marker: '一、', style: 'cn-dun', kind: 'heading', ordinal: 1, depth: 1, parentLine: null, title: '指導思想' },
          { span: { start: 26, end: 29 }, line: 4, column: 0, marker: '（一）', style: 'cn-paren', kind: 'item', ordinal: 1, depth: 2, parentLine: 3, title: '加強組織建設' },
        ],
        slots: [
          { span: { start: 44, end: 44 }, line: 4, column: 18, length: 0, value: '', kind: 'hollow', type: 'count', unit: '人', label: '发展会员', confidence: 0.75, rule: 'hollow/clause-end' },
          { span: { start: 30, end: 34 }, line: 4, column: 4, length: 4, value: '20xx', kind: 'placeholder', type: 'year', unit: '', label: '' },
        ],
        diagnostics: [
          { code: 'gap', severity: 'warning', span: { start: 26, end: 29 }, line: 4, column: 0, message: 'ordinal 2 missing', data: { expected: 2, got: 3 } },
        ],
        passages: packPassages([
          { kind: 'paragraph', key: 4503599627370495, span: { start: 26, end: 45 }, line: 4, normChars: 15 },
          { kind: 'sentence', key: 9007199254740991, span: { start: 26, end: 45 }, line: 4, normChars: 15 },
        ]),
        unit: { key: 9007199254740991, normChars: 21, shingles: 17, chars: 23, sentences: Float64Array.from([1, 4294967295, 9007199254740991]) },
      },
      {
        id: 'a.html#篇2',
        label: '篇2',
        index: 1,
        header: null,
        body: { start: 71, end: 71 },
        startLine: 7,
        endLine: 7,
        bodyLine: 8,
        bodyColumn: 0,
        text: '',
        folded: '',
        titleFolded: null,
        normChars: 0,
        terms: '{}',
        outline: [],
        slots: [],
        diagnostics: [],
        passages: packPassages([]),
      },
    ],
  };
}

/** Column names of a table in either store, in declaration order. */
async function columnsOf(store: Store, table: string): Promise<string[]> {
  if (store.sql.dialect === 'sqlite') return (await store.sql.all<{ name: string }>(`SELECT name FROM pragma_table_info('${table}')`)).map((c) => c.name);
  return (
    await store.sql.all<{ column_name: string }>(
      `SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = ? ORDER BY ordinal_position`,
      [table],
    )
  ).map((c) => c.column_name);
}

const count = async (store: Store, t: string): Promise<number> => Number((await store.sql.get<{ n: number }>(`SELECT count(*) AS "n" FROM ${t}`))?.n);

describe.each(storeKinds())('store (%s)', (kind) => {
  it('creates the schema at the current version with every table, the same columns in both stores', async () => {
    const store = await Store.open(await freshStore(kind, dir));
    try {
      expect((await store.sql.userTables()).sort()).toEqual([...TABLES, ...WORK_TABLES].sort());
      expect(await store.sql.schemaVersion()).toBe(SCHEMA_VERSION);
      if (kind === 'sqlite') expect((store.sql as unknown as { db: Database.Database }).db.pragma('journal_mode', { simple: true })).toBe('wal');
      // The columns are those SCHEMA.md documents (checked below on SQLite), in both stores.
      const sqlite = await Store.open(join(dir, 'reference.sqlite'));
      try {
        for (const t of [...TABLES, ...WORK_TABLES]) expect(await columnsOf(store, t), t).toEqual(await columnsOf(sqlite, t));
      } finally {
        await sqlite.close();
      }
    } finally {
      await store.close();
    }
  });

  it('round-trips a file: rows read back equal to what was written', async () => {
    const db = await freshStore(kind, dir);
    const store = await Store.open(db);
    const run = await store.beginRun(['corpus/'], { workers: 2 }, '0.1.0');
    const record = sampleRecord();
    await store.putFile(run, { path: 'a.html', hash: 'ab'.repeat(32), size: 300 }, { ok: record });
    await store.close();
    // Reopen: the data is in the store, not in a cache.
    const again = await Store.open(db);
    expect(await again.getFile('a.html')).toEqual({
      meta: { path: 'a.html', hash: 'ab'.repeat(32), size: 300 },
      status: 'ok',
      runId: run,
      outcome: { ok: record },
    });
    await again.close();
  });

  it('reads slots stored before schema 4 (no confidence or rule) without those fields', async () => {
    const store = await Store.open(await freshStore(kind, dir));
    const run = await store.beginRun(['corpus/'], { workers: 2 }, '0.1.0');
    await store.putFile(run, { path: 'a.html', hash: 'ab'.repeat(32), size: 300 }, { ok: sampleRecord() });
    await store.sql.run('UPDATE slots SET confidence = NULL, rule = NULL');
    const stored = await store.getFile('a.html');
    const outcome = stored?.outcome;
    const slots = outcome !== undefined && 'ok' in outcome ? (outcome.ok.variants[0]?.slots ?? []) : [];
    expect(slots).toHaveLength(2);
    for (const s of slots) expect('confidence' in s || 'rule' in s).toBe(false);
    await store.close();
  });

  it('round-trips a failed file with its error', async () => {
    const store = await Store.open(await freshStore(kind, dir));
    const run = await store.beginRun([], {}, '0.1.0');
    await store.putFile(run, { path: 'bad.bin', hash: 'cd'.repeat(32), size: 9 }, { failed: { kind: 'binary', message: 'NUL bytes' } });
    expect(await store.getFile('bad.bin')).toEqual({
      meta: { path: 'bad.bin', hash: 'cd'.repeat(32), size: 9 },
      status: 'failed',
      runId: run,
      outcome: { failed: { kind: 'binary', message: 'NUL bytes' } },
    });
    expect(await store.lookup('bad.bin')).toEqual({ hash: 'cd'.repeat(32), status: 'failed' });
    await store.close();
  });

  it('replaces a path wholesale when it is stored again (no orphan child rows)', async () => {
    const store = await Store.open(await freshStore(kind, dir));
    const run = await store.beginRun([], {}, '0.1.0');
    const tables = ['files', 'variants', 'outline_items', 'slots', 'diagnostics', 'passages', 'units', 'unit_sentences'];
    const counts = () => Promise.all(tables.map((t) => count(store, t)));
    await store.putFile(run, { path: 'a.html', hash: '1'.repeat(64), size: 1 }, { ok: sampleRecord() });
    await store.putFile(run, { path: 'a.html', hash: '2'.repeat(64), size: 2 }, { ok: sampleRecord() });
    expect(await counts()).toEqual([1, 2, 2, 2, 2, 2, 1, 3]);
    await store.putFile(run, { path: 'a.html', hash: '3'.repeat(64), size: 3 }, { failed: { kind: 'empty', message: 'empty' } });
    expect(await counts()).toEqual([1, 0, 0, 0, 0, 0, 0, 0]);
    await store.close();
  });

  it('writes files all or nothing: a failing insert leaves no partial rows', async () => {
    const store = await Store.open(await freshStore(kind, dir));
    const run = await store.beginRun([], {}, '0.1.0');
    const record = sampleRecord();
    // Two variants with the same id violate UNIQUE(variant_id) after the first one went in.
    record.variants[1] = { ...(record.variants[1] as FileRecord['variants'][number]), id: 'a.html#篇1' };
    await expect(
      store.putFiles(run, [
        { meta: { path: 'ok.html', hash: 'ef'.repeat(32), size: 1 }, outcome: { ok: sampleRecord() } },
        { meta: { path: 'a.html', hash: 'ab'.repeat(32), size: 1 }, outcome: { ok: record } },
      ]),
    ).rejects.toThrow(/UNIQUE|unique|duplicate/);
    expect((await count(store, 'files')) + (await count(store, 'variants')) + (await count(store, 'outline_items'))).toBe(0);
    await store.close();
  });

  it('stores families with members and templates, replacing the previous set', async () => {
    const store = await Store.open(await freshStore(kind, dir));
    const run = await store.beginRun([], {}, '0.1.0');
    await store.replaceFamilies(run, [{ family: 'F1', canonical: 'a#篇1', members: ['a#篇1', 'b#篇2'], template: { parts: [{ text: '全年' }] } }]);
    expect(await count(store, 'templates')).toBe(1);
    await store.replaceFamilies(run, [
      { family: 'F1', canonical: 'a#篇1', members: ['a#篇1', 'b#篇2', 'c'] },
      { family: 'F2', canonical: 'd', members: ['d'] },
    ]);
    expect(await store.sql.all('SELECT family, canonical, size FROM families ORDER BY family')).toEqual([
      { family: 'F1', canonical: 'a#篇1', size: 3 },
      { family: 'F2', canonical: 'd', size: 1 },
    ]);
    expect(await count(store, 'templates')).toBe(0);
    await store.close();
  });

  it('refuses a store written by a newer plankit, naming it', async () => {
    const db = await freshStore(kind, dir);
    const store = await Store.open(db);
    await store.sql.setSchemaVersion(SCHEMA_VERSION + 1);
    await store.close();
    const err = await Store.open(db).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StoreError);
    expect((err as StoreError).problem).toBe('newer-schema');
    expect((err as StoreError).toLine()).toMatch(/newer plankit/);
  });
});

describe('store (sqlite) migration', () => {
  it('brings a database of schema version 1 up to date, keeping its rows', async () => {
    const path = join(dir, 'v1.sqlite');
    const db = new Database(path);
    db.exec(MIGRATIONS[0] as string);
    db.pragma('user_version = 1');
    db.prepare(`INSERT INTO runs (started_at, status, plankit_version, inputs, options) VALUES ('x', 'completed', '0', '[]', '{}')`).run();
    db.close();
    const store = await Store.open(path);
    expect(await store.sql.schemaVersion()).toBe(SCHEMA_VERSION);
    expect(await count(store, 'runs')).toBe(1);
    await store.close();
  });
});

describe('SCHEMA.md', () => {
  it('documents every table and column of the schema, and nothing else', async () => {
    const md = readFileSync(new URL('../../src/batch/SCHEMA.md', import.meta.url), 'utf8');
    const documented = new Map<string, string[]>();
    let table: string | null = null;
    for (const line of md.split('\n')) {
      const h = /^## (\w+)$/.exec(line);
      if (h) {
        table = h[1] as string;
        documented.set(table, []);
        continue;
      }
      const row = /^\| ([a-z_, ]+) \| [A-Z]+ \|/.exec(line);
      if (row && table !== null) documented.get(table)?.push(...(row[1] as string).split(',').map((c) => c.trim()));
    }
    const store = await Store.open(join(dir, 'r.sqlite'));
    try {
      for (const t of TABLES) expect(documented.get(t), `table ${t}`).toEqual(await columnsOf(store, t));
      expect([...documented.keys()].filter((k) => k !== 'Example').sort()).toEqual([...TABLES].sort());
    } finally {
      await store.close();
    }
  });
});

describe('packed passages', () => {
  it('unpack(pack(x)) is x, 53-bit keys exact', () => {
    const list = [
      { kind: 'sentence' as const, key: 9007199254740991, span: { start: 0, end: 12 }, line: 1, normChars: 10 },
      { kind: 'paragraph' as const, key: 0, span: { start: 3, end: 90 }, line: 7, normChars: 80 },
    ];
    expect(unpackPassages(packPassages(list))).toEqual(list);
    expect(unpackPassages(packPassages([]))).toEqual([]);
  });
});
