/**
 * vitest global setup: a throwaway PostgreSQL cluster for the tests that run against both stores.
 * initdb + pg_ctl in a temporary folder, listening on 127.0.0.1 at a free port with its socket in
 * that folder, fsync off (nothing here needs to survive a power cut); stopped and removed at the
 * end. PostgreSQL refuses to run as root, so under root the cluster runs as the `postgres` user
 * (Debian's package creates it) or `nobody`. When no PostgreSQL binaries can be found at all the
 * tests that need them skip — loudly; `.ci/run` installs the package so CI always has them.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Admin URL of the test cluster (database `postgres`), or null when PostgreSQL is not installed. */
    pgUrl: string | null;
  }
}

/** The folder holding initdb and pg_ctl: on PATH, or Debian's /usr/lib/postgresql/<version>/bin. */
export function postgresBin(): string | null {
  for (const dir of (process.env.PATH ?? '').split(':')) if (dir !== '' && existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl'))) return dir;
  const base = '/usr/lib/postgresql';
  if (existsSync(base)) {
    const versions = readdirSync(base).sort((a, b) => Number(b) - Number(a));
    for (const v of versions) if (existsSync(join(base, v, 'bin', 'initdb'))) return join(base, v, 'bin');
  }
  return null;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

/** A user PostgreSQL agrees to run as: ourselves, or under root `postgres` (else `nobody`). */
function runAs(): { user: string | null; uid: number; gid: number } {
  if (process.getuid?.() !== 0) return { user: null, uid: -1, gid: -1 };
  for (const user of ['postgres', 'nobody']) {
    const r = spawnSync('id', ['-u', user], { encoding: 'utf8' });
    if (r.status === 0) {
      const gid = Number(spawnSync('id', ['-g', user], { encoding: 'utf8' }).stdout.trim());
      return { user, uid: Number(r.stdout.trim()), gid };
    }
  }
  throw new Error('running as root and no postgres or nobody user to run the test PostgreSQL cluster as');
}

function run(bin: string, args: string[], as: string | null): void {
  if (as === null) execFileSync(bin, args, { stdio: 'pipe' });
  else execFileSync('runuser', ['-u', as, '--', bin, ...args], { stdio: 'pipe' });
}

export default async function setup(project: TestProject): Promise<(() => void) | void> {
  const bin = postgresBin();
  if (bin === null) {
    const line = '='.repeat(100);
    console.warn(`\n${line}\nPOSTGRESQL NOT FOUND (no initdb/pg_ctl on PATH or in /usr/lib/postgresql/*/bin):\nthe PostgreSQL store tests are SKIPPED. Install it (apt-get install postgresql) — .ci/run does.\n${line}\n`);
    project.provide('pgUrl', null);
    return;
  }
  const as = runAs();
  const dir = mkdtempSync(join(tmpdir(), 'plankit-pg-'));
  if (as.user !== null) {
    chownSync(dir, as.uid, as.gid);
    chmodSync(dir, 0o700);
  }
  const data = join(dir, 'data');
  const port = await freePort();
  const user = 'plankit';
  run(join(bin, 'initdb'), ['-D', data, '-A', 'trust', '-U', user, '-E', 'UTF8', '--locale=C', '--no-sync'], as.user);
  run(
    join(bin, 'pg_ctl'),
    ['-D', data, '-l', join(dir, 'log'), '-w', '-t', '60', '-o', `-k ${dir} -p ${port} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`, 'start'],
    as.user,
  );
  project.provide('pgUrl', `postgresql://${user}@127.0.0.1:${port}/postgres`);
  void userInfo;
  return () => {
    try {
      run(join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop'], as.user);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
}
