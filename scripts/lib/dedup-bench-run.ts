/**
 * The library path of the dedup benchmark, run in a child process so its peak RSS is its own:
 *   node --import tsx scripts/lib/dedup-bench-run.ts <units.jsonl> <gold.json>
 * Reads the units the CLI read from the folder (the same texts, as JSON Lines), folds each
 * (foldText, as the CLI's reader does) and runs findDuplicates — the built library in dist/, as a
 * user imports it — then scores the families against the gold and prints one JSON line of figures.
 */
import { readFileSync } from 'node:fs';
import { pairwiseScore } from './family-score.js';

// The built library (npm run bench builds it first), typed by its sources.
const dist = (path: string): string => new URL(`../../dist/${path}`, import.meta.url).href;
const { findDuplicates } = (await import(dist('dedup/index.js'))) as typeof import('../../src/dedup/index.js');
const { foldText } = (await import(dist('normalize/index.js'))) as typeof import('../../src/normalize/index.js');

const [jsonl, goldFile] = process.argv.slice(2);
if (jsonl === undefined || goldFile === undefined) throw new Error('usage: dedup-bench-run.ts <units.jsonl> <gold.json>');

const cpu = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

const w0 = performance.now();
const c0 = cpu();
const units: Array<{ id: string; text: string }> = [];
for (const line of readFileSync(jsonl, 'utf8').split('\n')) {
  if (line === '') continue;
  const { id, text } = JSON.parse(line) as { id: string; text: string };
  units.push({ id, text: foldText(text).folded });
}
const w1 = performance.now();
const c1 = cpu();
const r = findDuplicates(units);
const w2 = performance.now();
const c2 = cpu();
const gold = new Map(Object.entries(JSON.parse(readFileSync(goldFile, 'utf8')) as Record<string, string>));
const score = pairwiseScore(
  r.families.map((f) => f.members),
  gold,
);
process.stdout.write(
  JSON.stringify({
    readFoldSeconds: (w1 - w0) / 1000,
    readFoldCpuSeconds: c1 - c0,
    dedupSeconds: (w2 - w1) / 1000,
    dedupCpuSeconds: c2 - c1,
    precision: score.precision,
    recall: score.recall,
    f1: score.f1,
    families: r.families.filter((f) => f.members.length > 1).length,
    largestFamily: Math.max(...r.families.map((f) => f.members.length)),
    pairs: r.pairs.length,
    boilerplateShare: r.stats.boilerplateShare,
  }) + '\n',
);
