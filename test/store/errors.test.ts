/**
 * A store that cannot be used: one line naming the store (a PostgreSQL URL with its password
 * replaced by ***) and the reason, exit 1, and nothing half-written.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SCHEMA_VERSION, Store } from '../../src/batch/index.js';
import { packPassages, type FileRecord } from '../../src/batch/record.js';
import { postgresProblem, sqliteProblem, StoreError } from '../../src/store/errors.js';
import { redactUrl } from '../../src/store/location.js';
import { runCli, runCliWith } from '../helpers/cli.js';
import { freshStore } from '../helpers/stores.js';

let dir: string;
let page: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'plankit-store-errors-'));
  page = join(dir, 'page.txt');
  writeFileSync(page, '2024年工作计划\n\n一、指导思想\n坚持稳中求进,全年完成各项任务。\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function openError(db: string): Promise<StoreError> {
  const e = await Store.open(db).then(
    async (s) => {
      await s.close();
      return null;
    },
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(StoreError);
  return e as StoreError;
}

describe('store names', () => {
  it('hide the password of a PostgreSQL URL, in the user part and in a password= parameter', () => {
    expect(redactUrl('postgresql://ann:s3cr:et@db.example.org:5432/plans')).toBe('postgresql://ann:***@db.example.org:5432/plans');
    expect(redactUrl('postgres://ann@db/plans?sslmode=require&password=s3cret')).toBe('postgres://ann@db/plans?sslmode=require&password=***');
    expect(redactUrl('postgresql://db/plans')).toBe('postgresql://db/plans');
  });

  it('map the databases’ own codes to reasons', () => {
    expect(['SQLITE_FULL', 'SQLITE_READONLY_DBMOVED', 'SQLITE_NOTADB', 'SQLITE_BUSY', 'SQLITE_IOERR_WRITE'].map(sqliteProblem)).toEqual(['no-space', 'read-only', 'corrupt', 'busy', 'failed']);
    expect(['ECONNREFUSED', '28P01', '3D000', '53100', '25006', '42501', '23505'].map(postgresProblem)).toEqual(['unreachable', 'auth', 'no-database', 'no-space', 'read-only', 'permission', 'failed']);
  });
});

describe('SQLite stores that cannot be used', () => {
  it('a store written by a newer plankit is refused and left as it was', async () => {
    const db = join(dir, 'newer.sqlite');
    const d = new Database(db);
    d.pragma(`user_version = ${SCHEMA_VERSION + 3}`);
    d.exec('CREATE TABLE files (path TEXT)');
    d.close();
    const r = await runCli('batch', page, '--db', db, '--workers', '1');
    expect(r.code).toBe(1);
    expect(r.err).toBe(`plankit: ${db}: the results database has schema version ${SCHEMA_VERSION + 3}, newer than this plankit reads (${SCHEMA_VERSION}); use a newer plankit\n`);
    const after = new Database(db, { readonly: true });
    expect(after.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION + 3);
    expect(after.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).all()).toEqual([{ name: 'files' }]);
    after.close();
  });

  it('a disk that fills up mid-write rolls the whole group back and says so', async () => {
    const store = await Store.open(join(dir, 'full.sqlite'));
    const run = await store.beginRun([], {}, 'test');
    const big: FileRecord = {
      encoding: 'utf-8',
      encodingCertain: true,
      format: 'text',
      script: 'simplified',
      title: null,
      chars: 400_000,
      variants: [
        {
          id: 'big.txt',
          label: null,
          index: 0,
          header: null,
          body: { start: 0, end: 400_000 },
          startLine: 1,
          endLine: 1,
          bodyLine: 1,
          bodyColumn: 0,
          text: '计划'.repeat(200_000),
          folded: '计划'.repeat(200_000),
          titleFolded: null,
          normChars: 400_000,
          terms: '{}',
          outline: [],
          slots: [],
          diagnostics: [],
          passages: packPassages([]),
        },
      ],
      diagnostics: [],
      timings: { readMs: 0, analyzeMs: 0 },
    };
    // The database may not grow past its current size plus a few pages: SQLite's SQLITE_FULL.
    const db = (store.sql as unknown as { db: Database.Database }).db;
    const pages = db.pragma('page_count', { simple: true }) as number;
    db.pragma(`max_page_count = ${pages + 4}`);
    const err = await store.putFiles(run, [{ meta: { path: 'small.txt', hash: 'a', size: 1 }, outcome: { failed: { kind: 'empty', message: 'empty' } } }, { meta: { path: 'big.txt', hash: 'b', size: 1 }, outcome: { ok: big } }]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StoreError);
    expect((err as StoreError).problem).toBe('no-space');
    expect((err as StoreError).toLine()).toMatch(/full\.sqlite: the results database failed: no space left on the device \(SQLITE_FULL\)$/);
    expect(await store.sql.all('SELECT count(*) AS n FROM files')).toEqual([{ n: 0 }]);
    await store.close();
  });

  it('reuse of a file that is not a results store says so', async () => {
    const empty = join(dir, 'empty.sqlite');
    new Database(empty).close();
    writeFileSync(join(dir, 'x.sqlite'), 'SQLite format 3\0' + 'x'.repeat(200));
    let r = await runCli('reuse', join(dir, 'nope.sqlite'));
    expect(r.code).toBe(1);
    r = await runCli('reuse', join(dir, 'x.sqlite'));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^plankit: .*x\.sqlite: not a usable results database: the file is damaged or not an SQLite database\n$/);
    expect(r.err.split('\n').filter((l) => l.length > 0)).toHaveLength(1);
  });
});

const admin = inject('pgUrl');
describe.runIf(admin !== null)('PostgreSQL stores that cannot be used', () => {
  const port = () => new URL(admin as string).port;

  it('an unreachable server: the URL without its password, and why', async () => {
    const e = await openError('postgresql://plankit:s3cret@127.0.0.1:1/plans');
    expect(e.problem).toBe('unreachable');
    expect(e.toLine()).toMatch(/^postgresql:\/\/plankit:\*\*\*@127\.0\.0\.1:1\/plans: the PostgreSQL results database cannot be used: cannot connect to the database server \(ECONNREFUSED/);
    expect(e.toLine()).not.toContain('s3cret');
    const r = await runCli('batch', page, '--db', 'postgresql://plankit:s3cret@127.0.0.1:1/plans', '--workers', '1');
    expect(r.code).toBe(1);
    expect(r.err.split('\n').filter((l) => l.length > 0)).toEqual([expect.stringMatching(/^plankit: postgresql:\/\/plankit:\*\*\*@127\.0\.0\.1:1\/plans: the PostgreSQL results database cannot be used: cannot connect/)]);
    expect(r.err + r.out).not.toContain('s3cret');
  });

  it('a wrong URL, a missing database, an unknown user', async () => {
    expect((await openError('postgresql://[broken')).problem).toBe('bad-url');
    expect((await openError(`postgresql://plankit@127.0.0.1:${port()}/no_such_db`)).problem).toBe('no-database');
    const e = await openError(`postgresql://nobody:pw@127.0.0.1:${port()}/postgres`);
    expect(e.problem).toBe('auth');
    expect(e.toLine()).toContain('nobody:***@');
    const r = await runCli('reuse', `postgresql://plankit@127.0.0.1:${port()}/no_such_db`);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^plankit: postgresql:\/\/plankit@127\.0\.0\.1:\d+\/no_such_db: the PostgreSQL results database cannot be used: the database does not exist on the server .*\(3D000\)\n$/);
    const zh = await runCliWith(['reuse', `postgresql://plankit@127.0.0.1:${port()}/no_such_db`], { lang: 'zh' });
    expect(zh.code).toBe(1);
    expect(zh.err).toMatch(/^plankit: postgresql:\/\/plankit@127\.0\.0\.1:\d+\/no_such_db: 无法使用这个 PostgreSQL 结果数据库：服务器上没有这个数据库.*（3D000）\n$/);
  });

  it('a read-only database: refused before anything is written, exit 1', async () => {
    const db = await freshStore('postgresql', dir);
    const name = new URL(db).pathname.slice(1);
    const c = new pg.Client({ connectionString: admin as string });
    await c.connect();
    await c.query(`ALTER DATABASE ${name} SET default_transaction_read_only = on`);
    await c.end();
    const r = await runCli('batch', page, '--db', db, '--workers', '1');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^plankit: postgresql:\/\/.*: the PostgreSQL results database cannot be used: the server refuses writes \(25006\)\n$/);
    const check = new pg.Client({ connectionString: db });
    await check.connect();
    const tables = await check.query(`SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = current_schema()`);
    await check.end();
    expect(tables.rows).toEqual([{ n: 0 }]);
  });

  it('a store written by a newer plankit is refused', async () => {
    const db = await freshStore('postgresql', dir);
    const store = await Store.open(db);
    await store.sql.setSchemaVersion(SCHEMA_VERSION + 1);
    await store.close();
    const r = await runCli('batch', page, '--db', db, '--workers', '1');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/: the results database has schema version \d+, newer than this plankit reads \(\d+\); use a newer plankit\n$/);
  });
});
