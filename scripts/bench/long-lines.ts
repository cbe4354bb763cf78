/**
 * Long lines: `plankit slots` (the built CLI, JSON out) on 4 MB of generated plan text with its line
 * breaks and on the same text as one line — once as written, once with the clause punctuation
 * stripped (a page that lost its punctuation is one clause per line: labelling looked back to the
 * line start for every slot, quadratic on one line). Target: one line ≤ 1.5× the time with breaks.
 * Then 50 MB as one line must finish. BENCH_LONG_MB changes the 4 MB; BENCH_LONG_HUGE_MB the 50 MB
 * (0 skips it).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchResult } from '../bench.js';
import { planParagraphs } from '../lib/plan-text.js';
import { measure } from '../lib/measure.js';
import { Rng } from '../lib/rng.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const CLI = join(ROOT, 'bin/plankit.js');
const MB = Number(process.env.BENCH_LONG_MB ?? 4);
const HUGE_MB = Number(process.env.BENCH_LONG_HUGE_MB ?? 50);
const RUNS = 2;

/** Plan text of about `bytes` UTF-8 bytes, a third of its numbers stripped (hollow blanks). */
function planText(bytes: number, seed: number): string {
  const rng = new Rng(seed);
  const parts: string[] = [];
  let size = 0;
  while (size < bytes) {
    const p = planParagraphs(rng, 3000).join('\n').replace(/\d+/g, (n) => (rng.chance(0.33) ? '' : n));
    parts.push(p);
    size += Buffer.byteLength(p) + 1;
  }
  return parts.join('\n');
}

async function slots(file: string): Promise<{ seconds: number; rss: number | null; slots: number }> {
  let best: { seconds: number; rss: number | null; slots: number } | null = null;
  for (let r = 0; r < RUNS; r++) {
    const m = await measure(process.execPath, [CLI, 'slots', file, '--format', 'json']);
    if (m.code !== 0) throw new Error(`plankit slots ${file} exited ${m.code}: ${m.stderr.slice(0, 500)}`);
    const n = (m.stdout.match(/"kind":/g) ?? []).length;
    if (best === null || m.seconds < best.seconds) best = { seconds: m.seconds, rss: m.peakRssMb, slots: n };
  }
  return best as { seconds: number; rss: number | null; slots: number };
}

export async function run(): Promise<BenchResult> {
  const dir = mkdtempSync(join(tmpdir(), 'plankit-bench-long-'));
  const r2 = (x: number) => Math.round(x * 100) / 100;
  const figures: Record<string, number | string> = {};
  try {
    const text = planText(MB * 1e6, 17);
    const bare = text.replace(/[,。;:!?、，；：！？]/g, ' ');
    for (const [name, t] of [
      ['punctuated', text],
      ['unpunctuated', bare],
    ] as const) {
      const lines = join(dir, `${name}-lines.txt`);
      const one = join(dir, `${name}-one.txt`);
      writeFileSync(lines, t);
      writeFileSync(one, t.replace(/\n/g, ''));
      const a = await slots(lines);
      const b = await slots(one);
      figures[`${name}_lines_seconds`] = r2(a.seconds);
      figures[`${name}_one_line_seconds`] = r2(b.seconds);
      figures[`${name}_ratio`] = r2(b.seconds / a.seconds);
      figures[`${name}_slots_lines`] = a.slots;
      figures[`${name}_slots_one_line`] = b.slots;
    }
    figures.mb = MB;
    figures.target_ratio = 1.5;
    if (HUGE_MB > 0) {
      const huge = join(dir, 'huge-one.txt');
      writeFileSync(huge, planText(HUGE_MB * 1e6, 23).replace(/\n/g, ''));
      const m = await measure(process.execPath, [CLI, 'slots', huge, '--format', 'json'], { stdoutTo: 'drop' });
      figures.huge_mb = HUGE_MB;
      figures.huge_one_line_seconds = r2(m.seconds);
      figures.huge_one_line_peak_rss_mb = m.peakRssMb ?? 'n/a';
      figures.huge_one_line_exit = m.code ?? 'signal';
      figures.load_average = m.load;
    }
    return {
      name: 'long-lines',
      figures,
      notes: [
        'plankit slots (built CLI, --format json) as a child process; best of 2 runs; the same text with and without its line breaks',
        'unpunctuated: clause punctuation replaced by spaces, so a line is one clause (labels used to look back to the line start per slot)',
        'the 50 MB file is one line of punctuated plan text; its run shows it finishes and how much memory it takes',
      ],
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
