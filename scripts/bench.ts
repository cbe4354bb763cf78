/**
 * npm run bench [name …] — runs the benchmarks in scripts/bench/ (all, or the ones named), prints
 * their figures and writes them to bench/results.json (merged with earlier runs of other benches),
 * together with the machine they ran on. The README quotes these figures.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export interface BenchResult {
  name: string;
  figures: Record<string, number | string>;
  notes?: string[];
}

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
const benchDir = resolve(here, 'bench');
const outFile = resolve(root, 'bench/results.json');

const available = readdirSync(benchDir)
  .filter((f) => f.endsWith('.ts'))
  .map((f) => f.slice(0, -3))
  .sort();
const wanted = process.argv.slice(2);
for (const w of wanted) {
  if (!available.includes(w)) {
    console.error(`bench: unknown benchmark "${w}" (have: ${available.join(', ')})`);
    process.exit(2);
  }
}
const names = wanted.length > 0 ? wanted : available;

const previous: Record<string, unknown> = existsSync(outFile) ? (JSON.parse(readFileSync(outFile, 'utf8')) as Record<string, unknown>) : {};
const results = (previous.results ?? {}) as Record<string, unknown>;

for (const name of names) {
  const mod = (await import(pathToFileURL(resolve(benchDir, `${name}.ts`)).href)) as { run: () => Promise<BenchResult> };
  console.log(`== ${name}`);
  const started = Date.now();
  const r = await mod.run();
  for (const [k, v] of Object.entries(r.figures)) console.log(`  ${k}: ${v}`);
  for (const n of r.notes ?? []) console.log(`  note: ${n}`);
  // Under the result's own name: a run at another size (scale-200000, news-5000) keeps the default one.
  results[r.name] = { ...r, ranAt: new Date(started).toISOString(), seconds: (Date.now() - started) / 1000 };
}

mkdirSync(dirname(outFile), { recursive: true });
const machine = { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version };
writeFileSync(outFile, JSON.stringify({ machine, results }, null, 2) + '\n');
console.log(`written to bench/results.json`);
