/**
 * The family phase, computed in the store: corpus-wide dedup families over every stored variant by
 * findDuplicates' rules, within a memory budget whatever the corpus size. Steps (each recorded in
 * the job, so a process taking over after a kill resumes at the last committed one):
 *
 * 1. units      every variant has its features (normalised-text key, shingle count, unit length,
 *               sentence keys; batch workers write them with the variant, other settings get them
 *               here); fam_units: the variants in corpus order with their representative (copies of
 *               one normalised text are compared once); fam_sentences: sentence document
 *               frequencies over the distinct texts (a `GROUP BY`) — boilerplate weighs less.
 * 2. signatures each distinct text weighed once: its shingle weight (centre order) and the LSH band
 *               keys of its weighted MinHash signature, in committed batches.
 * 3. candidates the bucket table candidate pairs come from (`GROUP BY` band key with a cap on
 *               bucket size) and each text's informative sentences.
 * 4. pairs      candidates — counted from in-memory indexes of the buckets and the shared sentences
 *               when they fit their budget, else by the store — verified exactly (weighted
 *               measures, `minShared`) in batches of representatives, related pairs into
 *               fam_pairs — with whether they may link a family (near-duplicate, contained, two
 *               cuts of one text) — with a checkpoint per batch.
 * 5. families   grown from centres along the links (no chaining) and written in one transaction.
 *
 * Below `exhaustiveBelow` distinct texts every pair is verified, as findDuplicates does, so small
 * corpora get exactly its families.
 */
import { resolveOptions, type DedupOptions } from '../../dedup/options.js';
import type { SqlConnection } from '../../store/connection.js';
import { currentStep, saveOwnedStep } from '../job.js';
import type { Store } from '../store.js';
import { clusterAndWrite } from './cluster.js';
import { BandIndex } from './band-index.js';
import { SentencePostings } from './postings.js';
import { SetCache } from './sets.js';
import { writeSignatures } from './signatures.js';
import { buildCandidateTables, buildSentenceTable, buildUnitTable, ensureFeatures } from './units.js';
import { StoreWeights } from './weights.js';
import { verifyAll, verifyBatches } from './verify.js';

export type { RelatedPair } from './rule.js';

/**
 * Memory the family phase may use beyond its per-unit arrays (24 bytes a variant): the shingle-set
 * cache takes most of it (SETS_SHARE), the candidate indexes a part when they fit (INDEX_SHARE:
 * the LSH buckets first, then the shared sentences; one that does not fit is answered by the store),
 * a batch of candidates the rest.
 */
export const DEFAULT_FAMILY_MEMORY_MB = 512;

const SETS_SHARE = 0.6;
const INDEX_SHARE = 0.25;

/** Representatives per verification batch (one checkpoint each). */
const BATCH_UNITS = 2000;

export interface FamilyPhaseOptions {
  dedup?: Partial<DedupOptions>;
  memoryMb: number;
  /** Representatives verified per committed batch (default BATCH_UNITS): the most a kill can lose. */
  batchUnits?: number;
  /** Keeps the process's claims alive between batches. */
  beat?: () => Promise<void>;
  /** Leave the title line of a page without 篇 variants out of its unit (plankit dedup --skip-title). */
  skipTitle?: boolean;
}

export type FamilySummary = {
  status: 'built';
  units: number;
  /** Distinct normalised texts compared. */
  distinct: number;
  families: number;
  multiMember: number;
  /** Related pairs, as findDuplicates reports them: verified pairs of distinct texts, and each copy with its text's first unit. */
  pairs: number;
  /** Candidate pairs verified exactly (by this process, this time). */
  verified: number;
  /** True when every pair was verified (few distinct texts). */
  exhaustive: boolean;
  /** Shingle sets computed from stored texts (the cache's misses), by this process. */
  setsComputed: number;
  /** Where this process spent the phase (seconds): each step, and inside the pairs step its parts. */
  seconds: Record<string, number>;
};

export async function buildFamiliesInStore(store: Store, jobId: number, runId: number, options: FamilyPhaseOptions): Promise<FamilySummary> {
  const sql = store.sql;
  const o = resolveOptions(options.dedup ?? {});
  const skipTitle = options.skipTitle === true;
  const batchUnits = options.batchUnits ?? BATCH_UNITS;
  const beat = options.beat ?? (async () => {});
  let { step, cursor } = await currentStep(sql, jobId);
  const seconds: Record<string, number> = {};
  let clock = performance.now();
  const lap = (name: string): void => {
    const now = performance.now();
    seconds[name] = Math.round(now - clock) / 1000;
    clock = now;
  };
  if (step === null || !step.startsWith('families')) {
    step = 'families:units';
    cursor = null;
  }

  if (step === 'families:units') {
    await ensureFeatures(sql, { shingleSize: o.shingleSize, seed: o.seed, skipTitle });
    await sql.transaction(async (tx) => {
      await buildUnitTable(tx);
      await buildSentenceTable(tx);
      for (const t of ['fam_pairs', 'fam_mass', 'fam_bands', 'fam_buckets']) await tx.run(`DELETE FROM ${t}`);
      await saveOwnedStep(tx, jobId, runId, 'families:signatures', 0);
    });
    step = 'families:signatures';
    cursor = 0;
    await beat();
    lap('units');
  }
  const counts = await unitCounts(sql);
  const exhaustive = counts.distinct <= o.exhaustiveBelow && Math.max(0, counts.distinct - 1) * counts.shingles <= o.exhaustiveWork;
  // Boilerplate weights (the corpus's boilerplate sentences and their shingles), whatever the step.
  const weights = await StoreWeights.load(sql, o, skipTitle);
  const sets = new SetCache(sql, weights, skipTitle, options.memoryMb * SETS_SHARE * 2 ** 20);
  lap('weights');
  if (step === 'families:signatures') {
    await writeSignatures(sql, jobId, runId, cursor ?? 0, sets, o, !exhaustive, batchUnits, beat);
    await saveOwnedStep(sql, jobId, runId, 'families:candidates', null);
    step = 'families:candidates';
    lap('signatures');
  }
  if (step === 'families:candidates') {
    await sql.transaction(async (tx) => {
      if (!exhaustive) await buildCandidateTables(tx, o.maxBucket, o.maxPosting);
      await saveOwnedStep(tx, jobId, runId, 'families:pairs', 0);
    });
    step = 'families:pairs';
    cursor = 0;
    await beat();
    lap('candidate_tables');
  }
  let verified = 0;
  if (step === 'families:pairs') {
    let progress: Awaited<ReturnType<typeof verifyAll>> | null = null;
    if (exhaustive) {
      if ((cursor ?? 0) < Number.MAX_SAFE_INTEGER) {
        const reps = (await sql.all<{ ord: number }>('SELECT ord FROM fam_units WHERE rep = ord ORDER BY ord')).map((r) => Number(r.ord));
        await sql.run('DELETE FROM fam_pairs');
        progress = await verifyAll(sql, jobId, runId, reps, sets, skipTitle, o);
      }
    } else {
      const budget = options.memoryMb * INDEX_SHARE * 2 ** 20;
      const bands = await BandIndex.load(sql, counts.units, o.maxBucket, o.bucketWindow, budget);
      const sentences = await SentencePostings.load(sql, counts.units, o.maxPosting, budget - (bands?.bytes ?? 0));
      lap('candidate_indexes');
      progress = await verifyBatches(sql, jobId, runId, cursor ?? 0, counts.units, batchUnits, sets, skipTitle, o, beat, { bands, sentences });
    }
    verified = progress?.verified ?? 0;
    lap('pairs');
    if (progress !== null) {
      for (const k of ['candidatesMs', 'setsMs', 'verifyMs', 'writeMs'] as const) seconds[`pairs_${k.slice(0, -2)}`] = Math.round(progress[k]) / 1000;
    }
    await saveOwnedStep(sql, jobId, runId, 'families:write', null);
  }
  const written = await clusterAndWrite(sql, counts.units, jobId, runId, sets, o, await store.analysedFiles());
  lap('cluster_and_write');
  // As findDuplicates counts them: the related pairs (verified, or met measuring against a centre), and each copy of a text paired with its first.
  const pairs =
    Number((await sql.get<{ n: number }>('SELECT count(*) AS "n" FROM fam_pairs'))?.n ?? 0) +
    Number((await sql.get<{ n: number }>('SELECT count(*) AS "n" FROM fam_units WHERE rep >= 0 AND rep <> ord'))?.n ?? 0);
  return { status: 'built', units: counts.units, distinct: counts.distinct, families: written.families, multiMember: written.multiMember, pairs, verified, exhaustive, setsComputed: sets.computed, seconds };
}

async function unitCounts(sql: SqlConnection): Promise<{ units: number; distinct: number; shingles: number }> {
  const r = await sql.get<{ units: number; distinct: number; shingles: number }>(
    `SELECT count(*) AS "units", sum(CASE WHEN rep = ord THEN 1 ELSE 0 END) AS "distinct", sum(CASE WHEN rep = ord THEN shingles ELSE 0 END) AS "shingles" FROM fam_units`,
  );
  return { units: Number(r?.units ?? 0), distinct: Number(r?.distinct ?? 0), shingles: Number(r?.shingles ?? 0) };
}
