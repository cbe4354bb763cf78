import { fmix32 } from '../hash.js';
import { PartnerCounter, sortByKey, type CandidateContext, type CandidateIndex, type CandidateSource } from './source.js';

/**
 * MinHash LSH banding: signatures are cut into bands of `bandRows` values; units whose band agrees
 * in full share a bucket and become candidates. A pair of resemblance J meets in some band with
 * probability 1 − (1 − J^r)^b — near-certain for near-duplicates, negligible for unrelated texts.
 * Buckets are sorted runs of one typed array per band (no maps, no pair lists). A bucket larger than
 * `maxBucket` (hundreds of near-copies, or boilerplate-only units) pairs each unit only with its
 * `bucketWindow` neighbours on either side: the family still connects as a chain, and the work stays
 * linear instead of quadratic.
 */
/**
 * The bucket key of band `b` of the signature at `base` (`r` values): what two units must agree on
 * to meet in band b. Exported so that stores keep the same keys (batch writes them per variant).
 */
export function bandKey(signatures: Uint32Array, base: number, b: number, r: number): number {
  let h = b + 1;
  const at = base + b * r;
  for (let t = 0; t < r; t++) h = fmix32((Math.imul(h, 0x01000193) ^ (signatures[at + t] as number)) >>> 0);
  return h;
}

export const lshSource: CandidateSource = {
  name: 'lsh',
  build(ctx: CandidateContext): CandidateIndex {
    const { options: o, signatures } = ctx;
    const n = ctx.sets.length;
    const k = o.permutations;
    const r = o.bandRows;
    const bands = Math.floor(k / r);
    const order = new Uint32Array(bands * n);
    const rank = new Uint32Array(bands * n);
    const runStart = new Uint32Array(bands * n);
    const runEnd = new Uint32Array(bands * n);
    const key = new Uint32Array(n);
    for (let b = 0; b < bands; b++) {
      for (let u = 0; u < n; u++) {
        let h = b + 1;
        const base = u * k + b * r;
        for (let t = 0; t < r; t++) h = fmix32((Math.imul(h, 0x01000193) ^ (signatures[base + t] as number)) >>> 0);
        key[u] = h;
      }
      const sorted = sortByKey(key, n);
      const off = b * n;
      order.set(sorted, off);
      let s = 0;
      for (let p = 1; p <= n; p++) {
        if (p === n || key[sorted[p] as number] !== key[sorted[s] as number]) {
          for (let q = s; q < p; q++) {
            runStart[off + q] = s;
            runEnd[off + q] = p;
            rank[off + (sorted[q] as number)] = q;
          }
          s = p;
        }
      }
    }
    const hits = new PartnerCounter(n);
    return {
      collect(i, sink) {
        hits.start(i);
        for (let b = 0; b < bands; b++) {
          const off = b * n;
          const pos = rank[off + i] as number;
          let s = runStart[off + pos] as number;
          let e = runEnd[off + pos] as number;
          if (e - s === 1) continue;
          if (e - s > o.maxBucket) {
            s = Math.max(s, pos - o.bucketWindow);
            e = Math.min(e, pos + o.bucketWindow + 1);
          }
          for (let q = s; q < e; q++) {
            const j = order[off + q] as number;
            if (j > i) hits.bump(j);
          }
        }
        for (const j of hits.touched) sink.add(j, hits.get(j) / bands);
      },
    };
  },
};
