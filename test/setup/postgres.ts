/**
 * vitest global setup: a throwaway PostgreSQL cluster (scripts/lib/pg-cluster.ts) for the tests that
 * run against both stores, stopped and removed at the end. When no PostgreSQL binaries can be found
 * the tests that need them skip — loudly — on a developer's machine; under CI (`CI` set, as `.ci/run`
 * does after installing the package) the run fails instead, so the PostgreSQL store is never
 * silently untested.
 */
import type { TestProject } from 'vitest/node';
import { startCluster } from '../../scripts/lib/pg-cluster.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Admin URL of the test cluster (database `postgres`), or null when PostgreSQL is not installed. */
    pgUrl: string | null;
  }
}

export default async function setup(project: TestProject): Promise<(() => void) | void> {
  const cluster = await startCluster();
  if (cluster === null) {
    if (requirePostgres()) throw new Error('PostgreSQL not found (no initdb/pg_ctl on PATH or in /usr/lib/postgresql/*/bin) and CI is set: the PostgreSQL store tests may not be skipped in CI. Install it (apt-get install postgresql).');
    const line = '='.repeat(100);
    console.warn(`\n${line}\nPOSTGRESQL NOT FOUND (no initdb/pg_ctl on PATH or in /usr/lib/postgresql/*/bin):\nthe PostgreSQL store tests are SKIPPED. Install it (apt-get install postgresql) — .ci/run does.\n${line}\n`);
    project.provide('pgUrl', null);
    return;
  }
  project.provide('pgUrl', cluster.url);
  return () => cluster.stop();
}

/** CI must test both stores: `CI` (any value but empty, 0 or false) forbids skipping. */
function requirePostgres(): boolean {
  const ci = (process.env.CI ?? '').toLowerCase();
  return ci !== '' && ci !== '0' && ci !== 'false';
}
