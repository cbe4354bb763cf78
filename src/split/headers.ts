import type { Chrome } from '../core/document.js';
import { findCandidates, type CandidateOptions } from './candidates.js';
import { MatchMemo } from './match-memo.js';
import { bestRun, type EvidenceOptions, type ScoredRun } from './evidence.js';
import { bracket, bracketFanwen } from './heuristics/bracket.js';
import { diPian } from './heuristics/di-pian.js';
import { fanwen } from './heuristics/fanwen.js';
import { noNumber } from './heuristics/no-number.js';
import { nounSuffix, nounZhi } from './heuristics/noun-ordinal.js';
import { numberedTitle } from './heuristics/numbered-title.js';
import { parenRepeat } from './heuristics/paren-repeat.js';
import { pianSuffix } from './heuristics/pian-suffix.js';
import { prefixOrdinal } from './heuristics/prefix-ordinal.js';
import { knownStemHeuristic, MIN_ORDINAL_STEM_CHARS, stemOrdinal } from './heuristics/stem-ordinal.js';
import { STEM_SENTENCE } from './numbers.js';
import { stemCore } from './stems.js';
import type { HeaderCandidate, HeaderHeuristic, PageLine } from './types.js';

/**
 * Header styles, one file each, in the order they are tried at a place where a header could start
 * (the first that matches there wins). Every style is read on the whole page and the runs are
 * weighed by evidence (evidence.ts); the page is split by the best-scoring run.
 */
export const HEURISTICS: readonly HeaderHeuristic[] = [
  bracket,
  bracketFanwen,
  prefixOrdinal,
  diPian,
  nounZhi,
  fanwen,
  nounSuffix,
  pianSuffix,
  noNumber,
  parenRepeat,
  stemOrdinal,
  numberedTitle,
];

export interface HeaderSearch extends CandidateOptions, EvidenceOptions {}

export interface HeaderContext {
  /** Stems of the title-like lines at the top of the page (and of list headings). */
  titleStems: string[];
  announced: number | null;
  /** Lines the title search offered as titles (not paragraphs above a header). */
  titleLines: ReadonlySet<number>;
  chromeLines: ReadonlyMap<number, Chrome>;
}

/**
 * The variant headers of a page (masked folded text, its lines): candidates of every style, then —
 * with the page title and the stems that bare-ordinal lines repeat as known stems — a second pass
 * that also reads "X1第一、…" and "X(二)" after a known X, and the best run by evidence. `memo`
 * carries the page's earlier header reads (match-memo.ts).
 */
export function findHeaders(text: string, lines: PageLine[], ctx: HeaderContext, o: HeaderSearch, memo: MatchMemo = new MatchMemo()): ScoredRun | null {
  let candidates = findCandidates(text, lines, HEURISTICS, o, ctx.titleStems, memo);
  const known = knownStems(ctx.titleStems, candidates);
  if (known.length > 0) {
    candidates = findCandidates(text, lines, [...HEURISTICS, ...known.map(knownStemHeuristic)], o, known, memo);
  }
  const candidateLines = new Set(candidates.map((c) => c.line));
  const textBefore = (line: number): boolean => {
    for (let i = 0; i < line; i++) {
      const l = lines[i] as PageLine;
      if (l.trimmed.end === l.trimmed.start || ctx.titleLines.has(i) || candidateLines.has(i)) continue;
      return true;
    }
    return false;
  };
  const byName = new Map([...HEURISTICS, knownStemHeuristic('x')].map((h) => [h.name, h]));
  return bestRun(candidates, byName, { titleStems: ctx.titleStems, announced: ctx.announced, textBefore }, o);
}

/** Title stems, and stems that two or more candidates repeat. */
function knownStems(titleStems: string[], candidates: HeaderCandidate[]): string[] {
  // Stems two or more candidates share (X1 … X2, X 篇二 … X 篇三): a header glued to text before it
  // ("…(通用5篇)X 篇一") is read where the stem starts.
  const counts = new Map<string, number>();
  for (const c of candidates) if (c.stem !== '') counts.set(c.stem, (counts.get(c.stem) ?? 0) + 1);
  const stems = new Set<string>();
  for (const t of titleStems.filter((x) => !STEM_SENTENCE.test(x))) {
    const core = stemCore(t);
    if (t.length >= MIN_ORDINAL_STEM_CHARS) stems.add(t);
    if (core.length >= MIN_ORDINAL_STEM_CHARS && core !== t) stems.add(core);
  }
  for (const [stem, n] of counts) if (n >= 2 && stem.length >= MIN_ORDINAL_STEM_CHARS) stems.add(stem);
  return [...stems].sort((a, b) => b.length - a.length);
}
