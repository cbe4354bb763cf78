import { bandKey } from '../../dedup/candidates/lsh.js';
import { writeSignature } from '../../dedup/minhash.js';
import type { DedupOptions } from '../../dedup/options.js';
import type { SqlConnection } from '../../store/connection.js';
import { saveOwnedStep } from '../job.js';
import type { SetCache } from './sets.js';

/** Band b's key as one integer of the store: b × 2^32 + key (unique per band, a safe integer). */
export function storedBandKey(band: number, key: number): number {
  return band * 0x100000000 + key;
}

/**
 * Every representative weighed once, `batchUnits` ords at a time: its shingle weight (fam_mass:
 * centres are taken heaviest first) and, unless every pair is to be verified, the LSH band keys of
 * its weighted MinHash signature (fam_bands) — both depend on the corpus's boilerplate, so they are
 * computed here, after the per-file phase, not by the workers. Each batch commits with the step's
 * cursor: a killed phase resumes after the last one.
 */
export async function writeSignatures(
  sql: SqlConnection,
  jobId: number,
  runId: number,
  from: number,
  sets: SetCache,
  o: DedupOptions,
  bands: boolean,
  batchUnits: number,
  beat: () => Promise<void>,
): Promise<void> {
  const nBands = Math.floor(o.permutations / o.bandRows);
  const signature = new Uint32Array(o.permutations);
  let lo = from;
  for (;;) {
    const reps = (await sql.all<{ ord: number }>('SELECT ord FROM fam_units WHERE ord >= ? AND rep = ord ORDER BY ord LIMIT ?', [lo, batchUnits])).map((r) => Number(r.ord));
    if (reps.length === 0) break;
    await sets.load(reps);
    const mass: Array<[number, number]> = [];
    const keys: Array<[number, number]> = [];
    for (const ord of reps) {
      const w = sets.get(ord);
      mass.push([ord, w.mass]);
      if (!bands) continue;
      writeSignature(w.set, o.permutations, o.seed, signature, 0);
      for (let b = 0; b < nBands; b++) keys.push([storedBandKey(b, bandKey(signature, 0, b, o.bandRows)), ord]);
    }
    lo = (reps[reps.length - 1] as number) + 1;
    await sql.transaction(async (tx) => {
      await saveOwnedStep(tx, jobId, runId, 'families:signatures', lo);
      await tx.insert('fam_mass', ['ord', 'mass'], mass);
      await tx.insert('fam_bands', ['band_key', 'ord'], keys);
    });
    await beat();
  }
}
