import type { HeaderCandidate, HeaderHeuristic } from './types.js';

export interface AcceptOptions {
  /** Headers a page needs before a style counts, unless a single header repeats the title. */
  minHeaders: number;
  /** Numbers above this are not variant numbers ("篇2023" is a year). */
  maxVariantNumber: number;
  /** The page title reduced to a stem (see titleStem), or null. */
  titleStem: string | null;
}

/**
 * The page-wide guard against false positives: a heuristic's candidates only become headers when
 * they look like a set of headers.
 * 1. Candidates are grouped by stem; headers of one page repeat the same stem (often the title).
 * 2. Within a group, numbering must not go down: a restart (篇1 篇2 篇3 … 篇1 篇2 篇3) means a
 *    table of contents precedes the variants, so the longest run wins, the later one on a tie.
 *    Equal neighbours (篇2 篇2) stay: they become a duplicate-label diagnostic, not a lost variant.
 * 3. A run counts when it has at least `minHeaders` headers with two or more distinct numbers, or
 *    when its stem repeats the page title (then one header suffices: "计划 篇1" under "计划").
 * 4. Stems shorter than the heuristic's `minStemChars` must repeat the title.
 * The largest accepted group wins; on a tie, the one that starts first.
 */
export function acceptHeaders(
  candidates: HeaderCandidate[],
  heuristic: HeaderHeuristic,
  options: AcceptOptions,
): HeaderCandidate[] {
  const groups = new Map<string, HeaderCandidate[]>();
  for (const c of candidates) {
    if (c.number > options.maxVariantNumber) continue;
    const g = groups.get(c.stem);
    if (g) g.push(c);
    else groups.set(c.stem, [c]);
  }
  let best: HeaderCandidate[] = [];
  for (const [stem, group] of groups) {
    const repeatsTitle = stem !== '' && stem === options.titleStem;
    if (stem.length < heuristic.minStemChars && !repeatsTitle) continue;
    const run = longestRun(group);
    const distinct = new Set(run.map((c) => c.number)).size;
    const ok = repeatsTitle || (run.length >= options.minHeaders && distinct >= 2);
    if (!ok) continue;
    if (run.length > best.length || (run.length === best.length && (run[0]?.line ?? 0) < (best[0]?.line ?? 0))) best = run;
  }
  return best;
}

/** Splits at every drop in numbering and keeps the longest run (the last one on a tie). */
function longestRun(group: HeaderCandidate[]): HeaderCandidate[] {
  let best: HeaderCandidate[] = [];
  let run: HeaderCandidate[] = [];
  for (const c of group) {
    const prev = run[run.length - 1];
    if (prev !== undefined && c.number < prev.number) {
      if (run.length >= best.length) best = run;
      run = [];
    }
    run.push(c);
  }
  return run.length >= best.length ? run : best;
}
