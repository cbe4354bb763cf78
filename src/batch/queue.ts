import type { SqlConnection } from '../store/connection.js';

/**
 * The work queue of a job: one row per input path. Every process of the job adds the paths it was
 * given (a path already queued for this job is left alone), then claims a few at a time. A claim
 * carries a lease, renewed while the process lives; a claim whose lease ran out (its process was
 * killed, or lost its machine) is taken by the next process that asks. A file's rows are written
 * in the transaction that ends its claim (store.putFiles), so a file is stored once.
 */
export interface Claim {
  /** Queue row id (putFiles ends the claim with it). */
  id: number;
  path: string;
  /** How many times the path was claimed, this claim included. */
  attempts: number;
}

/** Paths per INSERT. */
const ENQUEUE_CHUNK = 200;

/**
 * Adds `paths` to job `jobId`: new paths and paths of an earlier job become pending; a path this job
 * already has (another process queued it, or a killed run of this job) is left as it is.
 */
export async function enqueue(sql: SqlConnection, jobId: number, paths: readonly string[]): Promise<void> {
  const unique = [...new Set(paths)];
  if (sql.dialect === 'postgresql' && unique.length > 0) {
    // One array parameter, whatever the number of paths.
    await sql.run(
      `INSERT INTO queue (job_id, path, state) SELECT ?, p, 'pending' FROM unnest(?::text[]) AS p
       ON CONFLICT (path) DO UPDATE SET job_id = excluded.job_id, state = 'pending', run_id = NULL, lease_ms = NULL, attempts = 0
       WHERE queue.job_id <> excluded.job_id`,
      [jobId, pgArray(unique)],
    );
    return;
  }
  for (let i = 0; i < unique.length; i += ENQUEUE_CHUNK) {
    const part = unique.slice(i, i + ENQUEUE_CHUNK);
    await sql.run(
      `INSERT INTO queue (job_id, path, state) VALUES ${part.map(() => `(?, ?, 'pending')`).join(', ')}
       ON CONFLICT (path) DO UPDATE SET job_id = excluded.job_id, state = 'pending', run_id = NULL, lease_ms = NULL, attempts = 0
       WHERE queue.job_id <> excluded.job_id`,
      part.flatMap((p) => [jobId, p]),
    );
  }
}

/**
 * Claims up to `limit` paths for run `runId`: first claims whose lease ran out, then pending paths
 * in queue order. On PostgreSQL rows another process is claiming right now are skipped
 * (FOR UPDATE SKIP LOCKED), so processes never wait for each other or take the same path; on
 * SQLite the write transaction serialises claims.
 */
export async function claim(sql: SqlConnection, jobId: number, runId: number, limit: number, leaseMs: number): Promise<Claim[]> {
  if (limit <= 0) return [];
  const skipLocked = sql.dialect === 'postgresql' ? 'FOR UPDATE SKIP LOCKED' : '';
  // One statement each (atomic on its own): pending paths first, the common case; claims whose
  // lease ran out only when pending ones do not fill the request.
  const take = (where: string, n: number): Promise<Claim[]> =>
    sql.all<Claim>(
      `UPDATE queue SET state = 'claimed', run_id = ?, lease_ms = ${sql.nowMs} + ?, attempts = attempts + 1
       WHERE id IN (SELECT id FROM queue WHERE job_id = ? AND ${where} ORDER BY id LIMIT ? ${skipLocked})
       RETURNING id, path, attempts`,
      [runId, leaseMs, jobId, n],
    );
  const pending = await take(`state = 'pending'`, limit);
  const expired = pending.length < limit ? await take(`state = 'claimed' AND lease_ms < ${sql.nowMs}`, limit - pending.length) : [];
  return [...pending, ...expired].map((c) => ({ id: Number(c.id), path: c.path, attempts: Number(c.attempts) })).sort((a, b) => a.id - b.id);
}

/** A text[] literal for PostgreSQL (every element quoted). */
function pgArray(values: readonly string[]): string {
  return `{${values.map((v) => `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`).join(',')}}`;
}

/** Gives claims back (pending again) — a process that stops early (an error) lets others take them at once. */
export async function release(sql: SqlConnection, runId: number, ids: readonly number[]): Promise<void> {
  for (let i = 0; i < ids.length; i += ENQUEUE_CHUNK) {
    const part = ids.slice(i, i + ENQUEUE_CHUNK);
    await sql.run(
      `UPDATE queue SET state = 'pending', run_id = NULL, lease_ms = NULL WHERE run_id = ? AND state = 'claimed' AND id IN (${part.map(() => '?').join(', ')})`,
      [runId, ...part],
    );
  }
}

/** Renews the leases of every claim `runId` holds. */
export async function renewClaims(sql: SqlConnection, jobId: number, runId: number, leaseMs: number): Promise<void> {
  // Rows the writer is ending right now are locked by its transaction: skip them rather than wait
  // (two statements locking the same rows in different orders could deadlock).
  const skipLocked = sql.dialect === 'postgresql' ? 'FOR UPDATE SKIP LOCKED' : '';
  await sql.run(
    `UPDATE queue SET lease_ms = ${sql.nowMs} + ?
     WHERE id IN (SELECT id FROM queue WHERE job_id = ? AND state = 'claimed' AND run_id = ? ${skipLocked})`,
    [leaseMs, jobId, runId],
  );
}

/** Paths of the job not yet done: pending, or claimed (by a live process or not). */
export async function openWork(sql: SqlConnection, jobId: number): Promise<{ pending: number; claimable: number; claimed: number }> {
  const r = await sql.get<{ pending: number; expired: number; claimed: number }>(
    `SELECT (SELECT count(*) FROM queue WHERE job_id = ? AND state = 'pending') AS "pending",
            (SELECT count(*) FROM queue WHERE job_id = ? AND state = 'claimed' AND lease_ms < ${sql.nowMs}) AS "expired",
            (SELECT count(*) FROM queue WHERE job_id = ? AND state = 'claimed') AS "claimed"`,
    [jobId, jobId, jobId],
  );
  const pending = Number(r?.pending ?? 0);
  return { pending, claimable: pending + Number(r?.expired ?? 0), claimed: Number(r?.claimed ?? 0) };
}

/** Paths the job holds (every process's inputs, each once). */
export async function queued(sql: SqlConnection, jobId: number): Promise<number> {
  const r = await sql.get<{ n: number }>('SELECT count(*) AS "n" FROM queue WHERE job_id = ?', [jobId]);
  return Number(r?.n ?? 0);
}
