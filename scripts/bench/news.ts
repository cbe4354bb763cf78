/**
 * News archive: `plankit batch` (built CLI, every core, SQLite) on BENCH_NEWS_ARTICLES generated
 * news-like articles (default 50,000, ~8 KB each, ~400 MB; scripts/gen-news-corpus.ts) whose sites
 * repeat footers, disclaimers and "related reading" blocks, 6% of them re-posts — then
 * `plankit reuse` on the database as HTML, CSV (every table) and JSON. Figures: wall time and peak
 * RSS of each command (GNU time), sizes of the reports. Targets: batch ≤ 5 min on 2 cores, each
 * report under 1.5 GB peak. BENCH_NEWS_CORPUS=dir reuses a corpus generated earlier.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchResult } from '../bench.js';
import { generateNews } from '../gen-news-corpus.js';
import { measure } from '../lib/measure.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const CLI = join(ROOT, 'bin/plankit.js');
const ARTICLES = Number(process.env.BENCH_NEWS_ARTICLES ?? 50_000);

function size(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.size;
  return readdirSync(path).reduce((n, f) => n + size(join(path, f)), 0);
}

export async function run(): Promise<BenchResult> {
  if (!existsSync(join(ROOT, 'dist/cli/index.js'))) throw new Error('the news bench runs the built CLI: npm run build first');
  const given = process.env.BENCH_NEWS_CORPUS;
  const dir = mkdtempSync(join(tmpdir(), 'plankit-bench-news-'));
  const r2 = (x: number) => Math.round(x * 100) / 100;
  try {
    const corpus = given ?? join(dir, 'news');
    if (given === undefined) await generateNews({ out: corpus, articles: ARTICLES });
    const db = join(dir, 'news.sqlite');
    const batch = await measure(process.execPath, [CLI, 'batch', join(corpus, 'articles'), '--db', db, '--format', 'json', '--no-progress']);
    if (batch.code !== 0 && batch.code !== 1) throw new Error(`plankit batch exited ${batch.code}: ${batch.stderr.slice(0, 2000)}`);
    const s = JSON.parse(batch.stdout) as {
      filesAnalyzed: number;
      bytesAnalyzed: number;
      families: { units: number; families: number; multiMember: number } | null;
      templates: { built: number } | null;
      phases: Array<{ phase: string; seconds: number; peakRssMb: number }>;
    };
    const figures: Record<string, number | string> = {
      articles: s.filesAnalyzed,
      corpus_mb: r2(s.bytesAnalyzed / 1e6),
      batch_wall_seconds: r2(batch.seconds),
      batch_peak_rss_mb: batch.peakRssMb ?? 'n/a',
      batch_load_average: batch.load,
      families: s.families?.families ?? 0,
      multi_member_families: s.families?.multiMember ?? 0,
      templates: s.templates?.built ?? 0,
      database_mb: r2((size(db) + size(`${db}-wal`)) / 1e6),
    };
    for (const p of s.phases) figures[`batch_${p.phase}_seconds`] = p.seconds;
    const out = join(dir, 'reports');
    mkdirSync(out, { recursive: true });
    for (const [format, target] of [
      ['html', join(out, 'reuse.html')],
      ['csv', join(out, 'csv/')],
      ['json', join(out, 'reuse.json')],
    ] as const) {
      const m = await measure(process.execPath, [CLI, 'reuse', db, '--format', format, '-o', target]);
      if (m.code !== 0) throw new Error(`plankit reuse --format ${format} exited ${m.code}: ${m.stderr.slice(0, 2000)}`);
      figures[`reuse_${format}_seconds`] = r2(m.seconds);
      figures[`reuse_${format}_peak_rss_mb`] = m.peakRssMb ?? 'n/a';
      figures[`reuse_${format}_mb`] = r2(size(target) / 1e6);
    }
    return {
      name: ARTICLES === 50_000 ? 'news' : `news-${ARTICLES}`,
      figures,
      notes: [
        `${ARTICLES} generated news-like articles (gen-news-corpus, seed 3): 8 sites, each with its footer, disclaimer and related-reading block on every article; 6% re-posts of an earlier article`,
        'built CLI as child processes (batch on every core into SQLite, then reuse as HTML, CSV tables, JSON); peak RSS by GNU time, worker threads included',
        'the load average shows how busy the shared machine was: wall times grow with it, memory does not',
      ],
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
