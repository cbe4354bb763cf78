import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runBatch, type FileEvent } from '../../src/batch/index.js';
import { REPO_ROOT } from '../helpers/seed.js';

const FAKE = new URL('./fixtures/fake-analyzer.ts', import.meta.url).href;

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'plankit-batch-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, content: string | Uint8Array): string {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
}

function query<T>(db: string, sql: string): T[] {
  const d = new Database(db, { readonly: true });
  try {
    return d.prepare(sql).all() as T[];
  } finally {
    d.close();
  }
}

describe('runBatch', () => {
  it('records bad files with their error and analyses the rest', async () => {
    const good1 = write('good1.txt', '篇1\n加强组织建设。\n篇2\n加强组织建设。');
    const empty = write('empty.txt', '');
    const binary = write('binary.bin', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0x14, 0]));
    const undecodable = write('bad.txt', new Uint8Array([0xc4, 0xe3, 0xba, 0xc3, 0xff]));
    const huge = write('huge.txt', '很长的文本。'.repeat(400));
    const crash = write('crash.txt', '#crash');
    const good2 = write('good2.txt', '做好全年工作。');
    const missing = join(dir, 'missing.txt');
    const db = join(dir, 'r.sqlite');
    const events: FileEvent[] = [];
    const summary = await runBatch({
      db,
      files: [good1, empty, binary, undecodable, huge, crash, missing, good2],
      analyzer: FAKE,
      workers: 2,
      maxFileBytes: 4000,
      onFile: (e) => events.push(e),
    });
    expect(summary.counts).toEqual({ filesSeen: 8, filesAnalyzed: 2, filesSkipped: 0, filesFailed: 6, bytesAnalyzed: expect.any(Number) });
    const rows = query<{ path: string; status: string; error_kind: string | null }>(db, 'SELECT path, status, error_kind FROM files ORDER BY path');
    expect(rows).toEqual(
      [
        { path: good1, status: 'ok', error_kind: null },
        { path: empty, status: 'failed', error_kind: 'empty' },
        { path: binary, status: 'failed', error_kind: 'binary' },
        { path: undecodable, status: 'failed', error_kind: 'undecodable' },
        { path: huge, status: 'failed', error_kind: 'too-large' },
        { path: crash, status: 'failed', error_kind: 'worker-crash' },
        { path: missing, status: 'failed', error_kind: 'not-found' },
        { path: good2, status: 'ok', error_kind: null },
      ].sort((a, b) => (a.path < b.path ? -1 : 1)),
    );
    expect(query(db, 'SELECT variant_id FROM variants ORDER BY variant_id')).toEqual([
      { variant_id: `${good1}#篇1` },
      { variant_id: `${good1}#篇2` },
      { variant_id: good2 },
    ]);
    expect(events.filter((e) => e.status === 'failed').map((e) => e.failure?.kind).sort()).toEqual(
      ['binary', 'empty', 'not-found', 'too-large', 'undecodable', 'worker-crash'],
    );
    expect(query(db, 'SELECT status, files_seen, files_failed FROM runs')).toEqual([{ status: 'completed', files_seen: 8, files_failed: 6 }]);
  });

  it('skips files already stored with the same hash, re-analyses changed and failed ones', async () => {
    const a = write('a.txt', '第一份计划。');
    const b = write('b.txt', '第二份计划。');
    const c = write('c.txt', '');
    const db = join(dir, 'r.sqlite');
    const first = await runBatch({ db, files: [a, b, c], analyzer: FAKE, workers: 1 });
    expect(first.counts).toMatchObject({ filesAnalyzed: 2, filesFailed: 1, filesSkipped: 0 });

    write('b.txt', '第二份计划，改过了。');
    write('c.txt', '现在有内容了。');
    const events: FileEvent[] = [];
    const second = await runBatch({ db, files: [a, b, c], analyzer: FAKE, workers: 1, onFile: (e) => events.push(e) });
    expect(second.counts).toMatchObject({ filesSeen: 3, filesAnalyzed: 2, filesFailed: 0, filesSkipped: 1 });
    expect(events.map((e) => [e.path, e.status]).sort()).toEqual([[a, 'skipped'], [b, 'ok'], [c, 'ok']]);
    expect(query(db, 'SELECT path, run_id FROM files ORDER BY path')).toEqual([
      { path: a, run_id: 1 },
      { path: b, run_id: 2 },
      { path: c, run_id: 2 },
    ]);
    expect(query(db, 'SELECT text FROM variants ORDER BY text')).toEqual([{ text: '现在有内容了。' }, { text: '第一份计划。' }, { text: '第二份计划，改过了。' }]);
  });

  it('queues an async iterable of paths as it is listed (never all held), with at most `window` files in flight', async () => {
    const N = 1100;
    const paths = Array.from({ length: N }, (_, i) => write(`f${i}.txt`, `第${i}份。`));
    const db = join(dir, 'r.sqlite');
    const samples: Array<{ pulled: number; queued: number; claimed: number }> = [];
    async function* lazily() {
      for (let i = 0; i < N; i++) {
        if (i % 50 === 0 && i > 0) {
          const [row] = query<{ queued: number; claimed: number }>(db, `SELECT count(*) AS queued, sum(state = 'claimed') AS claimed FROM queue`);
          samples.push({ pulled: i, queued: row?.queued ?? 0, claimed: row?.claimed ?? 0 });
        }
        yield paths[i] as string;
      }
    }
    let stored = 0;
    const claimed: number[] = [];
    const onFile = (): void => {
      if (++stored % 25 === 0) claimed.push(query<{ n: number }>(db, `SELECT count(*) AS n FROM queue WHERE state = 'claimed'`)[0]?.n ?? 0);
    };
    await runBatch({ db, files: lazily(), analyzer: FAKE, workers: 2, window: 3, onFile });
    expect(stored).toBe(N);
    expect(query(db, 'SELECT count(*) AS n FROM files')).toEqual([{ n: N }]);
    // Paths go into the store's queue in chunks of 500 as they are listed…
    for (const s of samples) expect(s.queued).toBeGreaterThanOrEqual(Math.floor(s.pulled / 500) * 500);
    expect(samples.some((s) => s.queued > 0 && s.queued < N)).toBe(true);
    // …and at most `window` files are being read or analysed, and two windows more wait for their commit.
    expect(Math.max(...samples.map((s) => s.claimed), ...claimed)).toBeLessThanOrEqual(3 * 3);
    expect(claimed.some((n) => n > 0)).toBe(true);
  });

  it('rejects when the analyzer module is broken, instead of failing every file', async () => {
    const a = write('a.txt', '计划。');
    await expect(
      runBatch({ db: join(dir, 'r.sqlite'), files: [a], analyzer: new URL('./fixtures/nope.ts', import.meta.url).href, workers: 1 }),
    ).rejects.toThrow(/nope/);
  });
});

describe('resume after kill -9', () => {
  it('a re-run completes with no file lost and none stored twice', async () => {
    const N = 40;
    const paths = Array.from({ length: N }, (_, i) => write(`doc${String(i).padStart(3, '0')}.txt`, `#slow 60\n篇1\n第${i}份计划的正文。\n篇2\n第${i}份计划的另一篇。`));
    const list = write('list.txt', paths.join('\n') + '\n');
    const db = join(dir, 'r.sqlite');
    const runner = fileURLToPath(new URL('./fixtures/run-batch.ts', import.meta.url));

    // First run: kill -9 once a good part of the files are written (several group commits, 250 ms
    // each), long before the end.
    const child = spawn(process.execPath, ['--import', 'tsx', runner, db, list], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    await new Promise<{ stored: number }>((resolve, reject) => {
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        const stored = out.split('\n').filter((l) => l.startsWith('ok ')).length;
        if (stored >= 16 && child.exitCode === null && !child.killed) {
          child.kill('SIGKILL');
          resolve({ stored });
        }
      });
      child.on('exit', (code) => reject(new Error(`runner exited (${code}) before it was killed: ${err}`)));
    });
    await new Promise((r) => child.once('close', r));
    expect(child.signalCode).toBe('SIGKILL');
    const afterKill = query<{ n: number }>(db, 'SELECT count(*) AS n FROM files')[0]?.n ?? 0;
    // Files written but not yet committed when the kill came are simply not there (redone below).
    expect(afterKill).toBeGreaterThan(0);
    expect(afterKill).toBeLessThan(N);
    // Every stored file is whole: two variants each.
    expect(query(db, 'SELECT count(*) AS n FROM files f WHERE (SELECT count(*) FROM variants v WHERE v.file_id = f.id) <> 2')).toEqual([{ n: 0 }]);

    // Second run (in-process): finishes the rest and skips what the killed run stored.
    const events: FileEvent[] = [];
    const summary = await runBatch({ db, files: paths, analyzer: FAKE, workers: 2, onFile: (e) => events.push(e) });
    expect(summary.counts.filesSkipped).toBe(afterKill);
    expect(summary.counts.filesAnalyzed).toBe(N - afterKill);
    expect(summary.counts.filesFailed).toBe(0);
    expect(query(db, 'SELECT count(*) AS n, count(DISTINCT path) AS d, count(DISTINCT hash) AS h FROM files')).toEqual([{ n: N, d: N, h: N }]);
    expect(query(db, 'SELECT count(*) AS n, count(DISTINCT variant_id) AS d FROM variants')).toEqual([{ n: 2 * N, d: 2 * N }]);
    expect(query(db, `SELECT count(*) AS n FROM files WHERE status <> 'ok'`)).toEqual([{ n: 0 }]);
    expect(query(db, 'SELECT status FROM runs ORDER BY id')).toEqual([{ status: 'interrupted' }, { status: 'completed' }]);
    // The killed run never reached its family phase; the re-run built families over every variant.
    expect(query(db, 'SELECT count(*) AS n, count(DISTINCT variant_id) AS d FROM family_members')).toEqual([{ n: 2 * N, d: 2 * N }]);
  });
});

describe('bounded memory', () => {
  it('keeps no file record after storing it (150 records of 400k characters under a 64 MB heap)', async () => {
    // Leaking each record (as racing every task against a never-settling promise once did) would
    // hold ~120 MB here and abort the child with a heap out-of-memory error.
    const paths = Array.from({ length: 150 }, (_, i) => write(`big${i}.txt`, `#pad 200000\n第${i}份。`));
    const list = write('big.list', paths.join('\n') + '\n');
    const db = join(dir, 'big.sqlite');
    const runner = fileURLToPath(new URL('./fixtures/run-batch.ts', import.meta.url));
    const child = spawn(process.execPath, ['--max-old-space-size=64', '--import', 'tsx', runner, db, list, 'quiet', 'no-families'], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const code = await new Promise<number | null>((r) => child.on('close', r));
    expect(err).not.toMatch(/heap out of memory/);
    expect(code).toBe(0);
    expect(out).toMatch(/^done .*"filesAnalyzed":150/m);
  });

  it('builds corpus-wide families without holding every variant text (60 variants of 500k characters under a 32 MB heap)', async () => {
    // 30 MB of variant text: the family phase once loaded all of it before dedup and died here with a
    // heap out-of-memory error; it now reads each text from the store when dedup asks for it. Each
    // page differs in one word, so they are 60 distinct units; the filler they all share is
    // boilerplate (a sentence in every unit), so which of them form families is not the point here.
    const stems = '甲乙丙丁戊己庚辛壬癸';
    const branches = '子丑寅卯辰巳';
    const paths = Array.from({ length: 60 }, (_, i) =>
      write(`long${i}.txt`, `#fill 500000\n${stems[i % 10]}${branches[Math.floor(i / 10)]}号工作计划。`),
    );
    const list = write('long.list', paths.join('\n') + '\n');
    const db = join(dir, 'long.sqlite');
    const runner = fileURLToPath(new URL('./fixtures/run-batch.ts', import.meta.url));
    const child = spawn(process.execPath, ['--max-old-space-size=32', '--import', 'tsx', runner, db, list, 'quiet', 'no-templates'], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const code = await new Promise<number | null>((r) => child.on('close', r));
    expect(err).not.toMatch(/heap out of memory/);
    expect(code).toBe(0);
    expect(out).toMatch(/^families \{"status":"built","units":60,/m);
    const members = query<{ n: number }>(db, 'SELECT count(*) AS n FROM family_members');
    expect(members[0]?.n).toBe(60);
  }, 120_000);
});
