import type { DedupOptions } from '../options.js';

/** What candidate sources index: the distinct units with at least one shingle. */
export interface CandidateContext {
  /** Sorted weighted shingle entries per unit (identity and weight code, shingles.ts). */
  sets: Uint32Array[];
  /** All MinHash signatures, `options.permutations` values per unit, back to back. */
  signatures: Uint32Array;
  options: DedupOptions;
}

/** Receives candidates for the unit being processed; keeps the best estimate per partner. */
export interface CandidateSink {
  add(j: number, estimate: number): void;
}

export interface CandidateIndex {
  /**
   * Offers candidate partners j > i of unit i to `sink`, with an estimate of how related they are —
   * and also partners j < i when `looksBack(i)` is true (pairs that j's own turn could not find).
   */
  collect(i: number, sink: CandidateSink): void;
  looksBack?(i: number): boolean;
}

/** One way of finding candidate pairs without comparing all pairs. */
export interface CandidateSource {
  name: string;
  build(ctx: CandidateContext): CandidateIndex;
}

/**
 * Reusable per-unit counter over partners: a stamp array marks which slots belong to the current
 * unit, so nothing is cleared between units and memory stays one slot per unit.
 */
export class PartnerCounter {
  private readonly stamp: Int32Array;
  private readonly count: Uint32Array;
  readonly touched: number[] = [];
  private current = -1;

  constructor(n: number) {
    this.stamp = new Int32Array(n).fill(-1);
    this.count = new Uint32Array(n);
  }

  start(i: number): void {
    this.current = i;
    this.touched.length = 0;
  }

  bump(j: number): void {
    if (this.stamp[j] !== this.current) {
      this.stamp[j] = this.current;
      this.count[j] = 0;
      this.touched.push(j);
    }
    this.count[j] = (this.count[j] as number) + 1;
  }

  get(j: number): number {
    return this.stamp[j] === this.current ? (this.count[j] as number) : 0;
  }
}

/**
 * Indices 0..n-1 ordered by 32-bit `key`, ties by index: a stable two-pass LSD radix sort on 16-bit
 * digits — linear time, no comparator calls, two typed arrays of scratch.
 */
export function sortByKey(key: Uint32Array, n: number = key.length): Uint32Array {
  const counts = new Uint32Array(0x10000);
  const tmp = new Uint32Array(n);
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) counts[(key[i] as number) & 0xffff] = (counts[(key[i] as number) & 0xffff] as number) + 1;
  prefixSums(counts);
  for (let i = 0; i < n; i++) {
    const d = (key[i] as number) & 0xffff;
    const at = counts[d] as number;
    tmp[at] = i;
    counts[d] = at + 1;
  }
  counts.fill(0);
  for (let i = 0; i < n; i++) counts[(key[i] as number) >>> 16] = (counts[(key[i] as number) >>> 16] as number) + 1;
  prefixSums(counts);
  for (let t = 0; t < n; t++) {
    const i = tmp[t] as number;
    const d = (key[i] as number) >>> 16;
    const at = counts[d] as number;
    order[at] = i;
    counts[d] = at + 1;
  }
  return order;
}

/** Turns counts into start offsets, in place. */
function prefixSums(counts: Uint32Array): void {
  let sum = 0;
  for (let d = 0; d < counts.length; d++) {
    const c = counts[d] as number;
    counts[d] = sum;
    sum += c;
  }
}
