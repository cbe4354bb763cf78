import { diagnostic, type Diagnostic } from '../core/diagnostics.js';
import type { Document, PageTitle, SplitResult } from '../core/document.js';
import { acceptHeaders } from './accept.js';
import { bracket } from './heuristics/bracket.js';
import { diPian } from './heuristics/di-pian.js';
import { fanwen } from './heuristics/fanwen.js';
import { parenRepeat } from './heuristics/paren-repeat.js';
import { pianSuffix } from './heuristics/pian-suffix.js';
import { isBlankLine, lastTextEnd, pageLines } from './lines.js';
import { readListHeading } from './list-heading.js';
import { findTitleLine, titleStem } from './title.js';
import { buildVariants } from './variants.js';
import type { HeaderCandidate, HeaderHeuristic, PageLine } from './types.js';

export type { HeaderCandidate, HeaderHeuristic, HeaderMatch, LabelKind } from './types.js';

export interface SplitOptions {
  /** A header is a line of its own no longer than this (trimmed, in characters). Default 50. */
  maxHeaderChars?: number;
  /** The first non-blank line is the title when it is no longer than this. Default 60. */
  maxTitleChars?: number;
  /** Headers a style needs on a page, unless one header repeats the title. Default 2. */
  minHeaders?: number;
  /** Larger numbers are not variant numbers ("篇2023"). Default 200. */
  maxVariantNumber?: number;
}

export const SPLIT_DEFAULTS: Required<SplitOptions> = {
  maxHeaderChars: 50,
  maxTitleChars: 60,
  minHeaders: 2,
  maxVariantNumber: 200,
};

/**
 * Header styles, one file each. Every style is tried on the whole page; the one that yields the
 * most accepted headers wins (on a tie, the earlier in this list), so a page is split by ONE style.
 */
export const HEURISTICS: readonly HeaderHeuristic[] = [pianSuffix, diPian, fanwen, bracket, parenRepeat];

/**
 * split/ entry: the page title and the 篇 variants of a page, found on the folded text.
 *
 * - Title: the first non-blank line when it is short and does not read like a sentence.
 * - Variants: see buildVariants. Text between the title and the first header is not a variant; when
 *   it is not blank it is reported as a `preamble` info diagnostic (a table of contents, a site
 *   blurb). Exception: when the headers start at 2 and repeat the title ("计划(2)" under "计划"),
 *   the title line itself heads variant 1 and that text is its body.
 * - A page without headers is one variant (label null, id = path, body = the text after the title)
 *   with a `no-variants` info diagnostic.
 * - A list heading ("工作计划精选5篇") announcing a different count than found gives `variant-count`.
 */
export function splitVariants(doc: Document, options: SplitOptions = {}): SplitResult {
  const o = { ...SPLIT_DEFAULTS, ...options };
  const folded = doc.folded;
  const lines = pageLines(folded);
  const titleLine = findTitleLine(folded, lines, o.maxTitleChars);
  const tStem = titleLine ? titleStem(folded.slice(titleLine.span.start, titleLine.span.end)) : null;

  const headers = chooseHeaders(folded, lines, o, tStem);
  const titleIsHeader = titleLine !== null && headers.some((h) => h.line === titleLine.line);
  const title: PageTitle | null =
    titleLine === null || titleIsHeader ? null : { text: doc.text.slice(titleLine.span.start, titleLine.span.end), span: titleLine.span };
  const afterTitle = title && titleLine ? titleLine.line + 1 : 0;
  const diagnostics: Diagnostic[] = [];

  if (headers.length === 0) {
    const start = lines[afterTitle]?.span.start ?? folded.length;
    const body = { start, end: lastTextEnd(lines, afterTitle, lines.length, start) };
    diagnostics.push(diagnostic('no-variants', 'split/no-variants', 'info', body, {}));
    if (titleLine) checkCount(folded, lines, titleLine.line, titleLine.line + 1, 1, o.maxTitleChars, diagnostics);
    return { title, variants: [{ id: doc.path, label: null, index: 0, header: null, body }], chrome: [], diagnostics };
  }

  const first = headers[0] as HeaderCandidate;
  if (titleLine && title && first.number === 2 && tStem !== null && first.stem === tStem && hasText(lines, afterTitle, first.line)) {
    headers.unshift({ number: 1, stem: first.stem, kind: first.kind, line: titleLine.line, span: titleLine.span });
  } else {
    const preamble = textSpan(lines, afterTitle, first.line);
    if (preamble) {
      diagnostics.push(diagnostic('preamble', 'split/preamble', 'info', preamble, {}));
    }
  }
  const built = buildVariants(doc.path, folded.length, lines, headers);
  checkCount(folded, lines, 0, first.line, built.variants.length, o.maxTitleChars, diagnostics);
  diagnostics.push(...built.diagnostics);
  diagnostics.sort((a, b) => a.span.start - b.span.start);
  return { title, variants: built.variants, chrome: [], diagnostics };
}

function chooseHeaders(folded: string, lines: PageLine[], o: Required<SplitOptions>, tStem: string | null): HeaderCandidate[] {
  const candidates: HeaderCandidate[][] = HEURISTICS.map(() => []);
  lines.forEach((l, line) => {
    const len = l.trimmed.end - l.trimmed.start;
    if (len === 0 || len > o.maxHeaderChars) return;
    const text = folded.slice(l.trimmed.start, l.trimmed.end);
    HEURISTICS.forEach((h, k) => {
      const m = h.match(text);
      if (m) candidates[k]?.push({ ...m, line, span: l.trimmed });
    });
  });
  let best: HeaderCandidate[] = [];
  HEURISTICS.forEach((h, k) => {
    const accepted = acceptHeaders(candidates[k] ?? [], h, { minHeaders: o.minHeaders, maxVariantNumber: o.maxVariantNumber, titleStem: tStem });
    if (accepted.length > best.length) best = accepted;
  });
  return best;
}

function hasText(lines: PageLine[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isBlankLine(lines[i] as PageLine)) return true;
  return false;
}

/** Span from the first to the last non-blank character of lines [from, to), or null when blank. */
function textSpan(lines: PageLine[], from: number, to: number): { start: number; end: number } | null {
  for (let i = from; i < to; i++) {
    const l = lines[i] as PageLine;
    if (!isBlankLine(l)) return { start: l.trimmed.start, end: lastTextEnd(lines, i, to, l.trimmed.start) };
  }
  return null;
}

/** A list heading in lines [from, to) that announces a different number of variants. */
function checkCount(
  folded: string,
  lines: PageLine[],
  from: number,
  to: number,
  found: number,
  maxChars: number,
  out: Diagnostic[],
): void {
  for (let i = from; i < to; i++) {
    const l = lines[i] as PageLine;
    if (isBlankLine(l) || l.trimmed.end - l.trimmed.start > maxChars) continue;
    const heading = readListHeading(folded.slice(l.trimmed.start, l.trimmed.end));
    if (heading === null) continue;
    if (heading.count !== found) {
      out.push(
        diagnostic('variant-count', 'split/list-heading', 'warning', l.trimmed, { announced: heading.count, found }),
      );
    }
    return;
  }
}
