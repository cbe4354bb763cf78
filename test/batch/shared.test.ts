/**
 * Several `plankit batch` processes on one PostgreSQL store: they share the files of a job, one of
 * them builds the families, and a process killed at any moment (kill -9) loses nothing — the others
 * take its claims (and its family phase) over, and the store ends exactly as one SQLite run leaves
 * it. Processes on "different machines" (other host names) are taken for dead by their lease only.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { runBatch } from '../../src/batch/index.js';
import { Rng } from '../../scripts/lib/rng.js';
import { writePlanCorpus, type PlanCorpus } from './fixtures/plan-corpus.js';
import { freshStore, queryStore } from '../helpers/stores.js';
import { REPO_ROOT } from '../helpers/seed.js';

const FAKE = new URL('./fixtures/fake-analyzer.ts', import.meta.url).href;
const RUNNER = fileURLToPath(new URL('./fixtures/run-shared.ts', import.meta.url));
const LEASE_MS = 1500;
const BATCH_UNITS = 8;

let dir: string;
let corpus: PlanCorpus;
let list: string;
/** What one SQLite run of the same corpus stores: the figures every shared run must end with. */
let reference: StoreState;

interface StoreState {
  files: number;
  paths: number;
  variants: number;
  families: Array<{ family: string; canonical: string; members: string }>;
}

async function stateOf(db: string): Promise<StoreState> {
  const [f] = await queryStore<{ n: number; p: number }>(db, `SELECT count(*) AS n, count(DISTINCT path) AS p FROM files WHERE status = 'ok'`);
  const [v] = await queryStore<{ n: number }>(db, 'SELECT count(*) AS n FROM variants');
  const members = await queryStore<{ family: string; canonical: string; variant_id: string }>(
    db,
    'SELECT f.family, f.canonical, m.variant_id FROM families f JOIN family_members m ON m.family_id = f.id ORDER BY f.family, m.variant_id',
  );
  const byFamily = new Map<string, { family: string; canonical: string; members: string[] }>();
  for (const m of members) {
    const e = byFamily.get(m.family) ?? { family: m.family, canonical: m.canonical, members: [] };
    e.members.push(m.variant_id);
    byFamily.set(m.family, e);
  }
  const families = [...byFamily.values()].map((e) => ({ family: e.family, canonical: e.canonical, members: e.members.join(' ') }));
  families.sort((a, b) => Number(a.family.slice(1)) - Number(b.family.slice(1)));
  return { files: Number(f?.n), paths: Number(f?.p), variants: Number(v?.n), families };
}

interface Child {
  proc: ChildProcess;
  lines: string[];
  exit: Promise<number | null>;
  /** Resolves when a line matching `re` has been printed (the count-th one). */
  waitFor(re: RegExp, count?: number): Promise<void>;
}

function start(db: string, host: string): Child {
  const proc = spawn(process.execPath, ['--import', 'tsx', RUNNER, db, list, host, String(LEASE_MS), String(BATCH_UNITS)], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const waiters: Array<{ re: RegExp; count: number; resolve: () => void }> = [];
  let buffer = '';
  let err = '';
  proc.stderr?.on('data', (d: Buffer) => (err += d.toString()));
  proc.stdout?.on('data', (d: Buffer) => {
    buffer += d.toString();
    const parts = buffer.split('\n');
    buffer = parts.pop() ?? '';
    for (const l of parts) {
      lines.push(l);
      for (const w of [...waiters]) {
        if (lines.filter((x) => w.re.test(x)).length >= w.count) {
          waiters.splice(waiters.indexOf(w), 1);
          w.resolve();
        }
      }
    }
  });
  const exit = new Promise<number | null>((resolve) =>
    proc.on('close', (code) => {
      if (code !== 0 && code !== null) process.stderr.write(`child on ${host} exited ${code}: ${err}\n`);
      resolve(code);
    }),
  );
  return {
    proc,
    lines,
    exit,
    waitFor: (re, count = 1) =>
      new Promise((resolve) => {
        if (lines.filter((x) => re.test(x)).length >= count) resolve();
        else waiters.push({ re, count, resolve });
      }),
  };
}

const ok = (c: Child): string[] => c.lines.filter((l) => l.startsWith('ok ')).map((l) => l.slice(3));

const havePostgres = inject('pgUrl') !== null;
if (!havePostgres) {
  // test/setup/postgres.ts has said why, loudly.
  describe.skip('shared PostgreSQL store (PostgreSQL not installed)', () => it('skipped', () => {}));
}

describe.runIf(havePostgres)('several processes on one PostgreSQL store', () => {
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'plankit-shared-'));
    corpus = writePlanCorpus(dir, { files: 60, plans: 12, seed: 11, slowMs: 40 });
    list = join(dir, 'files.list');
    writeFileSync(list, corpus.paths.join('\n') + '\n');
    const db = join(dir, 'reference.sqlite');
    await runBatch({ db, files: corpus.paths, workers: 1, analyzer: FAKE, templates: false, families: { batchUnits: BATCH_UNITS } });
    reference = await stateOf(db);
    expect(reference.files).toBe(60);
    expect(reference.families.filter((f) => f.members.includes(' ')).length).toBeGreaterThan(5);
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('share the files of one job, each stored once, and end with exactly the SQLite run’s files, variants and families', async () => {
    const db = await freshStore('postgresql', dir);
    const a = start(db, 'machine-a');
    const b = start(db, 'machine-b');
    expect(await a.exit).toBe(0);
    expect(await b.exit).toBe(0);
    expect(await stateOf(db)).toEqual(reference);
    // Both worked, on different files, and exactly one built the families.
    expect(ok(a).length).toBeGreaterThan(0);
    expect(ok(b).length).toBeGreaterThan(0);
    expect(ok(a).filter((p) => ok(b).includes(p))).toEqual([]);
    expect(ok(a).length + ok(b).length).toBe(60);
    expect([a, b].filter((c) => c.lines.includes('final true'))).toHaveLength(1);
    expect(await queryStore(db, `SELECT state, count(*) AS n FROM queue GROUP BY state`)).toEqual([{ state: 'done', n: 60 }]);
    expect(await queryStore(db, 'SELECT phase FROM jobs')).toEqual([{ phase: 'done' }]);
  }, 120_000);

  // A fresh seed each run, printed, so a failure can be replayed.
  const seed = Number(process.env.PLANKIT_KILL_SEED ?? Date.now() % 1_000_000);
  it.each([0, 1, 2])(`lose nothing when either is killed (kill -9) at a random moment — round %i, seed ${seed}`, async (round) => {
    const rng = new Rng(seed * 7 + round);
    const db = await freshStore('postgresql', dir);
    // Round 0: one machine (a gone pid is noticed at once); rounds 1, 2: two machines (the lease runs out).
    const hosts = round === 0 ? ['here', 'here'] : ['machine-a', 'machine-b'];
    const children = hosts.map((h) => start(db, h));
    const victimIndex = rng.int(0, 1);
    const victim = children[victimIndex] as Child;
    const survivor = children[1 - victimIndex] as Child;
    // The moment: after a random number of its files, or a little after its family phase began.
    const moment = rng.chance(0.7) ? victim.waitFor(/^ok /, rng.int(0, 25)) : victim.waitFor(/^phase families/).then(() => new Promise((r) => setTimeout(r, rng.int(0, 150))));
    await Promise.race([moment, victim.exit]);
    const killedAlive = victim.proc.exitCode === null;
    victim.proc.kill('SIGKILL');
    await victim.exit;
    expect(await survivor.exit, `seed ${seed} round ${round}`).toBe(0);
    expect(await stateOf(db), `seed ${seed} round ${round}`).toEqual(reference);
    // What the victim committed was not analysed again.
    expect(ok(survivor).filter((p) => ok(victim).includes(p))).toEqual([]);
    expect(ok(survivor).length + ok(victim).length).toBe(60);
    expect(await queryStore(db, `SELECT count(*) AS n FROM queue WHERE state <> 'done'`)).toEqual([{ n: 0 }]);
    expect(await queryStore(db, 'SELECT phase FROM jobs')).toEqual([{ phase: 'done' }]);
    if (killedAlive) expect(await queryStore(db, `SELECT count(*) AS n FROM runs WHERE status = 'completed'`)).toEqual([{ n: 1 }]);
  }, 120_000);

  it('a process taking over a killed family phase resumes after its last committed batch', async () => {
    const db = await freshStore('postgresql', dir);
    const first = start(db, 'machine-a');
    await first.waitFor(/^phase families/);
    // Kill once some batches of pairs are committed (the step's cursor has moved).
    for (;;) {
      const [job] = await queryStore<{ step: string | null; cursor: number | null }>(db, 'SELECT step, cursor FROM jobs');
      if (job?.step === 'families:pairs' && Number(job.cursor) >= 4 * BATCH_UNITS) break;
      if (first.proc.exitCode !== null) throw new Error('the family phase ended before it could be killed');
      await new Promise((r) => setTimeout(r, 5));
    }
    first.proc.kill('SIGKILL');
    await first.exit;
    const [killedAt] = await queryStore<{ cursor: number }>(db, 'SELECT cursor FROM jobs');
    const pairsBefore = (await queryStore<{ n: number }>(db, 'SELECT count(*) AS n FROM fam_pairs'))[0]?.n ?? 0;
    expect(pairsBefore).toBeGreaterThan(0);
    const second = start(db, 'machine-b');
    expect(await second.exit).toBe(0);
    expect(ok(second)).toEqual([]);
    expect(second.lines).toContain('final true');
    expect(await stateOf(db)).toEqual(reference);
    // It went on from the cursor: the pairs of the batches before it were not verified again.
    const summary = JSON.parse((second.lines.find((l) => l.startsWith('families ')) as string).slice('families '.length)) as { verified: number };
    const all = JSON.parse(JSON.stringify(await fullVerified()));
    expect(summary.verified).toBeLessThan(all);
    expect(Number(killedAt?.cursor)).toBeGreaterThan(0);
  }, 120_000);
});

/** Candidate pairs a whole family phase verifies on this corpus (a SQLite run from scratch). */
async function fullVerified(): Promise<number> {
  const s = await runBatch({ db: join(dir, `full-${Date.now()}.sqlite`), files: corpus.paths, workers: 1, analyzer: FAKE, templates: false, families: { batchUnits: BATCH_UNITS } });
  return s.families?.verified ?? 0;
}
