/**
 * Many processes on one PostgreSQL store: a throwaway cluster (scripts/lib/pg-cluster.ts), then the
 * same corpus (BENCH_SHARED_PAGES generated pages, default 10,000) through the built CLI four ways:
 * one process into SQLite, one process into PostgreSQL, and N processes (BENCH_SHARED_PROCESSES,
 * default 2, one worker thread each, as N machines would run) into one PostgreSQL database. Figures:
 * wall time, files each process took, and whether the stores end equal (files, variants, families).
 * On one 2-core machine N processes share the same two cores, so this measures the cost of
 * coordinating through the store, not a speed-up; on N machines the per-file phase divides by N.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import pg from 'pg';
import type { BenchResult } from '../bench.js';
import { generateCorpus } from '../gen-docs-corpus.js';
import { measure } from '../lib/measure.js';
import { startCluster } from '../lib/pg-cluster.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const CLI = join(ROOT, 'bin/plankit.js');
const PAGES = Number(process.env.BENCH_SHARED_PAGES ?? 10_000);
const PROCESSES = Number(process.env.BENCH_SHARED_PROCESSES ?? 2);

async function createDb(admin: string, name: string): Promise<string> {
  const c = new pg.Client({ connectionString: admin });
  await c.connect();
  await c.query(`CREATE DATABASE ${name}`);
  await c.end();
  return admin.replace(/\/postgres$/, `/${name}`);
}

async function pgCounts(url: string): Promise<string> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  const r = await c.query(
    `SELECT (SELECT count(*) FROM files)::int AS files, (SELECT count(*) FROM variants)::int AS variants, (SELECT count(*) FROM families)::int AS families,
            (SELECT count(*) FROM families WHERE size > 1)::int AS multi, (SELECT count(*) FROM family_members)::int AS members`,
  );
  await c.end();
  return JSON.stringify(r.rows[0]);
}

function sqliteCounts(path: string): string {
  const d = new Database(path, { readonly: true });
  const r = d
    .prepare(
      `SELECT (SELECT count(*) FROM files) AS files, (SELECT count(*) FROM variants) AS variants, (SELECT count(*) FROM families) AS families,
              (SELECT count(*) FROM families WHERE size > 1) AS multi, (SELECT count(*) FROM family_members) AS members`,
    )
    .get();
  d.close();
  return JSON.stringify(r);
}

export async function run(): Promise<BenchResult> {
  if (!existsSync(join(ROOT, 'dist/cli/index.js'))) throw new Error('the shared bench runs the built CLI: npm run build first');
  const cluster = await startCluster(['shared_buffers=256MB']);
  if (cluster === null) throw new Error('the shared bench needs PostgreSQL (initdb, pg_ctl): apt-get install postgresql');
  const dir = mkdtempSync(join(tmpdir(), 'plankit-bench-shared-'));
  const r2 = (x: number) => Math.round(x * 100) / 100;
  try {
    const corpus = await generateCorpus({ out: join(dir, 'corpus'), docs: PAGES, seed: 7 });
    const docs = join(dir, 'corpus', 'docs');
    const args = ['--format', 'json', '--no-progress', '--no-templates'];
    const sqlite = join(dir, 'one.sqlite');
    const a = await measure(process.execPath, [CLI, 'batch', docs, '--db', sqlite, ...args]);
    const pgOne = await createDb(cluster.url, 'one_process');
    const b = await measure(process.execPath, [CLI, 'batch', docs, '--db', pgOne, ...args]);
    const pgMany = await createDb(cluster.url, 'many_processes');
    const t0 = performance.now();
    const outs = await Promise.all(
      Array.from({ length: PROCESSES }, () =>
        new Promise<string>((resolvePromise, reject) => {
          const child = spawn(process.execPath, [CLI, 'batch', docs, '--db', pgMany, '--workers', '1', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
          let out = '';
          child.stdout.on('data', (d: Buffer) => (out += d.toString()));
          child.on('error', reject);
          child.on('close', () => resolvePromise(out));
        }),
      ),
    );
    const manySeconds = (performance.now() - t0) / 1000;
    const took = outs.map((o) => (JSON.parse(o) as { filesAnalyzed: number }).filesAnalyzed);
    const reference = sqliteCounts(sqlite);
    return {
      name: 'shared',
      figures: {
        pages: PAGES,
        corpus_mb: r2(corpus.bytes / 1e6),
        sqlite_one_process_seconds: r2(a.seconds),
        sqlite_peak_rss_mb: a.peakRssMb ?? 'n/a',
        postgres_one_process_seconds: r2(b.seconds),
        postgres_peak_rss_mb: b.peakRssMb ?? 'n/a',
        [`postgres_${PROCESSES}_processes_seconds`]: r2(manySeconds),
        files_per_process: took.join(' + '),
        postgres_one_equals_sqlite: String((await pgCounts(pgOne)) === reference),
        postgres_many_equals_sqlite: String((await pgCounts(pgMany)) === reference),
        counts: reference,
        load_average: b.load,
      },
      notes: [
        `${PAGES} generated pages (gen-docs-corpus, seed 7); built CLI, --no-templates; PostgreSQL 15 on this machine (fsync off), one database per run`,
        `${PROCESSES} processes of one worker thread each, started together on the same inputs, share one job; on this 2-core machine they share the same cores, so the figure is the cost of coordination, not a speed-up`,
      ],
    };
  } finally {
    cluster.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
