import type { Span } from '../core/span.js';

/** The two label families a header can carry; every header style maps onto one of them. */
export type LabelKind = '篇' | '范文';

/** What a heuristic reads at the start of a piece of folded text (a trimmed line, or a sentence start). */
export interface HeaderMatch {
  /** The variant number (篇一 → 1). */
  number: number;
  /**
   * The text before the marker ("2023企业工会年度工作计划" in "…计划 篇1"), whitespace and edge
   * punctuation removed; for a prefix form (方案一:X) the title after it. Headers of one page share it.
   */
  stem: string;
  kind: LabelKind;
  /** The title written after the marker on the header line ("篇二：推进数字阅读" → 推进数字阅读), or ''. */
  subtitle: string;
  /** Offset just after the header (a subtitle on the same line included). */
  end: number;
  /** Where the body starts when it is glued onto the header (…方案篇一 为了…), or null. */
  bodyStart: number | null;
  /**
   * A header by its form (篇N, 第N篇, 范文N, 【篇N】, 方案一:X): one such header can stand alone.
   * False for a bare ordinal after a stem (X1, X(一)), which needs the page's evidence.
   */
  strong: boolean;
  /**
   * A second reading when the number is two or three digits that end the marker with a body glued
   * on: "X11 目的" is X1 + "1 目的" as well as X11. The page's ordinal sequence picks (evidence.ts).
   */
  alt?: { number: number; end: number };
}

/** One header style (one file each under heuristics/, listed in order in index.ts). */
export interface HeaderHeuristic {
  name: string;
  /** Reads folded text that starts where a header could start; null when it is not a header of this style. */
  match(text: string): HeaderMatch | null;
  /**
   * A stem must be at least this long unless it repeats the page title. "(2)" alone is an outline
   * marker and "附表(2)" a table caption, so the bare-ordinal styles ask for a real title here.
   */
  minStemChars: number;
}

/** A header found on the page, before the page-wide evidence is weighed. */
export interface HeaderCandidate extends Omit<HeaderMatch, 'end' | 'bodyStart' | 'alt'> {
  /** The heuristic that found it. */
  form: string;
  /** 0-based line index in the page. */
  line: number;
  /** The header text (without a glued body). */
  span: Span;
  /** Offset where a glued body starts, or null when the body starts on the next line. */
  bodyStart: number | null;
  /** The other reading of a glued multi-digit number (see HeaderMatch.alt), as a whole candidate. */
  alt?: HeaderCandidate;
}

/** A line of the page: `span` excludes the line break, `trimmed` also excludes surrounding blanks. */
export interface PageLine {
  span: Span;
  trimmed: Span;
}
