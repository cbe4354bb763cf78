import { weightedMeasure, type WeightedSet } from './measure.js';
import type { DedupOptions } from './options.js';
import type { PairMeasure, RelationRule } from './relations/rule.js';
import type { MemberJoin } from './types.js';
import { classify, type VerifiedPair } from './verify.js';

/**
 * Whether a related pair may link a unit into a family: a near-duplicate, a truncated copy
 * (contained), or two cuts of one text — an overlap whose smaller containment also reaches `overlap`
 * and whose two units each hold at least `overlap` of the other as whole paragraphs (`isCut`,
 * cuts.ts). A one-sided overlap (a unit half inside a larger one, the way a stock paragraph or a
 * quoted passage sits in many unrelated plans) never links, nor do two texts of one template.
 */
export function isFamilyLink(p: Pick<VerifiedPair, 'i' | 'j' | 'relation' | 'measure'>, o: DedupOptions, isCut: (i: number, j: number) => boolean): boolean {
  if (p.relation !== 'overlap') return true;
  return Math.min(p.measure.aInB, p.measure.bInA) >= o.overlap && isCut(p.i, p.j);
}

/** Families over the distinct units (copy groups), with how each unit came in. */
export interface Clustering {
  /** Per distinct unit: its family (0, 1 … in the order the centres were taken). */
  familyOf: Int32Array;
  /** Per family: its centre (a distinct unit). */
  centres: number[];
  /** Per distinct unit: the distinct unit it was linked to (−1 for a centre). */
  via: Int32Array;
  /** Per distinct unit: the relation of that link (null for a centre). */
  link: Array<MemberJoin['link'] | null>;
  /** Per distinct unit: its measures against its family's centre (null for a centre). */
  toCentre: Array<PairMeasure | null>;
  /** Related pairs found while checking units against centres that no candidate search had offered. */
  extra: VerifiedPair[];
}

/**
 * Families that do not chain. A family is a set of copies of one plan, so:
 *
 * 1. Only near-duplicate and contained pairs, copies of the same text, and two cuts of one text
 *    (an overlap where each unit holds at least `overlap` of the other as whole paragraphs) link
 *    units; any other overlap is reported but links nothing.
 * 2. Families are grown from centres, most complete unit first (most shingle weight, then most
 *    shingles, then input order): the first unit not yet in a family becomes a centre, and its
 *    family grows along links from members already in it — but a unit is let in only if it is
 *    itself related to the centre (near-duplicate, contained or at least overlapping, by the same
 *    weighted measures and `minShared`). A unit turned away stays free for a later centre.
 *
 * So A ~ B ~ C with A and C unrelated is never one family through B: whichever of them is the centre,
 * the other is not related to it. Two truncated copies of one plan (a head and a tail, sharing
 * little) still join their plan's family, because each lies inside the centre. And a recut copy that
 * keeps most of the plan but adds to it (the seed's 篇2 against 篇1) comes in through a truncated
 * copy inside both of them, since it overlaps the centre.
 *
 * Everything here needs only the related pairs, the centre order and, for a unit reached from a
 * member, one exact measure against the centre — so it can run from pairs and sets kept in a store.
 */
export function clusterFamilies(
  sets: readonly WeightedSet[],
  pairs: readonly VerifiedPair[],
  rules: readonly RelationRule[],
  o: DedupOptions,
  isCut: (i: number, j: number) => boolean,
): Clustering {
  const n = sets.length;
  const adjacency = linkAdjacency(n, pairs.filter((p) => isFamilyLink(p, o, isCut)));
  const byKey = new Map<number, VerifiedPair>();
  for (const p of pairs) byKey.set(p.i * n + p.j, p);

  const order = centreOrder(sets);
  const familyOf = new Int32Array(n).fill(-1);
  const via = new Int32Array(n).fill(-1);
  const link: Clustering['link'] = new Array<MemberJoin['link'] | null>(n).fill(null);
  const toCentre: Clustering['toCentre'] = new Array<PairMeasure | null>(n).fill(null);
  const turnedAwayBy = new Int32Array(n).fill(-1);
  const centres: number[] = [];
  const extra: VerifiedPair[] = [];

  const measureToCentre = (x: number, c: number): PairMeasure => {
    const [i, j] = x < c ? [x, c] : [c, x];
    const known = byKey.get(i * n + j);
    if (known !== undefined) return x < c ? known.measure : swap(known.measure);
    const m = weightedMeasure(sets[x] as WeightedSet, sets[c] as WeightedSet);
    const relation = classify(m, rules, o);
    if (relation !== null) {
      const p: VerifiedPair = { i, j, measure: x < c ? m : swap(m), relation };
      byKey.set(i * n + j, p);
      extra.push(p);
    }
    return m;
  };

  const queue: number[] = [];
  for (const c of order) {
    if (familyOf[c] !== -1) continue;
    const f = centres.length;
    centres.push(c);
    familyOf[c] = f;
    queue.length = 0;
    queue.push(c);
    for (let head = 0; head < queue.length; head++) {
      const y = queue[head] as number;
      for (let e = adjacency.start[y] as number; e < (adjacency.start[y + 1] as number); e++) {
        const x = adjacency.target[e] as number;
        if (familyOf[x] !== -1 || turnedAwayBy[x] === c) continue;
        const m = measureToCentre(x, c);
        if (classify(m, rules, o) === null) {
          turnedAwayBy[x] = c;
          continue;
        }
        familyOf[x] = f;
        via[x] = y;
        link[x] = LINKS[adjacency.relation[e] as number] as MemberJoin['link'];
        toCentre[x] = m;
        queue.push(x);
      }
    }
  }
  return { familyOf, centres, via, link, toCentre, extra };
}

function swap(m: PairMeasure): PairMeasure {
  return { resemblance: m.resemblance, aInB: m.bInA, bInA: m.aInB, shared: m.shared };
}

/** Centres are taken most complete first: most shingle weight, then most shingles, then input order. */
function centreOrder(sets: readonly WeightedSet[]): number[] {
  const order = Array.from({ length: sets.length }, (_, d) => d);
  order.sort((a, b) => {
    const x = sets[a] as WeightedSet;
    const y = sets[b] as WeightedSet;
    return y.mass - x.mass || y.set.length - x.set.length || a - b;
  });
  return order;
}

/** Link relations as small numbers in the adjacency lists. */
const LINKS: ReadonlyArray<MemberJoin['link']> = ['near-duplicate', 'contained', 'overlap'];

/** The family links as adjacency lists, neighbours ascending. */
function linkAdjacency(n: number, pairs: readonly VerifiedPair[]): { start: Uint32Array; target: Uint32Array; relation: Uint8Array } {
  const start = new Uint32Array(n + 1);
  let links = 0;
  for (const p of pairs) {
    start[p.i + 1] = (start[p.i + 1] as number) + 1;
    start[p.j + 1] = (start[p.j + 1] as number) + 1;
    links += 2;
  }
  for (let d = 0; d < n; d++) start[d + 1] = (start[d + 1] as number) + (start[d] as number);
  const fill = start.slice(0, n);
  const target = new Uint32Array(links);
  const relation = new Uint8Array(links);
  for (const p of pairs) {
    const r = LINKS.indexOf(p.relation);
    for (const [a, b] of [
      [p.i, p.j],
      [p.j, p.i],
    ] as const) {
      const at = fill[a] as number;
      target[at] = b;
      relation[at] = r;
      fill[a] = at + 1;
    }
  }
  // Neighbours in ascending order, so the growth of a family does not depend on the pairs' order.
  for (let d = 0; d < n; d++) {
    const s = start[d] as number;
    const e = start[d + 1] as number;
    if (e - s < 2) continue;
    const idx = Array.from({ length: e - s }, (_, k) => s + k).sort((p, q) => (target[p] as number) - (target[q] as number));
    const t = idx.map((k) => target[k] as number);
    const r = idx.map((k) => relation[k] as number);
    target.set(t, s);
    relation.set(r, s);
  }
  return { start, target, relation };
}
