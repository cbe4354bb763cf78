// npm run bench may run node with --expose-gc: collect garbage outside the timings when it can.
const collect = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

/** Best wall time of `runs` runs of `f`, in seconds (the least disturbed by a shared machine). */
export function bestSeconds(runs: number, f: () => void): number {
  let min = Infinity;
  for (let i = 0; i < runs; i++) {
    collect();
    const t = performance.now();
    f();
    min = Math.min(min, (performance.now() - t) / 1000);
  }
  return min;
}
