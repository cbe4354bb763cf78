/**
 * dedup benchmark — the user's path and the library path, on two generated corpora at 10k and 100k
 * units (~2 KB each):
 *   boilerplate — unrelated plans share stock paragraphs (指导思想, 组织领导, 保障措施 …), each in
 *                 dozens to thousands of plans; families are copies with edits, truncations,
 *                 dropped/swapped/added paragraphs, Traditional script, spacing and punctuation
 *                 noise, number and placeholder changes (scripts/lib/boilerplate-corpus.ts);
 *   previous    — the earlier generator, whose unrelated plans share nothing (dedup-corpus.ts).
 *
 * For each: the units are written as a folder of .txt files (a unit's text exactly, its title line
 * first) and as JSON Lines, then
 *   cli       `node bin/plankit.js dedup <folder> --format json` — the built CLI as a whole process:
 *             start-up, reading, decoding, folding, splitting, dedup and the JSON written to a file;
 *   cli-jsonl the same on the .jsonl file, when `plankit dedup` reads JSON Lines (else skipped);
 *   library   a child process reading the JSON Lines, folding each text and calling findDuplicates.
 * Each is timed from spawn to exit (wall) with its user+system CPU seconds, and its peak RSS comes
 * from /usr/bin/time (maximum resident set size), or else from polling /proc/<pid>/status (VmHWM).
 * Families are scored pairwise (precision, recall, F1 of "same family") against the generator.
 *
 * Targets (2-core machine): precision ≥ 0.99 and F1 ≥ 0.95 with default settings; CLI wall ≤ 5.3 s at
 * 10k and ≤ 55 s at 100k; peak RSS ≤ 1.5 GB at 100k. DEDUP_BENCH_SIZES=10000 runs one size only.
 */
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchResult } from '../bench.js';
import { CORPUS_KINDS, generate, writeCorpus } from '../lib/dedup-bench-corpus.js';
import { pairwiseScore } from '../lib/family-score.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const CLI = join(ROOT, 'bin/plankit.js');
const LIBRARY_RUN = join(ROOT, 'scripts/lib/dedup-bench-run.ts');
const SIZES = (process.env.DEDUP_BENCH_SIZES ?? '10000,100000').split(',').map(Number);
const SEED = 42;
const TIME = '/usr/bin/time';

interface Measured {
  code: number | null;
  wallSeconds: number;
  cpuSeconds: number | null;
  peakRssMB: number | null;
  stderr: string;
}

/**
 * Runs a command to completion with stdout into `outFile`: wall time from spawn to exit, and CPU and
 * peak RSS from /usr/bin/time when present, else peak RSS from polling the child's VmHWM.
 */
async function measure(cmd: string[], outFile: string): Promise<Measured> {
  const useTime = existsSync(TIME);
  const out = openSync(outFile, 'w');
  const argv = useTime ? [TIME, '-f', 'PLANKIT-BENCH %e %U %S %M', ...cmd] : cmd;
  const started = performance.now();
  const child = spawn(argv[0] as string, argv.slice(1), { cwd: ROOT, stdio: ['ignore', out, 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  let polled = 0;
  const poll = useTime
    ? null
    : setInterval(() => {
        try {
          const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
          if (m) polled = Math.max(polled, Number(m[1]));
        } catch {
          // exited between two polls
        }
      }, 50);
  const code = await new Promise<number | null>((r) => child.on('close', r));
  const wallSeconds = (performance.now() - started) / 1000;
  if (poll) clearInterval(poll);
  closeSync(out);
  const t = /PLANKIT-BENCH ([\d.]+) ([\d.]+) ([\d.]+) (\d+)/.exec(stderr);
  return {
    code,
    wallSeconds,
    cpuSeconds: t ? Number(t[2]) + Number(t[3]) : null,
    peakRssMB: t ? Math.round(Number(t[4]) / 1024) : polled > 0 ? Math.round(polled / 1024) : null,
    stderr: stderr.replace(/PLANKIT-BENCH.*\n?/, ''),
  };
}

/** A unit id of the CLI's output as the generator named it: the file name, or the record's own id. */
function generatedId(id: string): string {
  const tail = id.slice(id.lastIndexOf('#') + 1);
  return basename(tail).replace(/\.txt$/, '');
}

interface DedupJson {
  units: Array<{ id: string }>;
  families: Array<{ members: string[] }>;
}

function scoreCli(outFile: string, gold: Map<string, string>): { precision: number; recall: number; f1: number; units: number } {
  const r = JSON.parse(readFileSync(outFile, 'utf8')) as DedupJson;
  const families = r.families.map((f) => f.members.map(generatedId));
  const s = pairwiseScore(families, gold);
  return { precision: s.precision, recall: s.recall, f1: s.f1, units: r.units.length };
}

/** Whether `plankit dedup` takes a .jsonl file as one unit per record with the record's id. */
async function readsJsonLines(dir: string): Promise<boolean> {
  const probe = join(dir, 'probe.jsonl');
  writeFileSync(probe, ['{"id":"probe-a","text":"第一条记录的正文。"}', '{"id":"probe-b","text":"第二条记录的正文。"}'].join('\n') + '\n');
  const m = await measure(['node', CLI, 'dedup', probe, '--format', 'json'], join(dir, 'probe.json'));
  if (m.code !== 0) return false;
  try {
    const r = JSON.parse(readFileSync(join(dir, 'probe.json'), 'utf8')) as DedupJson;
    return r.units.map((u) => generatedId(u.id)).join(',') === 'probe-a,probe-b';
  } catch {
    return false;
  }
}

const round = (x: number, digits = 4): number => Math.round(x * 10 ** digits) / 10 ** digits;
const sizeName = (n: number): string => (n >= 1000 ? `${n / 1000}k` : String(n));

export async function run(): Promise<BenchResult> {
  if (!existsSync(join(ROOT, 'dist/cli/index.js'))) throw new Error('the dedup bench runs the built CLI: npm run build first');
  const figures: Record<string, number | string> = {};
  const notes: string[] = [];
  const scratch = mkdtempSync(join(tmpdir(), 'plankit-bench-dedup-'));
  try {
    const jsonl = await readsJsonLines(scratch);
    if (!jsonl) notes.push('cli-jsonl skipped: this build of `plankit dedup` does not read a .jsonl file as one unit per record');
    figures.loadAverageAtStart = round(loadavg()[0] ?? 0, 2);
    for (const kind of CORPUS_KINDS) {
      for (const n of SIZES) {
        const dir = mkdtempSync(join(scratch, `${kind}-${n}-`));
        const written = await writeCorpus(dir, generate(kind, n, SEED));
        const key = `${kind}.${sizeName(n)}`;
        figures[`${key}.units`] = written.units;
        figures[`${key}.avgBytes`] = Math.round(written.bytes / written.units);

        const paths: Array<[string, string[]]> = [['cli', ['node', CLI, 'dedup', written.folder, '--format', 'json']]];
        if (jsonl) paths.push(['cli-jsonl', ['node', CLI, 'dedup', written.jsonl, '--format', 'json']]);
        for (const [name, cmd] of paths) {
          const outFile = join(dir, `${name}.json`);
          const m = await measure(cmd, outFile);
          if (m.code !== 0) throw new Error(`${name} on ${key} exited ${m.code}: ${m.stderr.slice(0, 500)}`);
          const s = scoreCli(outFile, written.gold);
          if (s.units !== n) throw new Error(`${name} on ${key}: ${s.units} units, expected ${n}`);
          Object.assign(figures, {
            [`${key}.${name}.precision`]: round(s.precision),
            [`${key}.${name}.recall`]: round(s.recall),
            [`${key}.${name}.f1`]: round(s.f1),
            [`${key}.${name}.wallSeconds`]: round(m.wallSeconds, 2),
            [`${key}.${name}.cpuSeconds`]: m.cpuSeconds === null ? 'n/a' : round(m.cpuSeconds, 2),
            [`${key}.${name}.peakRssMB`]: m.peakRssMB ?? 'n/a',
          });
          rmSync(outFile, { force: true });
        }

        const libOut = join(dir, 'library.json');
        const lib = await measure(['node', '--import', 'tsx', LIBRARY_RUN, written.jsonl, join(dir, 'gold.json')], libOut);
        if (lib.code !== 0) throw new Error(`library on ${key} exited ${lib.code}: ${lib.stderr.slice(0, 500)}`);
        const r = JSON.parse(readFileSync(libOut, 'utf8').trim().split('\n').at(-1) as string) as Record<string, number>;
        Object.assign(figures, {
          [`${key}.library.precision`]: round(r.precision as number),
          [`${key}.library.recall`]: round(r.recall as number),
          [`${key}.library.f1`]: round(r.f1 as number),
          [`${key}.library.wallSeconds`]: round(lib.wallSeconds, 2),
          [`${key}.library.cpuSeconds`]: lib.cpuSeconds === null ? 'n/a' : round(lib.cpuSeconds, 2),
          [`${key}.library.findDuplicatesSeconds`]: round(r.dedupSeconds as number, 2),
          [`${key}.library.findDuplicatesCpuSeconds`]: round(r.dedupCpuSeconds as number, 2),
          [`${key}.library.peakRssMB`]: lib.peakRssMB ?? 'n/a',
          [`${key}.families`]: r.families as number,
          [`${key}.largestFamily`]: r.largestFamily as number,
          [`${key}.boilerplateShare`]: round(r.boilerplateShare as number, 3),
        });
        rmSync(dir, { recursive: true, force: true });
      }
    }
    figures.loadAverageAtEnd = round(loadavg()[0] ?? 0, 2);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  notes.push(
    'cli = the built CLI as a whole process on a folder of one .txt file per unit (start-up, reading, folding, splitting, dedup, JSON to a file); library = a child process reading the same units as JSON Lines, folding them and calling findDuplicates (dist/)',
    'wallSeconds from spawn to exit; cpuSeconds = user + system of the process (/usr/bin/time); peakRssMB = maximum resident set size of that process',
    'precision/recall/F1 are pairwise "same family" against the generator; boilerplateShare = share of the distinct units’ shingles that weigh less as boilerplate',
    'the machine is shared: loadAverage* is the 1-minute load when the bench started and ended (2 cores); CPU seconds are the steadier figure under load',
  );
  return { name: 'dedup', figures, notes };
}
