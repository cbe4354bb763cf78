import { setTimeout as sleep } from 'node:timers/promises';
import { resolveOptions, type DedupOptions } from '../dedup/options.js';
import { formatFailure, type Lang } from '../messages/index.js';
import { isJsonlPath, readJsonlUnits, type JsonlOptions } from '../read/index.js';
import { buildFamiliesInStore, DEFAULT_FAMILY_MEMORY_MB, type FamilySummary } from './families/index.js';
import { analyze } from './families/units.js';
import { currentStep, decideFinish, DEFAULT_LEASE_MS, finishJob, Heartbeat, joinJob, saveStep } from './job.js';
import { checkBatchOption, defaultLimits, type BatchLimits } from './options.js';
import { WorkerPool } from './pool.js';
import { claim, enqueue, queued, release, type Claim } from './queue.js';
import { readInput, unitInput } from './read-input.js';
import { asError, errorFailure, type DiagnosticRecord, type FileFailure } from './record.js';
import { buildReuseAggregates } from './reuse-aggregate.js';
import { Store, type FileEntry, type FileOutcome, type RunCounts } from './store.js';
import { buildTemplates, DEFAULT_MAX_TEMPLATES, DEFAULT_TEMPLATE_MEMBERS, type TemplateSummary } from './templates.js';
import type { FeatureOptions } from './unit-features.js';
import { GroupWriter } from './writer.js';

export interface BatchOptions extends Partial<BatchLimits> {
  /**
   * The results store: a SQLite file (created when missing, resumed when present) or a
   * postgresql:// URL (a database many processes share; see the README).
   */
  db: string;
  /**
   * The files to analyse; an async iterable is consumed lazily (never all held at once). They are
   * queued in the store, so several processes given the same files share them.
   */
  files: Iterable<string> | AsyncIterable<string>;
  /** How many files `files` holds, when known (for progress and ETA). */
  total?: number;
  /**
   * Where the id and text of each JSON Lines unit are (defaults: see read/jsonl). A JSON Lines file
   * (.jsonl, .ndjson) is one entry of the queue, streamed by the process that claims it, each line
   * analysed and stored as a document of its own, `<file>#<id>`.
   */
  jsonl?: JsonlOptions;
  /** The inputs as the user gave them, recorded in the runs table. */
  inputs?: string[];
  /**
   * file: URL of the module whose `analyzeFile(path, bytes)` each worker runs. Default: the real
   * pipeline (analyze-file.js next to this module). Tests inject their own.
   */
  analyzer?: string | URL;
  /** Options for the analyzer (for the default one: FileAnalysisOptions — encoding, format, reuse thresholds). */
  analyzerOptions?: unknown;
  /**
   * The language of the messages stored with failures and diagnostics (codes and arguments are
   * stored as data too); the default analyzer gets it unless its options name one. Default zh.
   */
  lang?: Lang;
  /** Called after each file is stored or skipped (the CLI prints failures and progress from it). */
  onFile?: (event: FileEvent) => void;
  /** Called when this process waits for others (they hold claims, or build the families). */
  onWait?: (reason: WaitReason) => void;
  /** Called as this process starts a phase (the CLI says so on a terminal). */
  onPhase?: (phase: PhaseStats['phase']) => void;
  /**
   * The machine name recorded for this process (default the host name). A process of the same
   * machine that is gone is taken for dead at once; one of another machine, after its lease.
   */
  host?: string;
  /** Recorded in the runs table. */
  version?: string;
  /**
   * Corpus-wide dedup families after the files (default on), computed in the store within a memory
   * budget (`memoryMb`). Rebuilt only when they are stale (a file was stored after they were built,
   * or none exist).
   */
  families?: false | { dedup?: Partial<DedupOptions>; memoryMb?: number; batchUnits?: number; skipTitle?: boolean };
  /**
   * One template per multi-member family, built in the workers whenever the families are rebuilt
   * (default on; see templates.ts for the limits). Needs families.
   */
  templates?: false | { maxTemplates?: number; maxMembers?: number };
  /** The reuse report's aggregates (recurring passages per document), counted in the store at the end (default on). */
  reuse?: boolean;
  /** file: URL of the template task module (default: template-task next to this module). */
  templater?: string | URL;
  /** Files stored within this many ms share one commit; 0: one commit per file. */
  groupCommitMs?: number;
  /**
   * How long a claim on a file (and the ownership of the last phases) lasts without a heartbeat:
   * after a process dies, others wait this long before taking its work over (a process of the same
   * machine that is gone is noticed at once).
   */
  leaseMs?: number;
}

export type WaitReason = 'claims' | 'queueing' | 'families';

/**
 * A quarter second of files per commit: a commit per file made the store's commit work the
 * bottleneck of the writer thread, and a kill loses at most this much work.
 */
export const DEFAULT_GROUP_COMMIT_MS = 250;
/** Files per commit at most (bounds the records held while a group fills). */
const GROUP_MAX_FILES = 64;
/** Pause between two looks at the queue while other processes hold the remaining work. */
const WAIT_MS = 250;

/**
 * After each file: `ok`/`failed` mean its rows are committed; `skipped` means an earlier run stored
 * it with the same content.
 */
export interface FileEvent {
  path: string;
  status: 'ok' | 'failed' | 'skipped';
  failure?: FileFailure;
  /** The file's own findings (read, split) for an `ok` file: what the CLI warns about. */
  diagnostics?: DiagnosticRecord[];
  bytes: number;
  counts: RunCounts;
}

export interface BatchSummary {
  runId: number;
  /** The job (shared by every process on the same store at the same time). */
  jobId: number;
  counts: RunCounts;
  /** null when families were switched off, nothing changed since they were built, or another process built them. */
  families: FamilySummary | null;
  /** null when templates were switched off or families were not rebuilt by this process. */
  templates: TemplateSummary | null;
  /** True when this process ran the job's last phases (families, templates, reuse aggregates). */
  finalPhases: boolean;
  elapsedMs: number;
  peakRssBytes: number;
  /** Time and memory per phase (files, families, templates, reuse): where a run spends them. */
  phases: PhaseStats[];
}

export interface PhaseStats {
  phase: 'files' | 'families' | 'templates' | 'reuse';
  ms: number;
  /** Peak resident memory of the process by the end of the phase (so the phase that raised it shows). */
  peakRssBytes: number;
}

function phaseEnd(phases: PhaseStats[], phase: PhaseStats['phase'], since: number): number {
  const now = performance.now();
  phases.push({ phase, ms: Math.round(now - since), peakRssBytes: process.resourceUsage().maxRSS * 1024 });
  return now;
}

/** The real per-file analysis, compiled next to this module. */
export function defaultAnalyzer(): string {
  return new URL(import.meta.url.endsWith('.ts') ? './analyze-file.ts' : './analyze-file.js', import.meta.url).href;
}

interface Context {
  store: Store;
  runId: number;
  jobId: number;
  pool: () => WorkerPool;
  options: BatchOptions;
  limits: BatchLimits;
  leaseMs: number;
  heart: Heartbeat;
  counts: RunCounts;
  writer: GroupWriter;
  /** The template limits, checked before the store was opened (null: no templates). */
  templateLimits: { maxTemplates: number; maxMembers: number } | null;
}

/**
 * Queues the inputs (in chunks, as they are listed) and works the queue meanwhile: claims a window
 * of files, reads each, skips it when the store already holds the same content, analyses the rest
 * in the worker pool, and writes each answer with the end of its claim (group commit). Failures are
 * stored and counted, never thrown; only a broken setup (store unusable, analyzer missing) rejects.
 */
async function workFiles(ctx: Context, enumerate: boolean): Promise<number> {
  const { store, limits, counts, options } = ctx;
  let listed = !enumerate;
  /** Units of the JSON Lines files this run took, beyond the one queue entry each file is. */
  let jsonlUnits = 0;
  // Set from callbacks (so typed here, not narrowed to null by the flow analysis).
  let listError = null as Error | null;
  const listing = enumerate
    ? (async () => {
        try {
          let chunk: string[] = [];
          for await (const path of options.files) {
            chunk.push(path);
            if (chunk.length >= 500) {
              await enqueue(store.sql, ctx.jobId, chunk);
              chunk = [];
            }
          }
          await enqueue(store.sql, ctx.jobId, chunk);
          await store.sql.run('UPDATE runs SET enumerated = 1 WHERE id = ?', [ctx.runId]);
        } catch (e) {
          listError = asError(e);
        } finally {
          listed = true;
        }
      })()
    : Promise.resolve();

  let firstError = null as Error | null;
  const lang = options.lang ?? 'zh';
  const emit = (path: string, status: FileEvent['status'], bytes: number, extra: Pick<FileEvent, 'failure' | 'diagnostics'> = {}): void => {
    if (options.onFile === undefined) return;
    options.onFile({ path, status, bytes, counts: { ...counts }, ...extra });
  };
  // Failures are stored in the run's language; their data goes to onFile for any other.
  const localised = (f: FileFailure): FileFailure => (f.error === undefined ? f : { ...f, message: formatFailure(f.error, lang) });
  const answer = (o: Awaited<ReturnType<WorkerPool['run']>>): FileOutcome => {
    const outcome = toOutcome(o);
    return 'ok' in outcome ? outcome : { ...outcome, failed: localised(outcome.failed) };
  };

  // A file leaves the window once its answer is handed to the writer; its claim ends (and it is
  // counted) when its group commits. So at most `window` files are being read or analysed, and at
  // most two windows more wait for their commit (groups fill while one is written).
  const writes = new Set<Promise<void>>();
  const hand = (entry: FileEntry, onWritten: () => void): Promise<void> => {
    const w: Promise<void> = ctx.writer
      .write(entry)
      .then((written) => {
        if (written) onWritten(); // not written: another process took the file over, and counts it
      })
      .catch((e: unknown) => {
        firstError ??= asError(e);
      })
      .finally(() => writes.delete(w));
    writes.add(w);
    return w;
  };

  const record = (path: string, size: number, outcome: FileOutcome): void => {
    if ('ok' in outcome) {
      counts.filesAnalyzed++;
      counts.bytesAnalyzed += size;
      emit(path, 'ok', size, { diagnostics: outcome.ok.diagnostics });
    } else {
      counts.filesFailed++;
      emit(path, 'failed', size, { failure: outcome.failed });
    }
  };

  /**
   * A JSON Lines file: its units streamed (a window of them in flight), each stored as a document of
   * its own (skipped when stored with the same text), its bad lines as failed rows; the file's claim
   * ends once every unit is written. A process taking the file over after a kill skips the units
   * already stored.
   */
  const processJsonl = async (c: Claim): Promise<void> => {
    const sub = new Set<Promise<void>>();
    const written: Array<Promise<void>> = [];
    let units = 0;
    for await (const item of readJsonlUnits(c.path, { maxBytes: limits.maxFileBytes, ...options.jsonl })) {
      while (sub.size >= limits.window) await Promise.race(sub);
      if (firstError !== null) break;
      units++;
      const p: Promise<void> = (async () => {
        if ('problem' in item) {
          const outcome: FileOutcome = { failed: localised(errorFailure(item.problem)) };
          const path = item.problem.path ?? c.path;
          written.push(hand({ meta: { path, hash: '', size: 0 }, outcome }, () => record(path, 0, outcome)));
          return;
        }
        const { meta, bytes, ref } = unitInput(item.unit);
        const known = await store.lookup(meta.path);
        if (known !== undefined && known.status === 'ok' && known.hash === meta.hash) {
          written.push(
            hand({ meta, outcome: 'unchanged' }, () => {
              counts.filesSkipped++;
              emit(meta.path, 'skipped', meta.size);
            }),
          );
          return;
        }
        const outcome = answer(await ctx.pool().run(meta.path, bytes, { unit: ref }));
        written.push(hand({ meta, outcome, stored: known !== undefined }, () => record(meta.path, meta.size, outcome)));
      })()
        .catch((e: unknown) => {
          firstError ??= asError(e);
        })
        .finally(() => sub.delete(p));
      sub.add(p);
    }
    await Promise.all(sub);
    await ctx.writer.flush();
    await Promise.all(written);
    if (firstError !== null) return;
    jsonlUnits += units - 1;
    await hand({ meta: { path: c.path, hash: '', size: 0 }, outcome: 'unchanged', claim: c.id }, () => {});
  };

  const processOne = async (c: Claim, known: { hash: string; status: 'ok' | 'failed' } | undefined): Promise<void> => {
    if (isJsonlPath(c.path)) {
      await processJsonl(c);
      return;
    }
    const input = await readInput(c.path, limits.maxFileBytes);
    const { meta } = input;
    if ('bytes' in input && known !== undefined && known.status === 'ok' && known.hash === meta.hash) {
      // Already stored with this content: only the claim ends.
      void hand({ meta, outcome: 'unchanged', claim: c.id }, () => {
        counts.filesSkipped++;
        emit(c.path, 'skipped', meta.size);
      });
      return;
    }
    const outcome: FileOutcome = 'bytes' in input ? answer(await ctx.pool().run(c.path, input.bytes)) : { failed: localised(input.failure) };
    void hand({ meta, outcome, claim: c.id, stored: known !== undefined }, () => record(c.path, meta.size, outcome));
  };

  // At most `window` files in flight; the first unexpected error (store write failed) stops the run.
  const inflight = new Map<number, Promise<void>>();
  try {
    for (;;) {
      if (firstError !== null) throw firstError;
      if (listError !== null) throw listError;
      const room = limits.window - inflight.size;
      // Claims are taken half a window at a time, unless the workers would run dry: each claim is a
      // write transaction of its own, and one per finished file was a sixth of the main thread's
      // store time in the per-file phase.
      const claiming = room > 0 && (room >= Math.ceil(limits.window / 2) || inflight.size < limits.workers);
      const claims = claiming ? await claim(store.sql, ctx.jobId, ctx.runId, room, ctx.leaseMs) : [];
      // What the store holds of them, in one query (a re-run skips a file whose content it has).
      const stored = claims.length > 0 ? await store.lookupMany(claims.map((c) => c.path)) : new Map<string, { hash: string; status: 'ok' | 'failed' }>();
      for (const c of claims) {
        const p: Promise<void> = processOne(c, stored.get(c.path))
          .catch((e: unknown) => {
            firstError ??= asError(e);
          })
          .finally(() => inflight.delete(c.id));
        inflight.set(c.id, p);
      }
      if (inflight.size === 0 && claims.length === 0) {
        if (listed) break;
        await Promise.race([listing, sleep(20)]);
        continue;
      }
      if (inflight.size >= limits.window || claims.length === 0) await Promise.race(inflight.values());
      // Back-pressure: no more than two windows of files waiting for their commit.
      while (writes.size >= 2 * limits.window) await Promise.race(writes);
    }
    await ctx.writer.flush();
    await Promise.all(writes);
    // Read through a call: the callbacks may have set them since the checks in the loop.
    const failed = (): Error | null => firstError ?? listError;
    let failure = failed();
    if (failure !== null) throw failure;
    await listing;
    failure = failed();
    if (failure !== null) throw failure;
    return jsonlUnits;
  } catch (e) {
    await Promise.allSettled(inflight.values());
    await ctx.writer.flush().catch(() => {});
    await Promise.allSettled(writes);
    await release(store.sql, ctx.runId, [...inflight.keys()]).catch(() => {});
    throw e;
  }
}

function toOutcome(o: Awaited<ReturnType<WorkerPool['run']>>): FileOutcome {
  return 'record' in o ? { ok: o.record } : { failed: o.failure };
}

/** The dedup settings the workers' per-variant features use (those the family phase will use). */
function featureOptions(options: BatchOptions): FeatureOptions | null {
  if (options.families === false) return null;
  const o = resolveOptions(options.families?.dedup ?? {});
  return { shingleSize: o.shingleSize, seed: o.seed, skipTitle: options.families?.skipTitle === true };
}

/**
 * Runs one `plankit batch` process against a store: joins the store's open job (or opens one),
 * queues its inputs, shares the per-file work with every other process of the job, and — if it is
 * the one that finds the per-file work finished — builds the families, their templates and the
 * reuse aggregates. Resumable at every point: a re-run (or another process) finishes what a killed
 * one left.
 */
export async function runBatch(options: BatchOptions): Promise<BatchSummary> {
  const started = performance.now();
  // Every option is checked before the database is touched: misuse is a usage error, not half a run.
  const limits = defaultLimits(options);
  const t = options.templates === false ? null : (options.templates ?? {});
  const templateLimits =
    t === null
      ? null
      : {
          maxTemplates: checkBatchOption('maxTemplates', t.maxTemplates ?? DEFAULT_MAX_TEMPLATES, { kind: 'integer', min: 0 }),
          maxMembers: checkBatchOption('maxMembers', t.maxMembers ?? DEFAULT_TEMPLATE_MEMBERS, { kind: 'integer', min: 2 }),
        };
  const memoryMb = options.families === false ? undefined : options.families?.memoryMb;
  if (memoryMb !== undefined) checkBatchOption('memoryMb', memoryMb, { kind: 'integer', min: 16 });
  const analyzerOptions = options.analyzer === undefined && options.lang !== undefined ? { lang: options.lang, ...asRecord(options.analyzerOptions) } : options.analyzerOptions;
  const store = await Store.open(options.db);
  const leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS;
  let pool: WorkerPool | null = null;
  const getPool = (): WorkerPool =>
    (pool ??= new WorkerPool({
      size: limits.workers,
      analyzer: String(options.analyzer ?? defaultAnalyzer()),
      analyzerOptions,
      ...(options.templater === undefined ? {} : { templater: String(options.templater) }),
      timeoutMs: limits.timeoutMs,
      workerHeapMb: limits.workerHeapMb,
      features: featureOptions(options),
    }));
  let heart: Heartbeat | null = null;
  try {
    const recorded = {
      workers: options.workers,
      maxFileBytes: options.maxFileBytes,
      timeoutMs: options.timeoutMs,
      analyzer: options.analyzer === undefined ? 'pipeline' : String(options.analyzer),
      analyzerOptions: options.analyzerOptions,
    };
    const runId = await store.beginRun(options.inputs ?? [], recorded, options.version ?? 'unknown', null, options.host);
    heart = new Heartbeat(store.sql, runId, null, leaseMs);
    heart.start();
    const counts: RunCounts = { filesSeen: 0, filesAnalyzed: 0, filesSkipped: 0, filesFailed: 0, bytesAnalyzed: 0 };
    const phases: PhaseStats[] = [];
    let families: FamilySummary | null = null;
    let templates: TemplateSummary | null = null;
    let finalPhases = false;
    let jobId = 0;
    let phaseStart = started;
    for (;;) {
      const job = await joinJob(store.sql, runId, leaseMs);
      jobId = job.id;
      heart.setJob(job.id);
      const ctx: Context = {
        store,
        runId,
        jobId: job.id,
        pool: getPool,
        options,
        limits,
        leaseMs,
        heart,
        counts,
        templateLimits,
        writer: new GroupWriter(store, runId, options.groupCommitMs ?? DEFAULT_GROUP_COMMIT_MS, Math.min(GROUP_MAX_FILES, 2 * limits.window)),
      };
      let units = 0;
      if (job.phase === 'files') {
        options.onPhase?.('files');
        units += await workFiles(ctx, true);
        counts.filesSeen = (await queued(store.sql, job.id)) + units;
      }
      for (;;) {
        if (heart.error !== null) throw asError(heart.error);
        const decision = await decideFinish(store.sql, job.id, runId, leaseMs);
        if (decision === 'work') {
          units += await workFiles(ctx, false);
          counts.filesSeen = (await queued(store.sql, job.id)) + units;
          continue;
        }
        if (decision === 'wait') {
          options.onWait?.(job.phase === 'files' ? 'claims' : 'families');
          await sleep(Math.min(WAIT_MS, leaseMs / 4));
          continue;
        }
        if (decision === 'own') {
          if (job.phase === 'files') phaseStart = phaseEnd(phases, 'files', started);
          heart.owner = true;
          finalPhases = true;
          const r = await lastPhases(ctx, phases, phaseStart);
          families = r.families ?? families;
          templates = r.templates ?? templates;
          await finishJob(store.sql, job.id, runId);
          heart.owner = false;
        }
        break;
      }
      if (job.phase === 'files') break;
      // That job was already past its per-file phase when this process came: ours is the next one.
    }
    counts.filesSkipped = Math.max(counts.filesSkipped, counts.filesSeen - counts.filesAnalyzed - counts.filesFailed);
    const elapsedMs = performance.now() - started;
    const peakRssBytes = process.resourceUsage().maxRSS * 1024;
    await heart.stop();
    await store.finishRun(runId, counts, elapsedMs, peakRssBytes);
    return { runId, jobId, counts, families, templates, finalPhases, elapsedMs, peakRssBytes, phases };
  } finally {
    await heart?.stop();
    await (pool as WorkerPool | null)?.close();
    await store.close();
  }
}

/**
 * The job's last phases, run by one process: the deferred indexes, the families (when stale), their
 * templates, and the reuse aggregates. Each step records itself in the job, so a process taking
 * over after a kill goes on from there.
 */
async function lastPhases(ctx: Context, phases: PhaseStats[], since: number): Promise<{ families: FamilySummary | null; templates: TemplateSummary | null }> {
  const { store, options } = ctx;
  let families: FamilySummary | null = null;
  let templates: TemplateSummary | null = null;
  let phaseStart = since;
  await store.ensureIndexes();
  await analyze(store.sql);
  const resumed = await currentStep(store.sql, ctx.jobId);
  const step = resumed.step ?? 'families';
  if (step.startsWith('families') && options.families !== false && (resumed.step !== null || (await store.familiesStale()))) {
    const f = options.families ?? {};
    options.onPhase?.('families');
    families = await buildFamiliesInStore(store, ctx.jobId, ctx.runId, {
      ...(f.dedup === undefined ? {} : { dedup: f.dedup }),
      ...(f.batchUnits === undefined ? {} : { batchUnits: f.batchUnits }),
      skipTitle: f.skipTitle === true,
      memoryMb: f.memoryMb ?? DEFAULT_FAMILY_MEMORY_MB,
      beat: () => ctx.heart.beat(),
    });
    phaseStart = phaseEnd(phases, 'families', phaseStart);
    await saveStep(store.sql, ctx.jobId, 'templates', null);
  }
  const now = await currentStep(store.sql, ctx.jobId);
  if (now.step === 'templates' && ctx.templateLimits !== null) {
    options.onPhase?.('templates');
    templates = await buildTemplates(store, ctx.pool(), { ...ctx.templateLimits, window: ctx.limits.window });
    phaseStart = phaseEnd(phases, 'templates', phaseStart);
  }
  if (options.reuse !== false) {
    options.onPhase?.('reuse');
    await saveStep(store.sql, ctx.jobId, 'reuse', null);
    await buildReuseAggregates(store);
    phaseEnd(phases, 'reuse', phaseStart);
  }
  return { families, templates };
}

function asRecord(v: unknown): Record<string, unknown> {
  return typeof v === 'object' && v !== null ? { ...v } : {};
}
