/**
 * vitest global setup: a throwaway PostgreSQL cluster (scripts/lib/pg-cluster.ts) for the tests that
 * run against both stores, stopped and removed at the end. When no PostgreSQL binaries can be found
 * at all the tests that need them skip — loudly; `.ci/run` installs the package so CI has them.
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
    const line = '='.repeat(100);
    console.warn(`\n${line}\nPOSTGRESQL NOT FOUND (no initdb/pg_ctl on PATH or in /usr/lib/postgresql/*/bin):\nthe PostgreSQL store tests are SKIPPED. Install it (apt-get install postgresql) — .ci/run does.\n${line}\n`);
    project.provide('pgUrl', null);
    return;
  }
  project.provide('pgUrl', cluster.url);
  return () => cluster.stop();
}
