import { isCutOfOneText } from '../../dedup/cuts.js';
import type { DedupOptions } from '../../dedup/options.js';
import { Scratch } from '../../dedup/scratch.js';
import type { SqlConnection } from '../../store/connection.js';
import { saveOwnedStep } from '../job.js';
import { candidatesOf, type Candidate, type CandidateIndexes } from './candidates.js';
import { judgePair, type RelatedPair } from './rule.js';
import type { SetCache } from './sets.js';
import { unitTexts } from './texts.js';

export interface VerifyProgress {
  /** Candidate pairs verified exactly. */
  verified: number;
  /** Where the time went (ms): candidate queries, loading shingle sets, verifying, writing batches. */
  candidatesMs: number;
  setsMs: number;
  verifyMs: number;
  writeMs: number;
  /** Related pairs found. */
  related: number;
}

/**
 * Verifies the candidates of every representative, `batchUnits` ords at a time: candidates from the
 * store, both shingle sets from the cache, the rule's verdict, and the related pairs written to
 * fam_pairs in the same transaction that records how far the phase got. A process killed here
 * resumes after the last committed batch; memory holds one batch's candidates, the set cache and
 * the candidate indexes held in memory (when they fit).
 */
export async function verifyBatches(
  sql: SqlConnection,
  jobId: number,
  runId: number,
  from: number,
  units: number,
  batchUnits: number,
  sets: SetCache,
  skipTitle: boolean,
  o: DedupOptions,
  beat: () => Promise<void>,
  indexes: CandidateIndexes = { bands: null, sentences: null },
): Promise<VerifyProgress> {
  const progress = emptyProgress();
  for (let lo = from; lo < units; lo += batchUnits) {
    const hi = Math.min(units, lo + batchUnits);
    let t = performance.now();
    const candidates = await candidatesOf(sql, lo, hi, o, indexes);
    progress.candidatesMs += performance.now() - t;
    const related = await verifyCandidates(sql, candidates, sets, skipTitle, o, progress);
    t = performance.now();
    await writeBatch(sql, jobId, runId, related, hi);
    progress.writeMs += performance.now() - t;
    await beat();
  }
  return progress;
}

/** Every pair of the representatives (few of them): what in-memory dedup does below exhaustiveBelow. */
export async function verifyAll(sql: SqlConnection, jobId: number, runId: number, reps: number[], sets: SetCache, skipTitle: boolean, o: DedupOptions): Promise<VerifyProgress> {
  const progress = emptyProgress();
  const candidates = new Map<number, Candidate[]>();
  for (let i = 0; i < reps.length; i++) {
    const a = reps[i] as number;
    candidates.set(
      a,
      reps.slice(i + 1).map((b) => ({ a, b, estimate: 1 })),
    );
  }
  const related = await verifyCandidates(sql, candidates, sets, skipTitle, o, progress);
  await writeBatch(sql, jobId, runId, related, Number.MAX_SAFE_INTEGER);
  return progress;
}

function emptyProgress(): VerifyProgress {
  return { verified: 0, related: 0, candidatesMs: 0, setsMs: 0, verifyMs: 0, writeMs: 0 };
}

/** Sets loaded per round at most: the cache keeps them all while they are compared. */
const SETS_PER_ROUND = 4000;

async function verifyCandidates(
  sql: SqlConnection,
  candidates: Map<number, Candidate[]>,
  sets: SetCache,
  skipTitle: boolean,
  o: DedupOptions,
  progress: VerifyProgress,
): Promise<RelatedPair[]> {
  const related: RelatedPair[] = [];
  // Mutual overlaps that may be two cuts of one text: decided from the texts once the round is done.
  const cuts: Array<{ pair: RelatedPair; setA: Uint32Array; setB: Uint32Array }> = [];
  const units = [...candidates.keys()];
  for (let i = 0; i < units.length; ) {
    // A round: as many units as fit with their partners.
    const round: number[] = [];
    const need = new Set<number>();
    while (i < units.length) {
      const a = units[i] as number;
      const list = candidates.get(a) as Candidate[];
      if (round.length > 0 && need.size + list.length + 1 > SETS_PER_ROUND) break;
      need.add(a);
      for (const c of list) need.add(c.b);
      round.push(a);
      i++;
    }
    let t = performance.now();
    await sets.load(need);
    progress.setsMs += performance.now() - t;
    t = performance.now();
    for (const a of round) {
      const setA = sets.get(a);
      for (const c of candidates.get(a) as Candidate[]) {
        progress.verified++;
        const setB = sets.get(c.b);
        const judged = judgePair(c.a, c.b, setA, setB, o);
        if (judged === null) continue;
        const { needsCut, ...pair } = judged;
        related.push(pair);
        if (needsCut) cuts.push({ pair, setA: setA.set, setB: setB.set });
      }
    }
    progress.verifyMs += performance.now() - t;
  }
  if (cuts.length > 0) await decideCuts(sql, cuts, skipTitle, o);
  progress.related += related.length;
  return related;
}

/** Sets `link` on mutual overlaps that are two cuts of one text (dedup/cuts.ts), from their texts. */
export async function decideCuts(sql: SqlConnection, cuts: ReadonlyArray<{ pair: RelatedPair; setA: Uint32Array; setB: Uint32Array }>, skipTitle: boolean, o: DedupOptions): Promise<void> {
  const texts = new Map<number, string>();
  const ords = [...new Set(cuts.flatMap((c) => [c.pair.a, c.pair.b]))];
  await unitTexts(sql, ords, skipTitle, (ord, text) => texts.set(ord, text));
  const scratch = new Scratch();
  for (const { pair, setA, setB } of cuts) {
    pair.link = isCutOfOneText(texts.get(pair.a) as string, setA, texts.get(pair.b) as string, setB, o, scratch);
  }
}

async function writeBatch(sql: SqlConnection, jobId: number, runId: number, related: readonly RelatedPair[], next: number): Promise<void> {
  await sql.transaction(async (tx) => {
    // The step first: a process that lost the phase to another writes nothing.
    await saveOwnedStep(tx, jobId, runId, 'families:pairs', next);
    await tx.insert(
      'fam_pairs',
      ['a', 'b', 'relation', 'resemblance', 'a_in_b', 'b_in_a', 'shared', 'link'],
      related.map((p) => [p.a, p.b, p.relation, p.resemblance, p.aInB, p.bInA, p.shared, p.link ? 1 : 0]),
    );
  });
}
