import { diffTokens } from '../../align/index.js';
import type { Aligner } from './columns.js';
import { MARKER_KEY } from './stream.js';
import { pushAll } from '../../core/push-all.js';

/**
 * The production aligner: the align stage's token diff, then a cleanup in the spirit of fast-diff's
 * semantic cleanup — a short match between two edits at least as long is no anchor (a lone 的
 * shared by two rewritten clauses), so a changed phrase stays one difference — with one twist:
 * numbers and placeholders weigh nothing in the edits around a match. Copies differ in their
 * numbers all the time; 2024年 against 20xx年 must keep 年 as the anchor it is.
 */
function weight(key: string): number {
  return key.startsWith('ph:') || /^[0-9.]+$/.test(key) ? 0 : 1;
}

interface Run {
  equal: boolean;
  a: [number, number];
  b: [number, number];
}

function editWeight(run: Run | undefined, a: readonly string[], b: readonly string[]): number {
  if (run === undefined || run.equal) return 0;
  let wa = 0;
  let wb = 0;
  for (let i = run.a[0]; i < run.a[1]; i++) wa += weight(a[i] ?? '');
  for (let j = run.b[0]; j < run.b[1]; j++) wb += weight(b[j] ?? '');
  return Math.max(wa, wb);
}

/** Adjacent edit runs merged into one, adjacent equal runs too; empty runs dropped. */
function merged(runs: Run[]): Run[] {
  const out: Run[] = [];
  for (const r of runs) {
    if (r.a[0] === r.a[1] && r.b[0] === r.b[1]) continue;
    const last = out[out.length - 1];
    if (last !== undefined && last.equal === r.equal) {
      last.a[1] = r.a[1];
      last.b[1] = r.b[1];
    } else out.push({ equal: r.equal, a: [r.a[0], r.a[1]], b: [r.b[0], r.b[1]] });
  }
  return out;
}

/**
 * A passage one side lacks can often be placed in several equally short ways (one more article:
 * "§ text" inserted before the next "§", or "text §" after the last). Slide it to where it starts
 * with an outline marker, so the passage is whole, marker and all.
 */
function slideToMarkers(runs: Run[], a: readonly string[], b: readonly string[]): Run[] {
  return runs.map((run, i) => {
    const before = runs[i - 1];
    const after = runs[i + 1];
    const inA = run.a[1] > run.a[0];
    const inB = run.b[1] > run.b[0];
    if (run.equal || inA === inB || before?.equal !== true || after?.equal !== true) return run;
    const keys = inA ? a : b;
    const [s, e] = inA ? run.a : run.b;
    const room = { left: Math.min(before.a[1] - before.a[0], s), right: after.a[1] - after.a[0] };
    for (let shift = -room.left; shift <= room.right; shift++) {
      if (shift === 0) continue;
      if (!canShift(keys, s, e, shift) || keys[s + shift] !== MARKER_KEY) continue;
      if (keys[s] === MARKER_KEY) break;
      const moved = (r: [number, number]): [number, number] => [r[0] + shift, r[1] + shift];
      before.a[1] += shift;
      before.b[1] += shift;
      after.a[0] += shift;
      after.b[0] += shift;
      return inA ? { equal: false, a: moved(run.a), b: [run.b[0] + shift, run.b[1] + shift] } : { equal: false, a: [run.a[0] + shift, run.a[1] + shift], b: moved(run.b) };
    }
    return run;
  });
}

/** Whether keys[s, e) can move by `shift` with the same text around it (the run is periodic there). */
function canShift(keys: readonly string[], s: number, e: number, shift: number): boolean {
  if (shift < 0) {
    for (let k = -1; k >= shift; k--) if (keys[s + k] !== keys[e + k]) return false;
  } else {
    for (let k = 0; k < shift; k++) if (keys[s + k] !== keys[e + k]) return false;
  }
  return true;
}

/** Below this many tokens (both sides together) one diff is fast enough; above, sentences anchor first. */
const ANCHOR_ABOVE = 4000;

/** Sentences as token ranges: a sentence ends after a token marked as a stop (and at the end). */
function sentences(stops: readonly boolean[], length: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  for (let i = 0; i < length; i++) {
    if (stops[i] === true) {
      out.push([start, i + 1]);
      start = i + 1;
    }
  }
  if (start < length) out.push([start, length]);
  return out;
}

/** Longest increasing subsequence of `xs` (indices into xs), for anchors in order on both sides. */
function increasing(xs: readonly number[]): number[] {
  const tails: number[] = [];
  const prev = new Array<number>(xs.length).fill(-1);
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i] ?? 0;
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((xs[tails[mid] ?? 0] ?? 0) < x) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[i] = tails[lo - 1] ?? -1;
    tails[lo] = i;
  }
  const out: number[] = [];
  for (let i = tails[tails.length - 1] ?? -1; i >= 0; i = prev[i] ?? -1) out.push(i);
  return out.reverse();
}

/**
 * The diff of two long texts, cut at sentences both have once (patience diff): each sentence that
 * occurs once in each side anchors, in order; the stretches between anchors are diffed alone. Myers'
 * diff is quadratic in the differences, and families of long plans differ in whole paragraphs.
 */
function anchoredRuns(a: readonly string[], b: readonly string[], stops: { a: readonly boolean[]; b: readonly boolean[] } | undefined): Run[] {
  const plain = (x0: number, x1: number, y0: number, y1: number): Run[] =>
    diffTokens(a.slice(x0, x1), b.slice(y0, y1)).map((op) => ({ equal: op.op === 'equal', a: [op.a[0] + x0, op.a[1] + x0], b: [op.b[0] + y0, op.b[1] + y0] }));
  if (stops === undefined || a.length + b.length < ANCHOR_ABOVE) return plain(0, a.length, 0, b.length);
  const sa = sentences(stops.a, a.length);
  const sb = sentences(stops.b, b.length);
  const keyOf = (keys: readonly string[], [s, e]: [number, number]): string => keys.slice(s, e).join('\u0001');
  const count = new Map<string, [number, number, number, number]>(); // key → [times in a, times in b, index in a, index in b]
  sa.forEach((r, i) => {
    const k = keyOf(a, r);
    const c = count.get(k) ?? [0, 0, -1, -1];
    count.set(k, [c[0] + 1, c[1], i, c[3]]);
  });
  sb.forEach((r, j) => {
    const k = keyOf(b, r);
    const c = count.get(k);
    if (c !== undefined) count.set(k, [c[0], c[1] + 1, c[2], j]);
  });
  const pairs = [...count.values()].filter((c) => c[0] === 1 && c[1] === 1).map((c) => [c[2], c[3]] as const).sort((x, y) => x[0] - y[0]);
  const anchors = increasing(pairs.map((p) => p[1])).map((k) => pairs[k] as readonly [number, number]);
  const runs: Run[] = [];
  let x = 0;
  let y = 0;
  for (const [i, j] of anchors) {
    const ra = sa[i] as [number, number];
    const rb = sb[j] as [number, number];
    pushAll(runs, plain(x, ra[0], y, rb[0]));
    runs.push({ equal: true, a: [ra[0], ra[1]], b: [rb[0], rb[1]] });
    x = ra[1];
    y = rb[1];
  }
  pushAll(runs, plain(x, a.length, y, b.length));
  return runs;
}

export function cleanMatches(a: readonly string[], b: readonly string[], stops?: { a: readonly boolean[]; b: readonly boolean[] }): Array<[number, number]> {
  let runs = slideToMarkers(merged(anchoredRuns(a, b, stops)), a, b);
  for (let changed = true; changed; ) {
    changed = false;
    for (let i = 1; i + 1 < runs.length; i++) {
      const run = runs[i];
      if (run === undefined || !run.equal) continue;
      const length = run.a[1] - run.a[0];
      if (length <= editWeight(runs[i - 1], a, b) && length <= editWeight(runs[i + 1], a, b)) {
        run.equal = false;
        changed = true;
      }
    }
    if (changed) runs = merged(runs);
  }
  const out: Array<[number, number]> = [];
  for (const r of runs) if (r.equal) for (let k = 0; k < r.a[1] - r.a[0]; k++) out.push([r.a[0] + k, r.b[0] + k]);
  return out;
}

export const alignStageAligner: Aligner = { matchTokens: cleanMatches };
