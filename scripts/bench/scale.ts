/**
 * Scale: `plankit batch` (the built CLI, every core, SQLite) on BENCH_SCALE_PAGES generated pages
 * (default 60,000) of 5 variants each — 300,000 variants — families over all of them, computed in
 * the store. Figures: wall time per phase, peak RSS of the CLI process (worker threads included),
 * and the families' pairwise precision, recall and F1 against the generator's truth
 * (scripts/gen-scale-corpus.ts: the dedup corpus's families packed 5 variants to a page).
 *
 *   BENCH_SCALE_PAGES=200000 npm run bench scale    # 1,000,000 variants (generating them wants node --max-old-space-size=8192)
 *   BENCH_SCALE_CORPUS=dir                          # reuse a corpus generated earlier (gen-scale-corpus.ts)
 */
import { createReadStream, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import type { BenchResult } from '../bench.js';
import { generateScaleCorpus } from '../gen-scale-corpus.js';
import { pairwiseScore } from '../lib/family-score.js';
import { measure } from '../lib/measure.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const CLI = join(ROOT, 'bin/plankit.js');
const PAGES = Number(process.env.BENCH_SCALE_PAGES ?? 60_000);
const VARIANTS = 5;
const CHARS = 150;
const SEED = 42;

/** Every variant's true family, from the generator's families.jsonl. */
async function truth(corpusDir: string): Promise<Map<string, string>> {
  const gold = new Map<string, string>();
  const lines = createInterface({ input: createReadStream(join(corpusDir, 'families.jsonl')) });
  for await (const line of lines) {
    if (line.length === 0) continue;
    const page = JSON.parse(line) as { path: string; families: Record<string, string> };
    const path = join(corpusDir, page.path);
    for (const [label, family] of Object.entries(page.families)) gold.set(`${path}#${label}`, family);
  }
  return gold;
}

export async function run(): Promise<BenchResult> {
  if (!existsSync(join(ROOT, 'dist/cli/index.js'))) throw new Error('the scale bench runs the built CLI: npm run build first');
  const given = process.env.BENCH_SCALE_CORPUS;
  const dir = mkdtempSync(join(tmpdir(), 'plankit-bench-scale-'));
  try {
    const corpusDir = given ?? join(dir, 'corpus');
    let genSeconds = 0;
    if (given === undefined) {
      const t = performance.now();
      await generateScaleCorpus({ out: corpusDir, pages: PAGES, variants: VARIANTS, chars: CHARS, seed: SEED });
      genSeconds = (performance.now() - t) / 1000;
    }
    const db = join(dir, 'results.sqlite');
    const m = await measure(process.execPath, [CLI, 'batch', join(corpusDir, 'docs'), '--db', db, '--format', 'json', '--no-progress', '--no-templates']);
    if (m.code !== 0 && m.code !== 1) throw new Error(`plankit batch exited ${m.code}: ${m.stderr.slice(0, 2000)}`);
    const summary = JSON.parse(m.stdout) as {
      filesAnalyzed: number;
      filesFailed: number;
      bytesAnalyzed: number;
      peakRssMb: number;
      families: { units: number; distinct: number; families: number; multiMember: number; pairs: number; verified: number } | null;
      phases: Array<{ phase: string; seconds: number; peakRssMb: number }>;
    };
    const d = new Database(db, { readonly: true });
    const members = new Map<number, string[]>();
    for (const r of d.prepare('SELECT family_id, variant_id FROM family_members').iterate() as Iterable<{ family_id: number; variant_id: string }>) {
      let list = members.get(r.family_id);
      if (list === undefined) members.set(r.family_id, (list = []));
      list.push(r.variant_id);
    }
    d.close();
    const score = pairwiseScore([...members.values()], await truth(corpusDir));
    const phase = (name: string) => summary.phases.find((p) => p.phase === name);
    const r3 = (x: number) => Math.round(x * 1000) / 1000;
    const dbBytes = statSync(db).size + (existsSync(`${db}-wal`) ? statSync(`${db}-wal`).size : 0);
    return {
      name: PAGES === 60_000 ? 'scale' : `scale-${PAGES}`,
      figures: {
        pages: summary.filesAnalyzed,
        variants: summary.families?.units ?? 0,
        corpus_mb: r3(summary.bytesAnalyzed / 1e6),
        wall_seconds: r3(m.seconds),
        files_phase_seconds: phase('files')?.seconds ?? 0,
        families_phase_seconds: phase('families')?.seconds ?? 0,
        reuse_phase_seconds: phase('reuse')?.seconds ?? 0,
        peak_rss_mb: m.peakRssMb ?? summary.peakRssMb,
        families_phase_peak_rss_mb: phase('families')?.peakRssMb ?? 0,
        families: summary.families?.families ?? 0,
        multi_member_families: summary.families?.multiMember ?? 0,
        distinct_texts: summary.families?.distinct ?? 0,
        related_pairs: summary.families?.pairs ?? 0,
        verified_pairs: summary.families?.verified ?? 0,
        pairwise_precision: r3(score.precision),
        pairwise_recall: r3(score.recall),
        pairwise_f1: r3(score.f1),
        database_mb: r3(dbBytes / 1e6),
        failed: summary.filesFailed,
        load_average: m.load,
        generate_seconds: r3(genSeconds),
      },
      notes: [
        `${PAGES} generated pages of ${VARIANTS} variants (gen-scale-corpus --chars ${CHARS}, seed ${SEED}): the dedup corpus's plans and copies (drops, reorders, truncation, tails, recuts, edits, number swaps — typos and added paragraphs scaled to the plan length; families of 2–8, a third of the units alone) spread over pages at random`,
        'built CLI as a child process, every core, SQLite store, --no-templates; peak RSS by GNU time (the whole process, worker threads included)',
        'pairwise F1 over all variant pairs: same family in plankit vs in the generator',
        'the load average shows how busy the shared machine was: wall times grow with it, memory does not',
      ],
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
