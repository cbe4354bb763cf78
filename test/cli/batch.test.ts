import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TABLES } from '../../src/batch/index.js';
import { runCli } from '../helpers/cli.js';
import { REPO_ROOT } from '../helpers/seed.js';

async function run(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const r = await runCli(...args);
  return { code: r.code, stdout: r.out, stderr: r.err };
}

// A page with two variants that are copies of one plan, and a page that copies one of its paragraphs.
const PAGE_A = [
  '2024年社区工作计划',
  '',
  '2024年社区工作计划 篇1',
  '',
  '一、指导思想',
  '坚持以居民需求为导向,全面提升社区服务水平,努力建设和谐美丽社区。',
  '二、重点工作',
  '(一)加强网格化管理,全年走访居民1200户,建立完善居民信息台账。',
  '(二)开展志愿服务活动,组织志愿者参加环境整治和敬老助残活动。',
  '',
  '2024年社区工作计划 篇2',
  '',
  '一、指导思想',
  '坚持以居民需求为导向,全面提升社区服务水平,努力建设和谐美丽社区。',
  '二、重点工作',
  '(一)加强网格化管理,全年走访居民800户,建立完善居民信息台账。',
  '(二)开展志愿服务活动,组织志愿者参加环境整治和敬老助残活动。',
].join('\n');
const PAGE_B = [
  '街道安全生产工作要点',
  '',
  '一、工作目标',
  '坚持以居民需求为导向,全面提升社区服务水平,努力建设和谐美丽社区。',
  '二、主要措施',
  '严格落实安全生产责任制,每季度开展一次消防安全大检查,及时消除各类隐患。',
].join('\n');

let dir: string;
let corpus: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'plankit-cli-batch-'));
  corpus = join(dir, 'corpus');
  mkdirSync(join(corpus, 'sub'), { recursive: true });
  writeFileSync(join(corpus, 'a.txt'), PAGE_A);
  writeFileSync(join(corpus, 'sub', 'b.txt'), PAGE_B);
  writeFileSync(join(corpus, 'empty.txt'), '');
  writeFileSync(join(corpus, 'zip.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x00, 0x00, 0x14, 0x00]));
  // The read stage's own undecodable fixture, and a page over --max-bytes.
  copyFileSync(join(REPO_ROOT, 'fixtures/read/undecodable.txt'), join(corpus, 'undecodable.txt'));
  writeFileSync(join(corpus, 'huge.txt'), PAGE_B.repeat(40));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('plankit batch', () => {
  it('analyses a directory with the real pipeline, records bad files, exits 1', async () => {
    const db = join(dir, 'r.sqlite');
    const jsonl = join(dir, 'jsonl');
    const r = await run('batch', corpus, '--db', db, '--jsonl', jsonl, '--workers', '2', '--format', 'json', '--max-bytes', '4000');
    expect(r.code).toBe(1);
    const errors = r.stderr.trim().split('\n').sort();
    expect(errors).toHaveLength(4);
    expect(errors[0]).toMatch(/^plankit: .*empty\.txt: .*\(empty\)$/);
    expect(errors[1]).toMatch(/^plankit: .*huge\.txt: .* over the limit of 4000 bytes .*\(too-large\)$/);
    expect(errors[2]).toMatch(/^plankit: .*undecodable\.txt: .*\(undecodable\)$/);
    expect(errors[3]).toMatch(/^plankit: .*zip\.txt: .*\(binary\)$/);
    // b.txt's first line is its title, so its body (the one variant) starts on line 3.
    const summary = JSON.parse(r.stdout);
    expect(summary).toMatchObject({ filesSeen: 6, filesAnalyzed: 2, filesSkipped: 0, filesFailed: 4 });
    expect(summary.families).toMatchObject({ status: 'built', units: 3 });
    expect(summary.templates).toMatchObject({ built: 1, failed: 0, skipped: 0 });

    const d = new Database(db, { readonly: true });
    try {
      expect(d.prepare('SELECT variant_id, label, start_line, end_line FROM variants ORDER BY variant_id').all()).toEqual([
        { variant_id: join(corpus, 'a.txt#篇1'), label: '篇1', start_line: 3, end_line: 9 },
        { variant_id: join(corpus, 'a.txt#篇2'), label: '篇2', start_line: 11, end_line: 17 },
        { variant_id: join(corpus, 'sub', 'b.txt'), label: null, start_line: 3, end_line: 6 },
      ]);
      // The two 篇 of page a are one family; b stands alone.
      const fams = d.prepare('SELECT f.size, group_concat(m.variant_id) AS members FROM families f JOIN family_members m ON m.family_id = f.id GROUP BY f.id ORDER BY f.size DESC').all() as Array<{ size: number; members: string }>;
      expect(fams.map((f) => f.size)).toEqual([2, 1]);
      // That family has a template; its slot occurrences are at the files' own lines and columns.
      const templates = d.prepare('SELECT template FROM templates').all() as Array<{ template: string }>;
      expect(templates).toHaveLength(1);
      const t = JSON.parse((templates[0] as { template: string }).template) as { members: string[]; slots: Array<{ occurrences: Array<{ id: string; line: number; column: number; value: string }> }> };
      expect([...t.members].sort()).toEqual([join(corpus, 'a.txt#篇1'), join(corpus, 'a.txt#篇2')]);
      const visits = t.slots.flatMap((sl) => sl.occurrences).filter((o) => o.value === '1200' || o.value === '800');
      expect(visits.map((o) => [o.id, o.line, o.column, o.value]).sort()).toEqual([
        [join(corpus, 'a.txt#篇1'), 8, 17, '1200'],
        [join(corpus, 'a.txt#篇2'), 16, 17, '800'],
      ]);
      // Outline items, slots and passages are there.
      const n = (sql: string) => (d.prepare(sql).get() as { n: number }).n;
      expect(n(`SELECT count(*) AS n FROM outline_items o JOIN variants v ON v.id = o.variant WHERE v.label = '篇1' AND o.kind <> 'inline'`)).toBe(4);
      expect(n(`SELECT count(*) AS n FROM slots s JOIN variants v ON v.id = s.variant WHERE v.label = '篇1' AND s.value = '1200'`)).toBe(1);
      expect(n(`SELECT count(*) AS n FROM passages WHERE kind = 'sentence'`)).toBeGreaterThan(5);
      expect(d.prepare(`SELECT status, error_kind FROM files ORDER BY path`).all()).toEqual([
        { status: 'ok', error_kind: null }, // a.txt
        { status: 'failed', error_kind: 'empty' },
        { status: 'failed', error_kind: 'too-large' },
        { status: 'ok', error_kind: null }, // sub/b.txt
        { status: 'failed', error_kind: 'undecodable' },
        { status: 'failed', error_kind: 'binary' },
      ]);
    } finally {
      d.close();
    }

    // JSON Lines: one file per table, one parseable object per row.
    expect(readdirSync(jsonl).sort()).toEqual(TABLES.map((t) => `${t}.jsonl`).sort());
    const files = readFileSync(join(jsonl, 'files.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(files.map((f) => f.status).sort()).toEqual(['failed', 'failed', 'failed', 'failed', 'ok', 'ok']);
    expect(files.every((f) => typeof f.hash === 'string' && f.hash.length === 64)).toBe(true);

  });

  it('a second run over the same inputs skips what is done and retries the failures', async () => {
    const db = join(dir, 'r2.sqlite');
    await run('batch', corpus, '--db', db, '--workers', '1');
    const again = await run('batch', corpus, '--db', db, '--workers', '1', '--format', 'json');
    expect(again.code).toBe(1);
    expect(JSON.parse(again.stdout)).toMatchObject({ filesSeen: 6, filesAnalyzed: 0, filesSkipped: 3, filesFailed: 3, families: null });
  });

  it('reads list files, relative to the list', async () => {
    const list = join(corpus, 'some.list');
    writeFileSync(list, '# the plans\na.txt\n\nsub/b.txt\n');
    const db = join(dir, 'r3.sqlite');
    const r = await run('batch', list, '--db', db, '--no-families');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^2 files: 2 analysed, 0 already done, 0 failed/);
    expect(r.stderr).toBe('');
  });

  it('rejects bad option values with exit 2', async () => {
    const r = await run('batch', corpus, '--db', join(dir, 'x.sqlite'), '--workers', '0');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--workers must be a whole number from 1/);
    expect((await run('batch', corpus)).code).toBe(2); // --db is required
  });
});
