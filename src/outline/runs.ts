import type { LineCandidate } from './detect.js';

/**
 * 首先/其次/再次/最后 enumerate only as a run that opens with 首先 and has a second member; a
 * line that merely begins with 其次 or 最后 is prose. Other markers between them (items of the
 * points) do not break the run. 最后 gets the number after the one before it.
 */
export function checkSequenceRuns(candidates: LineCandidate[]): void {
  let run: LineCandidate[] = [];
  const close = (): void => {
    if (run.length < 2) for (const c of run) c.dropped = true;
    run = [];
  };
  for (const c of candidates) {
    if (c.match.style !== 'cn-seq') continue;
    if (c.match.ordinal === 1) {
      close();
      run.push(c);
    } else if (run.length > 0 && !run[run.length - 1]?.match.ordinalFollowsRun) {
      if (c.match.ordinalFollowsRun) c.match.ordinal = (run[run.length - 1] as LineCandidate).match.ordinal + 1;
      run.push(c);
    } else {
      c.dropped = true; // 其次 without 首先, or anything after 最后
    }
  }
  close();
}
