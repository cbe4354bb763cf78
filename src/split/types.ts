import type { Span } from '../core/span.js';

/** The two label families a header can carry; every header style maps onto one of them. */
export type LabelKind = '篇' | '范文';

/** What a heuristic reads off one trimmed, folded line. */
export interface HeaderMatch {
  /** The variant number (篇一 → 1). */
  number: number;
  /**
   * The text before the marker ("2023企业工会年度工作计划" in "…计划 篇1"), whitespace removed.
   * Headers of one page share it; a subtitle after the marker is not part of it.
   */
  stem: string;
  kind: LabelKind;
}

/** One header style (one file each under heuristics/, listed in order in index.ts). */
export interface HeaderHeuristic {
  name: string;
  /** Reads a trimmed line of the folded text; null when the line is not a header of this style. */
  match(line: string): HeaderMatch | null;
  /**
   * A stem must be at least this long unless it repeats the page title. "(2)" alone is an outline
   * marker and "附表(2)" a table caption, so the repeat-title style asks for a real title here.
   */
  minStemChars: number;
}

/** A line that matched a heuristic, before the page-wide consistency checks. */
export interface HeaderCandidate extends HeaderMatch {
  /** 0-based line index in the page. */
  line: number;
  /** The header line, surrounding whitespace trimmed. */
  span: Span;
}

/** A line of the page: `span` excludes the line break, `trimmed` also excludes surrounding blanks. */
export interface PageLine {
  span: Span;
  trimmed: Span;
}
