/**
 * Batch bench: `plankit batch` end to end on a generated corpus (scripts/gen-docs-corpus.ts, fixed
 * seed) of 10,000 plan pages — decode, split, segment, outline, slots and reuse features in worker
 * threads (every core), each file written to SQLite in its own transaction, then the corpus-wide
 * dedup families — run as a child process of the BUILT CLI (bin/plankit.js → dist/), the way users
 * run it. Figures: pages/s and MB/s over the whole run (families included) and over the per-file
 * phase, peak RSS of the CLI process (worker threads included: they share it), database size.
 *
 * BENCH_BATCH_DOCS=100000 runs a larger corpus (the out-of-memory check). MB = 10^6 bytes.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import type { BenchResult } from '../bench.js';
import { generateCorpus } from '../gen-docs-corpus.js';

const DOCS = Number(process.env.BENCH_BATCH_DOCS ?? 10_000);
const SEED = 7;
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const CLI = join(ROOT, 'bin/plankit.js');

function runCli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ code, stdout, stderr }));
  });
}

export async function run(): Promise<BenchResult> {
  if (!existsSync(join(ROOT, 'dist/cli/index.js'))) throw new Error('batch bench runs the built CLI: npm run build first');
  const dir = mkdtempSync(join(tmpdir(), 'plankit-bench-batch-'));
  try {
    const genStart = performance.now();
    const corpus = await generateCorpus({ out: join(dir, 'corpus'), docs: DOCS, seed: SEED });
    const genSeconds = (performance.now() - genStart) / 1000;
    const db = join(dir, 'results.sqlite');

    const t0 = performance.now();
    const r = await runCli(['batch', join(dir, 'corpus', 'docs'), '--db', db, '--format', 'json', '--no-progress']);
    const wallSeconds = (performance.now() - t0) / 1000;
    if (r.code !== 0) throw new Error(`plankit batch exited ${r.code}: ${r.stderr.slice(0, 2000)}`);
    const summary = JSON.parse(r.stdout) as {
      filesAnalyzed: number;
      filesFailed: number;
      bytesAnalyzed: number;
      elapsedSeconds: number;
      peakRssMb: number;
      families: { status: string; units: number; families?: number; multiMember?: number } | null;
      templates: { built: number; failed: number } | null;
      phases: Array<{ phase: string; seconds: number; peakRssMb: number }>;
    };
    const phase = (name: string) => summary.phases.find((p) => p.phase === name);

    // Per-file phase: the runs table holds the elapsed time of the whole run; the files' own timings
    // give the analysis CPU time, so the family phase is the rest.
    const d = new Database(db, { readonly: true });
    const stats = d
      .prepare(`SELECT sum(read_ms + analyze_ms) AS cpu_ms, (SELECT count(*) FROM variants) AS variants, (SELECT count(*) FROM passages) AS passages FROM files`)
      .get() as { cpu_ms: number; variants: number; passages: number };
    d.close();

    // Re-run: everything is skipped by content hash (the resume path).
    const t1 = performance.now();
    const again = await runCli(['batch', join(dir, 'corpus', 'docs'), '--db', db, '--format', 'json', '--no-progress']);
    const rerunSeconds = (performance.now() - t1) / 1000;
    const againSummary = JSON.parse(again.stdout) as { filesSkipped: number };

    const mb = corpus.bytes / 1e6;
    const dbBytes = statSync(db).size + (existsSync(`${db}-wal`) ? statSync(`${db}-wal`).size : 0);
    return {
      name: 'batch',
      figures: {
        pages: DOCS,
        corpusMB: round(mb),
        variants: stats.variants,
        passages: stats.passages,
        workers: 'all cores',
        wallSeconds: round(wallSeconds),
        pagesPerSecond: round(DOCS / wallSeconds),
        mbPerSecond: round(mb / wallSeconds),
        analysisCpuSeconds: round(stats.cpu_ms / 1000),
        peakRssMB: summary.peakRssMb,
        families: summary.families?.families ?? summary.families?.status ?? 'none',
        multiMemberFamilies: summary.families?.multiMember ?? 0,
        templates: summary.templates?.built ?? 0,
        filesPhaseSeconds: phase('files')?.seconds ?? 0,
        filesPhaseMbPerSecond: round(mb / (phase('files')?.seconds ?? Infinity)),
        familiesPhaseSeconds: phase('families')?.seconds ?? 0,
        templatesPhaseSeconds: phase('templates')?.seconds ?? 0,
        failed: summary.filesFailed,
        databaseMB: round(dbBytes / 1e6),
        rerunSkipped: againSummary.filesSkipped,
        rerunSeconds: round(rerunSeconds),
        generateSeconds: round(genSeconds),
      },
      notes: [
        `${DOCS} generated pages (seed ${SEED}): ~10% Traditional, ~10% GB18030, ~5% HTML, stock sentences and copied articles`,
        'wall time of the CLI child process from start to exit: worker start-up (jieba dictionaries), analysis, SQLite writes, corpus-wide families and their templates',
        'peak RSS is the CLI process maximum resident set (main thread and worker threads together)',
      ],
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
