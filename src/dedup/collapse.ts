import { hashRange } from './hash.js';
import { normaliseForShingles } from './normalise.js';
import type { DedupOptions } from './options.js';
import { Scratch } from './scratch.js';
import { shingleSet } from './shingles.js';
import type { DedupUnit } from './types.js';

/** Units after collapsing copies: only distinct normalised texts are compared with each other. */
export interface Collapsed {
  /** For each unit, its distinct index, or -1 when it has no shingles (empty or punctuation only). */
  distinctOf: Int32Array;
  /** For each distinct index, the first unit that has that normalised text. */
  representative: number[];
  /** For each distinct index, the sorted unique shingle hashes (views into one shared buffer). */
  sets: Uint32Array[];
}

function equalArrays(a: Uint16Array, b: Uint16Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Normalises and shingles every unit, grouping units whose normalised text is the same (exact hash,
 * confirmed by comparison) so that a thousand copies of one page cost one unit downstream — the
 * group is later reported as a star of pairs around its first member, never as n² pairs.
 *
 * All shingle sets live in one Uint32Array sized by the total text length (a unit never has more
 * shingles than characters): one allocation instead of one per unit.
 */
export function collapseUnits(units: readonly DedupUnit[], o: DedupOptions): Collapsed {
  const distinctOf = new Int32Array(units.length).fill(-1);
  const representative: number[] = [];
  const offsets: number[] = [0];
  let capacity = 1;
  for (const u of units) capacity += u.text.length;
  const pool = new Uint32Array(capacity);
  let used = 0;
  const byKey = new Map<string, number[]>();
  const scratch = new Scratch();
  const other = new Scratch();
  for (let u = 0; u < units.length; u++) {
    const norm = normaliseForShingles((units[u] as DedupUnit).text, 0, undefined, scratch);
    if (norm.length === 0) continue;
    const key = `${hashRange(norm, 0, norm.length, o.seed)}:${hashRange(norm, 0, norm.length, o.seed ^ 0x9e3779b9)}:${norm.length}`;
    const seen = byKey.get(key);
    let found = -1;
    if (seen !== undefined) {
      for (const d of seen) {
        const text = (units[representative[d] as number] as DedupUnit).text;
        if (equalArrays(norm, normaliseForShingles(text, 0, text.length, other))) {
          found = d;
          break;
        }
      }
    }
    if (found >= 0) {
      distinctOf[u] = found;
      continue;
    }
    const d = representative.length;
    representative.push(u);
    const set = shingleSet(norm, o.shingleSize, o.seed, scratch);
    pool.set(set, used);
    used += set.length;
    offsets.push(used);
    distinctOf[u] = d;
    if (seen === undefined) byKey.set(key, [d]);
    else seen.push(d);
  }
  const sets: Uint32Array[] = [];
  for (let d = 0; d < representative.length; d++) sets.push(pool.subarray(offsets[d], offsets[d + 1]));
  return { distinctOf, representative, sets };
}
