import { diffTokens } from '../../align/index.js';
import type { Aligner } from './columns.js';
import { MARKER_KEY } from './stream.js';

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

/** Adjacent edit runs merged into one. */
function merged(runs: Run[]): Run[] {
  const out: Run[] = [];
  for (const r of runs) {
    const last = out[out.length - 1];
    if (last !== undefined && !last.equal && !r.equal) {
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

export function cleanMatches(a: readonly string[], b: readonly string[]): Array<[number, number]> {
  let runs = slideToMarkers(merged(diffTokens(a, b).map((op) => ({ equal: op.op === 'equal', a: op.a, b: op.b }))), a, b);
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
