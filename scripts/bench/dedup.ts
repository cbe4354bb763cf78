/**
 * dedup benchmark: generated corpora of 10k and 100k units (~2 KB of UTF-8 each, known families),
 * end to end through findDuplicates — time, CPU, peak RSS and pairwise F1 against the known
 * families. Each size runs in its own child process so peak RSS is that run's alone.
 * Targets (100k on the 2-core machine): ≤ 60 s, ≤ 2 GB peak RSS, F1 ≥ 0.95.
 */
import { execFileSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchResult } from '../bench.js';

const child = resolve(dirname(fileURLToPath(import.meta.url)), '../lib/dedup-bench-run.ts');
const SIZES = [10_000, 100_000];

export async function run(): Promise<BenchResult> {
  const figures: Record<string, number | string> = {};
  const notes: string[] = [];
  for (const n of SIZES) {
    const out = execFileSync(process.execPath, ['--import', 'tsx', child, String(n)], { encoding: 'utf8', maxBuffer: 1 << 20 });
    const r = JSON.parse(out.trim().split('\n').at(-1) as string) as Record<string, number | Record<string, number>>;
    const k = n >= 1000 ? `${n / 1000}k` : String(n);
    for (const [name, v] of Object.entries(r)) {
      if (name === 'units') continue;
      if (typeof v === 'number') figures[`${k}.${name}`] = Number.isInteger(v) ? v : Math.round(v * 10_000) / 10_000;
      else figures[`${k}.${name}`] = Object.entries(v).map(([rel, c]) => `${rel} ${c}`).join(', ');
    }
  }
  notes.push('units are generated plans (scripts/lib/dedup-corpus.ts): ~35% alone, families of 2–8 copies with drops, reorders, truncation, recuts, character edits and number/placeholder swaps');
  notes.push('peakRssMB is the whole child process (corpus generation and the input strings included)');
  return { name: 'dedup', figures, notes };
}
