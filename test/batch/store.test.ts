import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { packPassages, unpackPassages, type FileRecord } from '../../src/batch/record.js';
import { MIGRATIONS, SCHEMA_VERSION, TABLES } from '../../src/batch/schema.js';
import { Store } from '../../src/batch/store.js';

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
        normChars: 21,
        terms: '{"指导思想":1,"组织":1,"会员":1}',
        outline: [
          { span: { start: 19, end: 21 }, line: 3, column: 0, marker: '一、', style: 'cn-dun', kind: 'heading', ordinal: 1, depth: 1, parentLine: null, title: '指導思想' },
          { span: { start: 26, end: 29 }, line: 4, column: 0, marker: '（一）', style: 'cn-paren', kind: 'item', ordinal: 1, depth: 2, parentLine: 3, title: '加強組織建設' },
        ],
        slots: [
          { span: { start: 44, end: 44 }, line: 4, column: 18, length: 0, value: '', kind: 'hollow', type: 'count', unit: '人', label: '发展会员' },
          { span: { start: 30, end: 34 }, line: 4, column: 4, length: 4, value: '20xx', kind: 'placeholder', type: 'year', unit: '', label: '' },
        ],
        diagnostics: [
          { code: 'gap', severity: 'warning', span: { start: 26, end: 29 }, line: 4, column: 0, message: 'ordinal 2 missing', data: { expected: 2, got: 3 } },
        ],
        passages: packPassages([
          { kind: 'paragraph', key: 4503599627370495, span: { start: 26, end: 45 }, line: 4, normChars: 15 },
          { kind: 'sentence', key: 9007199254740991, span: { start: 26, end: 45 }, line: 4, normChars: 15 },
        ]),
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

describe('store', () => {
  it('creates the schema at the current version with every table', () => {
    const store = new Store(join(dir, 'r.sqlite'));
    const names = (store.db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).all() as { name: string }[]).map((r) => r.name);
    expect(names.sort()).toEqual([...TABLES].sort());
    expect(store.db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
    store.close();
  });

  it('round-trips a file: rows read back equal to what was written', () => {
    const path = join(dir, 'r.sqlite');
    const store = new Store(path);
    const run = store.beginRun(['corpus/'], { workers: 2 }, '0.1.0');
    const record = sampleRecord();
    store.putFile(run, { path: 'a.html', hash: 'ab'.repeat(32), size: 300 }, { ok: record });
    store.close();
    // Reopen: the data is on disk, not in a cache.
    const again = new Store(path);
    expect(again.getFile('a.html')).toEqual({
      meta: { path: 'a.html', hash: 'ab'.repeat(32), size: 300 },
      status: 'ok',
      runId: run,
      outcome: { ok: record },
    });
    again.close();
  });

  it('round-trips a failed file with its error', () => {
    const store = new Store(join(dir, 'r.sqlite'));
    const run = store.beginRun([], {}, '0.1.0');
    store.putFile(run, { path: 'bad.bin', hash: 'cd'.repeat(32), size: 9 }, { failed: { kind: 'binary', message: 'NUL bytes' } });
    expect(store.getFile('bad.bin')).toEqual({
      meta: { path: 'bad.bin', hash: 'cd'.repeat(32), size: 9 },
      status: 'failed',
      runId: run,
      outcome: { failed: { kind: 'binary', message: 'NUL bytes' } },
    });
    expect(store.lookup('bad.bin')).toEqual({ hash: 'cd'.repeat(32), status: 'failed' });
    store.close();
  });

  it('replaces a path wholesale when it is stored again (no orphan child rows)', () => {
    const store = new Store(join(dir, 'r.sqlite'));
    const run = store.beginRun([], {}, '0.1.0');
    store.putFile(run, { path: 'a.html', hash: '1'.repeat(64), size: 1 }, { ok: sampleRecord() });
    store.putFile(run, { path: 'a.html', hash: '2'.repeat(64), size: 2 }, { ok: sampleRecord() });
    const count = (t: string) => (store.db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n;
    expect([count('files'), count('variants'), count('outline_items'), count('slots'), count('diagnostics'), count('passages')]).toEqual([1, 2, 2, 2, 2, 2]);
    store.putFile(run, { path: 'a.html', hash: '3'.repeat(64), size: 3 }, { failed: { kind: 'empty', message: 'empty' } });
    expect([count('files'), count('variants'), count('outline_items'), count('slots'), count('diagnostics'), count('passages')]).toEqual([1, 0, 0, 0, 0, 0]);
    store.close();
  });

  it('writes a file all or nothing: a failing insert leaves no partial rows', () => {
    const store = new Store(join(dir, 'r.sqlite'));
    const run = store.beginRun([], {}, '0.1.0');
    const record = sampleRecord();
    // Two variants with the same id violate UNIQUE(variant_id) after the first one went in.
    record.variants[1] = { ...(record.variants[1] as FileRecord['variants'][number]), id: 'a.html#篇1' };
    expect(() => store.putFile(run, { path: 'a.html', hash: 'ab'.repeat(32), size: 1 }, { ok: record })).toThrow(/UNIQUE/);
    const n = (store.db.prepare('SELECT (SELECT count(*) FROM files) + (SELECT count(*) FROM variants) + (SELECT count(*) FROM outline_items) AS n').get() as { n: number }).n;
    expect(n).toBe(0);
    store.close();
  });

  it('stores families with members and templates, replacing the previous set', () => {
    const store = new Store(join(dir, 'r.sqlite'));
    const run = store.beginRun([], {}, '0.1.0');
    store.replaceFamilies(run, [{ family: 'F1', canonical: 'a#篇1', members: ['a#篇1', 'b#篇2'], template: { parts: [{ text: '全年' }] } }]);
    store.replaceFamilies(run, [
      { family: 'F1', canonical: 'a#篇1', members: ['a#篇1', 'b#篇2', 'c'] },
      { family: 'F2', canonical: 'd', members: ['d'] },
    ]);
    expect(store.db.prepare('SELECT family, canonical, size FROM families ORDER BY family').all()).toEqual([
      { family: 'F1', canonical: 'a#篇1', size: 3 },
      { family: 'F2', canonical: 'd', size: 1 },
    ]);
    expect((store.db.prepare('SELECT count(*) AS n FROM templates').get() as { n: number }).n).toBe(0);
    store.close();
  });

  it('marks a run left running by a killed process as interrupted', () => {
    const path = join(dir, 'r.sqlite');
    const first = new Store(path);
    first.beginRun([], {}, '0.1.0');
    first.close(); // never finished, as after kill -9
    const second = new Store(path);
    const run = second.beginRun([], {}, '0.1.0');
    second.finishRun(run, { filesSeen: 0, filesAnalyzed: 0, filesSkipped: 0, filesFailed: 0, bytesAnalyzed: 0 }, 1, 1);
    expect(second.db.prepare('SELECT id, status FROM runs ORDER BY id').all()).toEqual([
      { id: 1, status: 'interrupted' },
      { id: 2, status: 'completed' },
    ]);
    second.close();
  });

  it('refuses a database from a newer schema', () => {
    const path = join(dir, 'r.sqlite');
    const db = new Database(path);
    db.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    db.close();
    expect(() => new Store(path)).toThrow(/newer/);
  });
});

describe('SCHEMA.md', () => {
  it('documents every table and column of the schema, and nothing else', () => {
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
    const store = new Store(join(dir, 'r.sqlite'));
    try {
      for (const t of TABLES) {
        const columns = (store.db.prepare(`PRAGMA table_info(${t})`).all() as { name: string }[]).map((c) => c.name);
        expect(documented.get(t), `table ${t}`).toEqual(columns);
      }
      expect([...documented.keys()].filter((k) => k !== 'Example').sort()).toEqual([...TABLES].sort());
    } finally {
      store.close();
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
