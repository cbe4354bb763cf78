import { hostname } from 'node:os';
import type { SqlConnection } from '../store/connection.js';
import { openWork, renewClaims } from './queue.js';

/**
 * A job is one pass over a corpus by any number of `plankit batch` processes sharing a store: they
 * queue their inputs into it, share the per-file work, and whichever finds the per-file work done
 * (and nobody still queueing) takes the job's last phases — families, templates, the reuse
 * aggregates — alone, under a lease. A process that dies loses nothing: its claims and its lease
 * run out, and a live process takes them over; a process started after a job ended opens the next.
 */
export interface Job {
  id: number;
  phase: 'files' | 'families' | 'done';
  owner: number | null;
  step: string | null;
  cursor: number | null;
}

/** How long claims and the final phase's ownership last without a heartbeat (default). */
export const DEFAULT_LEASE_MS = 30_000;

/** Heartbeats per lease: a late one or two still keep the lease. */
const BEATS_PER_LEASE = 4;

/**
 * Joins the open job (still in its per-file phase), or opens the next one. Runs of dead processes
 * are reaped first. A job whose last phases are under way is not joined: the caller waits for it
 * (see decideFinish) and then calls again.
 */
export async function joinJob(sql: SqlConnection, runId: number, leaseMs: number): Promise<Job> {
  return sql.transaction(async (tx) => {
    await tx.lockJobs();
    await reapDeadRuns(tx, leaseMs, runId);
    const last = await tx.get<Job>('SELECT id, phase, owner, step, cursor FROM jobs ORDER BY id DESC LIMIT 1');
    let job: Job;
    if (last === undefined || last.phase === 'done') {
      const [id] = await tx.insert('jobs', ['started_at', 'phase'], [[new Date().toISOString(), 'files']], true);
      job = { id: id as number, phase: 'files', owner: null, step: null, cursor: null };
    } else job = { ...last, id: Number(last.id), owner: last.owner === null ? null : Number(last.owner) };
    if (job.phase === 'files') await tx.run('UPDATE runs SET job_id = ? WHERE id = ?', [job.id, runId]);
    return job;
  });
}

/** True when a process of this machine with that pid is gone (a run on another machine: unknown). */
function deadHere(host: string | null, pid: number | null): boolean {
  if (host !== hostname() || pid === null) return false;
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return false;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/**
 * Marks runs whose process is gone as interrupted — no heartbeat for a lease, or (on this machine)
 * the pid no longer exists — gives their claims back and ends their ownership of a job's last
 * phases, so the next process takes both over at once.
 */
export async function reapDeadRuns(tx: SqlConnection, leaseMs: number, self: number): Promise<number[]> {
  const running = await tx.all<{ id: number; host: string | null; pid: number | null; stale: number }>(
    `SELECT id, host, pid, CASE WHEN heartbeat_ms IS NULL OR heartbeat_ms < ${tx.nowMs} - ? THEN 1 ELSE 0 END AS "stale"
     FROM runs WHERE status = 'running' AND id <> ?`,
    [leaseMs, self],
  );
  const dead = running.filter((r) => Number(r.stale) === 1 || deadHere(r.host, r.pid === null ? null : Number(r.pid))).map((r) => Number(r.id));
  for (const id of dead) {
    await tx.run(`UPDATE runs SET status = 'interrupted' WHERE id = ? AND status = 'running'`, [id]);
    await tx.run(`UPDATE queue SET state = 'pending', run_id = NULL, lease_ms = NULL WHERE run_id = ? AND state = 'claimed'`, [id]);
    await tx.run(`UPDATE jobs SET lease_ms = 0 WHERE owner = ? AND phase = 'families'`, [id]);
  }
  return dead;
}

export type FinishDecision =
  /** More paths can be claimed now. */
  | 'work'
  /** Others are still claiming, queueing or building the last phases: ask again shortly. */
  | 'wait'
  /** This run now owns the job's last phases (fresh, or taken over from a dead process). */
  | 'own'
  /** The job is over. */
  | 'done';

/**
 * What a run that has queued its inputs and found nothing to claim does next. Decided under the
 * job lock, so exactly one process gets 'own'.
 */
export async function decideFinish(sql: SqlConnection, jobId: number, runId: number, leaseMs: number): Promise<FinishDecision> {
  return sql.transaction(async (tx) => {
    await tx.lockJobs();
    await reapDeadRuns(tx, leaseMs, runId);
    const job = await tx.get<{ phase: string; owner: number | null; live: number }>(
      `SELECT phase, owner, CASE WHEN lease_ms IS NOT NULL AND lease_ms >= ${tx.nowMs} THEN 1 ELSE 0 END AS "live" FROM jobs WHERE id = ?`,
      [jobId],
    );
    if (job === undefined || job.phase === 'done') return 'done';
    const take = async (): Promise<'own'> => {
      await tx.run(`UPDATE jobs SET phase = 'families', owner = ?, lease_ms = ${tx.nowMs} + ? WHERE id = ?`, [runId, leaseMs, jobId]);
      return 'own';
    };
    if (job.phase === 'families') {
      if (job.owner !== null && Number(job.owner) === runId) return 'own';
      return Number(job.live) === 1 ? 'wait' : take();
    }
    const work = await openWork(tx, jobId);
    if (work.claimable > 0) return 'work';
    if (work.claimed > 0) return 'wait';
    const queueing = await tx.get<{ n: number }>(
      `SELECT count(*) AS "n" FROM runs WHERE job_id = ? AND status = 'running' AND enumerated = 0 AND id <> ?`,
      [jobId, runId],
    );
    if (Number(queueing?.n ?? 0) > 0) return 'wait';
    return take();
  });
}

/** Records the last phases' progress (step and position), so a process taking them over resumes there. */
export async function saveStep(sql: SqlConnection, jobId: number, step: string, cursor: number | null): Promise<void> {
  await sql.run('UPDATE jobs SET step = ?, cursor = ? WHERE id = ?', [step, cursor, jobId]);
}

/**
 * saveStep for the owner of the last phases only: throws (so the caller's transaction rolls back)
 * when the job is no longer this run's — it was taken for dead and another process took over.
 */
export async function saveOwnedStep(sql: SqlConnection, jobId: number, runId: number, step: string, cursor: number | null): Promise<void> {
  const n = await sql.run(`UPDATE jobs SET step = ?, cursor = ? WHERE id = ? AND owner = ? AND phase = 'families'`, [step, cursor, jobId, runId]);
  if (n === 0) throw new Error(`job ${jobId} was taken over by another process`);
}

export async function currentStep(sql: SqlConnection, jobId: number): Promise<{ step: string | null; cursor: number | null }> {
  const r = await sql.get<{ step: string | null; cursor: number | null }>('SELECT step, cursor FROM jobs WHERE id = ?', [jobId]);
  return { step: r?.step ?? null, cursor: r?.cursor === null || r?.cursor === undefined ? null : Number(r.cursor) };
}

/** Ends the job (its owner only). */
export async function finishJob(sql: SqlConnection, jobId: number, runId: number): Promise<void> {
  await sql.run(`UPDATE jobs SET phase = 'done', finished_at = ?, owner = NULL, lease_ms = NULL WHERE id = ? AND owner = ?`, [new Date().toISOString(), jobId, runId]);
}

/**
 * Keeps a run alive in the store while it works: its heartbeat, its claims' leases and, when it owns
 * the job's last phases, that lease — renewed BEATS_PER_LEASE times per lease. `lost` turns true if
 * the store says this run no longer owns what it thinks it owns (it was taken for dead).
 */
export class Heartbeat {
  private timer: NodeJS.Timeout | null = null;
  private beating: Promise<void> | null = null;
  /** The first error of a beat (the store went away): reported by the run. */
  error: unknown = null;
  owner = false;
  lost = false;

  constructor(
    private readonly sql: SqlConnection,
    private readonly runId: number,
    private jobId: number | null,
    private readonly leaseMs: number,
  ) {}

  start(): void {
    this.timer = setInterval(() => {
      if (this.beating === null) this.beating = this.beat().finally(() => (this.beating = null));
    }, Math.max(50, Math.floor(this.leaseMs / BEATS_PER_LEASE)));
    this.timer.unref();
  }

  setJob(jobId: number): void {
    this.jobId = jobId;
  }

  async beat(): Promise<void> {
    try {
      await this.sql.run(`UPDATE runs SET heartbeat_ms = ${this.sql.nowMs} WHERE id = ?`, [this.runId]);
      if (this.jobId === null) return;
      await renewClaims(this.sql, this.jobId, this.runId, this.leaseMs);
      if (this.owner) {
        const n = await this.sql.run(`UPDATE jobs SET lease_ms = ${this.sql.nowMs} + ? WHERE id = ? AND owner = ? AND phase = 'families'`, [this.leaseMs, this.jobId, this.runId]);
        if (n === 0) this.lost = true;
      }
    } catch (e) {
      this.error ??= e;
    }
  }

  async stop(): Promise<void> {
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
    await this.beating;
  }
}
