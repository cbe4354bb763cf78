import { stemCore, stemsRelated } from './stems.js';
import { endsLikeTitle } from './title-words.js';
import type { HeaderCandidate, HeaderHeuristic } from './types.js';

/** Heuristics that read the same shape (a stem and a bare ordinal) and so form one run together. */
const FAMILY: Readonly<Record<string, string>> = { 'paren-repeat': 'bare-ordinal', 'stem-ordinal': 'bare-ordinal', 'known-stem': 'bare-ordinal' };

export interface EvidenceOptions {
  /** Numbers above this are not variant numbers ("篇2023" is a year). */
  maxVariantNumber: number;
  /** A run of headers is accepted at this score or above (see scoreRun). */
  minHeaderScore: number;
}

export interface PageEvidence {
  /** Stems of the lines that could be the page title (the first is the likeliest). */
  titleStems: string[];
  /** The count a list heading announces (精选10篇), or null. */
  announced: number | null;
  /** Whether non-chrome text stands between the title and `line` (0-based) — a paragraph, not a page top. */
  textBefore(line: number): boolean;
}

export interface ScoredRun {
  headers: HeaderCandidate[];
  score: number;
  /** The run's stem repeats (a stem of) the page title. */
  repeatsTitle: boolean;
}

/**
 * Weighs the candidates of each header style and stem as a run of variant headers, and returns the
 * best run that reaches `minHeaderScore`, or null. Candidates group by heuristic and stem core;
 * within a group numbering must not go down (a restart means a table of contents came first: the
 * longest run wins, the later one on a tie; equal neighbours stay — a duplicate-label diagnostic).
 *
 * The score adds up the evidence a reader uses:
 * - form: a header by form (篇N, 第N篇, 范文N, 【篇N】, 方案一:X) +2; a bare ordinal after a stem 0;
 * - count: +1 for each header beyond the first (at most +3), +1 when the numbers count up by one,
 *   +0.5 when they start at 1;
 * - stem: +2 when it repeats (a stem of) the page title;
 * - announced count: +1 when a list heading (精选N篇) announces exactly this many;
 * - position: a single header with nothing but the title and chrome above it +1; with a paragraph
 *   above it -1.5 (a lone 第二篇 inside a text is a mention, not a header), -0.5 when it is number 1.
 * Some runs are refused whatever they score: a bare-ordinal stem shorter than the heuristic's
 * minimum that does not repeat the title (附表(1), 附件1), a lone header whose stem neither repeats
 * the title nor reads as a title (阅读第一篇), and prefix headers whose titles read as sentences.
 */
export function bestRun(
  candidates: HeaderCandidate[],
  heuristics: ReadonlyMap<string, HeaderHeuristic>,
  page: PageEvidence,
  o: EvidenceOptions,
): ScoredRun | null {
  const groups = new Map<string, HeaderCandidate[]>();
  for (const c of candidates) {
    if (c.number > o.maxVariantNumber) continue;
    // A numbered line (1.X) is a header candidate only when X repeats the page title; the others are
    // the items of some list (2.安排) and neither join nor break a run of numbered titles.
    if (c.form === 'numbered-title' && !page.titleStems.some((t) => stemsRelated(c.subtitle, t))) continue;
    const key = `${FAMILY[c.form] ?? c.form}\u0000${stemCore(c.stem)}`;
    const g = groups.get(key);
    if (g) g.push(c);
    else groups.set(key, [c]);
  }
  let best: ScoredRun | null = null;
  for (const group of groups.values()) {
    const run = longestRun(pickReadings(group));
    const scored = scoreRun(run, heuristics.get(run[0]?.form ?? ''), page);
    if (scored === null || scored.score < o.minHeaderScore) continue;
    if (best === null || scored.score > best.score || (scored.score === best.score && run.length > best.headers.length)) best = scored;
  }
  return best;
}

export function scoreRun(run: HeaderCandidate[], h: HeaderHeuristic | undefined, page: PageEvidence): ScoredRun | null {
  const first = run[0];
  if (first === undefined) return null;
  const stem = first.stem;
  const repeatsTitle = stem !== '' && page.titleStems.some((t) => stemsRelated(stem, t));
  const strong = run.every((c) => c.strong);
  if (!strong && stem.length < (h?.minStemChars ?? 0) && !repeatsTitle) return null;
  const numbers = run.map((c) => c.number);
  const distinct = new Set(numbers).size;
  if (run.length === 1 && stem !== '' && !repeatsTitle && !endsLikeTitle(stem)) return null;
  if (first.form === 'prefix-ordinal' && !run.every((c) => endsLikeTitle(c.subtitle) || page.titleStems.some((t) => stemsRelated(c.subtitle, t)))) {
    return null;
  }
  // Numbered like outline items (1．X): a run only when every title repeats the page title and the
  // numbers count 1, 2, 3 … with no gap.
  if (first.form === 'numbered-title') {
    const counts = numbers.every((n, i) => n === i + 1);
    if (run.length < 2 || !counts || !run.every((c) => page.titleStems.some((t) => stemsRelated(c.subtitle, t)))) return null;
  }
  let score = strong ? 2 : 0;
  if (distinct >= 2) score += Math.min(run.length - 1, 3);
  if (distinct >= 2 && numbers.every((n, i) => i === 0 || n === (numbers[i - 1] as number) + 1 || n === numbers[i - 1])) score += 1;
  if (numbers[0] === 1) score += 0.5;
  if (repeatsTitle) score += 2;
  if (page.announced !== null && page.announced === run.length) score += 1;
  // A lone header below a paragraph is most likely a mention (第二篇); a lone 篇1 there may be an
  // excerpt under an introduction the chrome rules missed.
  if (run.length === 1) score += !page.textBefore(first.line) ? 1 : numbers[0] === 1 ? -0.5 : -1.5;
  return { headers: run, score, repeatsTitle };
}

/**
 * A candidate with two readings of its number (X11 = X1 + "1…") takes the one the sequence
 * expects: the previous header's number plus one (1 for the first).
 */
function pickReadings(group: HeaderCandidate[]): HeaderCandidate[] {
  const out: HeaderCandidate[] = [];
  for (const c of group) {
    const expected = (out[out.length - 1]?.number ?? 0) + 1;
    out.push(c.alt !== undefined && c.number !== expected && c.alt.number === expected ? c.alt : c);
  }
  return out;
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
