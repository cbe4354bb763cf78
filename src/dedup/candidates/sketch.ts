import { groupByKey } from '../../core/group-by-key.js';
import { CODE_BITS as BITS } from '../shingles.js';
import { WEIGHT_ONE as ONE } from '../weights.js';

// Module-local copies: read once per sampled shingle.
const CODE_BITS = BITS;
const WEIGHT_ONE = ONE;
import { PartnerCounter, sortByKey, type CandidateContext, type CandidateIndex, type CandidateSource } from './source.js';

/**
 * Containment candidates. Resemblance misses truncated copies (a half-length copy has Jaccard ≈ 0.5
 * however faithful), so this path estimates containment directly: every unit keeps the shingles whose
 * hash falls below 2^32 / sketchRate times the shingle's weight — a consistent sample, the same
 * shingle is kept or dropped in every unit, and boilerplate is kept only as often as it weighs — and an inverted index from sampled shingle to units counts, for each unit, how many
 * samples it shares with each other unit. shared / own samples estimates |A∩B| / |A| either way.
 * A sample that more than `maxPosting` units share is boilerplate (stock phrases of the genre): it is
 * left out of both the counts and the denominators, which also bounds the work per unit. The
 * estimate divides by at least `sketchMinSamples`, so a few shared rare shingles are not "containment".
 * A unit with fewer informative samples than that (a short cut made mostly of stock phrases) queries
 * with its rarest samples instead, up to `maxPostingFallback` units each.
 */
export const sketchSource: CandidateSource = {
  name: 'sketch',
  build(ctx: CandidateContext): CandidateIndex {
    const { sets, options: o } = ctx;
    const n = sets.length;
    const limit = Math.floor(0x100000000 / o.sketchRate);
    // A shingle is sampled when its hash is below limit × its weight: the same decision in every unit
    // (weights are per shingle), and boilerplate is sampled as rarely as it weighs. Sets are sorted,
    // so the candidates for the sample are a prefix of each set.
    const prefix = new Uint32Array(n);
    let total = 0;
    for (let u = 0; u < n; u++) {
      const s = sets[u] as Uint32Array;
      let lo = 0;
      let hi = s.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if ((s[mid] as number) < limit) lo = mid + 1;
        else hi = mid;
      }
      prefix[u] = lo;
      let kept = 0;
      for (let t = 0; t < lo; t++) if (isSampled(s[t] as number, limit)) kept++;
      total += kept;
    }
    // Postings: every (value, unit) pair sorted by value, then unit.
    const values = new Uint32Array(total);
    const owners = new Uint32Array(total);
    const order = sortPostings(sets, prefix, limit, total, values, owners);
    const postUnit = new Uint32Array(total);
    const runStart = new Uint32Array(total);
    const runEnd = new Uint32Array(total);
    for (let p = 0; p < total; p++) postUnit[p] = owners[order[p] as number] as number;
    let s = 0;
    for (let p = 1; p <= total; p++) {
      if (p === total || values[order[p] as number] !== values[order[s] as number]) {
        runStart.fill(s, s, p);
        runEnd.fill(p, s, p);
        s = p;
      }
    }
    // Each unit's own positions in the posting order (CSR).
    const { start: unitOffset, items: unitPos } = groupByKey(postUnit, n);
    // Each unit's cap: maxPosting, or — for a unit made mostly of stock phrases, which would have
    // almost nothing left to query with — the posting length of its sketchMinSamples-th rarest
    // sample (at most maxPostingFallback). Such a unit also looks at partners before it, since
    // they queried with the ordinary cap and cannot have seen it.
    const cap = new Uint32Array(n);
    const used = new Uint32Array(n);
    const widened = new Uint8Array(n);
    const lengths: number[] = [];
    for (let u = 0; u < n; u++) {
      lengths.length = 0;
      for (let q = unitOffset[u] as number; q < (unitOffset[u + 1] as number); q++) {
        const p = unitPos[q] as number;
        lengths.push((runEnd[p] as number) - (runStart[p] as number));
      }
      let c = o.maxPosting;
      let k = lengths.filter((len) => len <= c).length;
      if (k < o.sketchMinSamples && lengths.length > k) {
        lengths.sort((x, y) => x - y);
        const wanted = lengths[Math.min(lengths.length, o.sketchMinSamples) - 1] as number;
        if (wanted <= o.maxPostingFallback) {
          c = wanted;
          k = lengths.filter((len) => len <= c).length;
          widened[u] = 1;
        }
      }
      cap[u] = c;
      used[u] = k;
    }
    const shared = new PartnerCounter(n);
    return {
      looksBack: (i) => widened[i] === 1,
      collect(i, sink) {
        const own = used[i] as number;
        if (own === 0) return;
        const limitI = cap[i] as number;
        const back = widened[i] === 1;
        shared.start(i);
        for (let q = unitOffset[i] as number; q < (unitOffset[i + 1] as number); q++) {
          const p = unitPos[q] as number;
          const e = runEnd[p] as number;
          const st = runStart[p] as number;
          if (e - st > limitI) continue;
          for (let x = st; x < e; x++) {
            const j = postUnit[x] as number;
            if (j > i || (back && j !== i)) shared.bump(j);
          }
        }
        for (const j of shared.touched) {
          const c = shared.get(j);
          const other = used[j] as number;
          const estimate = c / Math.max(Math.min(own, other), o.sketchMinSamples);
          if (estimate >= o.sketchCandidate) sink.add(j, estimate);
        }
      },
    };
  },
};

/**
 * Whether a shingle entry is in the sample: its identity-ordered value lies below `limit` scaled by
 * its weight. Values compare with the code bits cleared, so a shingle's place in the order never
 * depends on its weight in one unit.
 */
function isSampled(entry: number, limit: number): boolean {
  const v = (entry & ID_MASK) >>> 0;
  const q = entry & ((1 << CODE_BITS) - 1);
  return v < limit && (q === WEIGHT_ONE || v < (limit * q) / WEIGHT_ONE);
}

const ID_MASK = ~((1 << CODE_BITS) - 1);

/** Fills values/owners with every sampled (value, unit) and returns their order sorted by value, unit. */
function sortPostings(
  sets: Uint32Array[],
  prefix: Uint32Array,
  limit: number,
  total: number,
  values: Uint32Array,
  owners: Uint32Array,
): Uint32Array {
  let w = 0;
  for (let u = 0; u < sets.length; u++) {
    const s = sets[u] as Uint32Array;
    const len = prefix[u] as number;
    for (let t = 0; t < len; t++) {
      if (!isSampled(s[t] as number, limit)) continue;
      values[w] = (s[t] as number) >>> CODE_BITS;
      owners[w] = u;
      w++;
    }
  }
  // Entries are written unit by unit, and the radix sort is stable: units stay ascending per value.
  return sortByKey(values, total);
}
