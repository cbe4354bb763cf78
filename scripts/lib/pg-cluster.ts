/**
 * A throwaway PostgreSQL cluster (tests and benchmarks): initdb + pg_ctl in a temporary folder,
 * listening on 127.0.0.1 at a free port, its socket in that folder, fsync off. PostgreSQL refuses
 * to run as root, so under root it runs as the `postgres` user (Debian's package creates it) or
 * `nobody`. Null when no PostgreSQL binaries can be found.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Cluster {
  /** Admin URL (database `postgres`, user plankit, no password). */
  url: string;
  stop(): void;
}

/** The folder holding initdb and pg_ctl: on PATH, or Debian's /usr/lib/postgresql/<version>/bin. */
export function postgresBin(): string | null {
  for (const dir of (process.env.PATH ?? '').split(':')) if (dir !== '' && existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl'))) return dir;
  const base = '/usr/lib/postgresql';
  if (existsSync(base)) {
    for (const v of readdirSync(base).sort((a, b) => Number(b) - Number(a))) if (existsSync(join(base, v, 'bin', 'initdb'))) return join(base, v, 'bin');
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
    if (r.status === 0) return { user, uid: Number(r.stdout.trim()), gid: Number(spawnSync('id', ['-g', user], { encoding: 'utf8' }).stdout.trim()) };
  }
  throw new Error('running as root and no postgres or nobody user to run PostgreSQL as');
}

function run(bin: string, args: string[], as: string | null): void {
  if (as === null) execFileSync(bin, args, { stdio: 'pipe' });
  else execFileSync('runuser', ['-u', as, '--', bin, ...args], { stdio: 'pipe' });
}

/** Starts a cluster (settings: extra `-c name=value` server options). */
export async function startCluster(settings: string[] = []): Promise<Cluster | null> {
  const bin = postgresBin();
  if (bin === null) return null;
  const as = runAs();
  const dir = mkdtempSync(join(tmpdir(), 'plankit-pg-'));
  if (as.user !== null) {
    chownSync(dir, as.uid, as.gid);
    chmodSync(dir, 0o700);
  }
  const data = join(dir, 'data');
  const port = await freePort();
  run(join(bin, 'initdb'), ['-D', data, '-A', 'trust', '-U', 'plankit', '-E', 'UTF8', '--locale=C', '--no-sync'], as.user);
  const options = [`-k ${dir}`, `-p ${port}`, '-c listen_addresses=127.0.0.1', '-c fsync=off', '-c synchronous_commit=off', '-c full_page_writes=off', '-c max_connections=200', ...settings.map((s) => `-c ${s}`)];
  run(join(bin, 'pg_ctl'), ['-D', data, '-l', join(dir, 'log'), '-w', '-t', '60', '-o', options.join(' '), 'start'], as.user);
  return {
    url: `postgresql://plankit@127.0.0.1:${port}/postgres`,
    stop() {
      try {
        run(join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop'], as.user);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
