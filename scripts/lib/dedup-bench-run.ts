/**
 * One dedup benchmark measurement, run in a child process so its peak RSS is its own:
 *   node --import tsx scripts/lib/dedup-bench-run.ts <units> [seed]
 * Generates the corpus, runs findDuplicates on every unit, scores the families against the known
 * ones, and prints one JSON line of figures.
 */
import { findDuplicates } from '../../src/dedup/index.js';
import { generateCorpus } from './dedup-corpus.js';
import { pairwiseScore } from './family-score.js';

const units = Number(process.argv[2] ?? 10_000);
const seed = Number(process.argv[3] ?? 42);
const cpu = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

const t0 = performance.now();
const corpus = generateCorpus({ units, seed });
const input = corpus.map(({ id, text }) => ({ id, text }));
const t1 = performance.now();
const rssBefore = process.memoryUsage().rss;
const c1 = cpu();
const r = findDuplicates(input);
const c2 = cpu();
const t2 = performance.now();
const score = pairwiseScore(
  r.families.map((f) => f.members),
  new Map(corpus.map((u) => [u.id, u.family])),
);
const relations: Record<string, number> = {};
for (const p of r.pairs) relations[p.relation] = (relations[p.relation] ?? 0) + 1;
let chars = 0;
let bytes = 0;
for (const u of corpus) {
  chars += u.text.length;
  bytes += Buffer.byteLength(u.text);
}
process.stdout.write(
  JSON.stringify({
    units,
    avgChars: Math.round(chars / units),
    avgBytes: Math.round(bytes / units),
    generateSeconds: (t1 - t0) / 1000,
    dedupSeconds: (t2 - t1) / 1000,
    dedupCpuSeconds: c2 - c1,
    rssBeforeMB: Math.round(rssBefore / 2 ** 20),
    // maxRSS is in kilobytes: the peak of the whole process (generation included).
    peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
    distinct: r.stats.distinct,
    verified: r.stats.verified,
    pairs: r.stats.pairs,
    families: r.families.filter((f) => f.members.length > 1).length,
    precision: score.precision,
    recall: score.recall,
    f1: score.f1,
    relations,
  }) + '\n',
);
