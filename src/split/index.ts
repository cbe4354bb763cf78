import { diagnostic, type Diagnostic } from '../core/diagnostics.js';
import type { Chrome, Document, PageTitle, SplitResult } from '../core/document.js';
import type { Span } from '../core/span.js';
import { findChrome, maskChrome, orderChrome, relatedLists } from './chrome/index.js';
import { findCandidates } from './candidates.js';
import { findHeaders, HEURISTICS } from './headers.js';
import { MatchMemo } from './match-memo.js';
import { isBlankLine, pageLines } from './lines.js';
import { readListHeading } from './list-heading.js';
import { chooseTitle, titleCandidates, titleStem, type TitleCandidate } from './title.js';
import { buildVariants, textEnd } from './variants.js';
import type { HeaderCandidate, PageLine } from './types.js';
import { pushAll } from '../core/push-all.js';

export type { HeaderCandidate, HeaderHeuristic, HeaderMatch, LabelKind } from './types.js';
export { HEURISTICS };
export { maskChrome, maskedDocument } from './chrome/index.js';
export { planSpan } from './plan-span.js';

export interface SplitOptions {
  /** A header (without a glued body) is no longer than this (characters). Default 50. */
  maxHeaderChars?: number;
  /** A title line is no longer than this. Default 60. */
  maxTitleChars?: number;
  /** How many lines at the top of the page are weighed as the title. Default 8. */
  maxTitleCandidates?: number;
  /** Larger numbers are not variant numbers ("篇2023"). Default 200. */
  maxVariantNumber?: number;
  /** A run of headers needs at least this evidence score (see split/evidence.ts). Default 2. */
  minHeaderScore?: number;
  /** Longest line that a chrome phrase (a blurb, a meta line) makes chrome as a whole. Default 200. */
  maxChromeLineChars?: number;
  /** A line at least this long is run-together text (viewer page numbers). Default 200. */
  runTogetherLineChars?: number;
  /**
   * Variant headers are also looked for inside a line at least this long (…方案1一、… run into one
   * line with the variant before it). Default 50.
   */
  headerInLineChars?: number;
}

export const SPLIT_DEFAULTS: Required<SplitOptions> = {
  maxHeaderChars: 50,
  maxTitleChars: 60,
  maxTitleCandidates: 8,
  maxVariantNumber: 200,
  minHeaderScore: 2,
  maxChromeLineChars: 200,
  runTogetherLineChars: 200,
  headerInLineChars: 50,
};

/**
 * split/ entry: the page chrome, the title and the 篇 variants of a page, found on the folded text.
 *
 * 1. Chrome (chrome/): lines and spans of the site, not of the document — breadcrumbs, menus, list
 *    headings, blurbs, counters, viewer page numbers, download buttons, file details, timestamps,
 *    related lists, footers. Everything after works on the text with chrome blanked out.
 * 2. Title: among the title-like lines at the top, the one the headers repeat, else the first that
 *    is more than a bare category name; a list heading only when there is nothing else.
 * 3. Variants: header candidates of every style, weighed by evidence (headers.ts, evidence.ts).
 *    Text between the title and the first header is no variant (a `preamble` info diagnostic);
 *    except when bare-ordinal headers start at 2 and repeat the title ("计划(2)" under "计划"): then
 *    the title line heads variant 1. A page without headers is one variant (label null, id = path)
 *    with a `no-variants` info diagnostic; a page of chrome only has no variant (`chrome-only`).
 * 4. A list heading (精选5篇) announcing another count than found gives `variant-count`.
 */
export function splitVariants(doc: Pick<Document, 'path' | 'text' | 'folded'>, options: SplitOptions = {}): SplitResult {
  const o = { ...SPLIT_DEFAULTS, ...options };
  const folded = doc.folded;
  const rawLines = pageLines(folded);
  const found = findChrome(folded, rawLines, o);
  let chrome = orderChrome([...found.lines.values(), ...found.inline]);
  let masked = maskChrome(folded, chrome);
  let lines = pageLines(masked);

  const candidates = titleCandidates(masked, folded, lines, found.lines, o);
  const titleStems = candidates.map((c) => titleStem(c.text)).filter((s) => s !== '');
  const announced = announcedCount(candidates);
  // Related-article lists: their links may look like headers (…计划 篇3), so they are found first,
  // stopping only at a header that a paragraph follows.
  const memo = new MatchMemo();
  const related = relatedLists(folded, rawLines, found.lines, new Set(findCandidates(masked, lines, HEURISTICS, o, titleStems, memo).map((c) => c.line)), o.maxTitleChars);
  if (related.length > 0) {
    const listed = new Set(related.map((c) => c.span.start));
    chrome = orderChrome([...chrome.filter((c) => !listed.has(c.span.start)), ...related]);
    masked = maskChrome(folded, chrome);
    lines = pageLines(masked);
  }
  const run = findHeaders(masked, lines, { titleStems, announced, titleLines: new Set(candidates.map((c) => c.line)), chromeLines: found.lines }, o, memo);
  const headers: HeaderCandidate[] = run === null ? [] : [...run.headers];

  // The title stands above the first header: a line under it is that variant's own title.
  const firstHeader = headers[0]?.span.start ?? Infinity;
  const above = candidates.filter((c) => c.span.start < firstHeader);
  const chosen = chooseTitle(above, headers.map((h) => h.stem), headers.map((h) => h.span));
  const title: PageTitle | null = chosen === null ? null : { text: doc.text.slice(chosen.span.start, chosen.span.end), span: chosen.span };
  // A list heading that is the page's title line is its title, not chrome.
  if (chosen?.collection === true) chrome = chrome.filter((c) => c.span.start !== chosen.span.start);
  const diagnostics: Diagnostic[] = chromeDiagnostics(folded, chrome);

  if (chrome.length > 0 && !hasContent(masked, title?.span ?? null)) {
    diagnostics.push(diagnostic('chrome-only', 'split/chrome', 'warning', { start: 0, end: folded.length }, { spans: chrome.length }));
    return { title, variants: [], chrome, diagnostics: sortDiagnostics(diagnostics) };
  }

  const afterTitle = chosen !== null ? chosen.line + 1 : 0;
  const bodyFrom = chosen !== null && chosen.span.end < (lines[chosen.line] as PageLine).trimmed.end ? chosen.span.end : (lines[afterTitle]?.span.start ?? folded.length);
  if (headers.length === 0) {
    const body = bodySpan(masked, lines, bodyFrom);
    diagnostics.push(diagnostic('no-variants', 'split/no-variants', 'info', body, {}));
    if (announced !== null && announced !== 1) diagnostics.push(countDiagnostic(candidates, announced, 1));
    return { title, variants: [{ id: doc.path, label: null, index: 0, header: null, body }], chrome, diagnostics: sortDiagnostics(diagnostics) };
  }

  const first = headers[0] as HeaderCandidate;
  if (chosen !== null && run?.repeatsTitle === true && !first.strong && first.number === 2 && hasText(lines, afterTitle, first.line)) {
    headers.unshift({ ...first, number: 1, line: chosen.line, span: chosen.span, bodyStart: null, subtitle: '' });
  } else {
    const preamble = textSpan(masked, bodyFrom, first.span.start);
    if (preamble !== null) diagnostics.push(diagnostic('preamble', 'split/preamble', 'info', preamble, {}));
  }
  const built = buildVariants(doc.path, masked, lines, headers);
  if (announced !== null && announced !== built.variants.length) diagnostics.push(countDiagnostic(candidates, announced, built.variants.length));
  pushAll(diagnostics, built.diagnostics);
  return { title, variants: built.variants, chrome, diagnostics: sortDiagnostics(diagnostics) };
}

function sortDiagnostics(d: Diagnostic[]): Diagnostic[] {
  return d.sort((a, b) => a.span.start - b.span.start);
}

/** The count the first list heading at the top announces (精选5篇), or null. */
function announcedCount(candidates: TitleCandidate[]): number | null {
  for (const c of candidates) {
    const h = readListHeading(c.text);
    if (h !== null) return h.count;
  }
  return null;
}

function countDiagnostic(candidates: TitleCandidate[], announced: number, found: number): Diagnostic {
  const heading = candidates.find((c) => readListHeading(c.text) !== null) as TitleCandidate;
  return diagnostic('variant-count', 'split/list-heading', 'warning', heading.span, { announced, found });
}

/** The page's body when it has no headers: from `from` to its last non-blank character. */
function bodySpan(masked: string, lines: PageLine[], from: number): Span {
  void lines;
  return { start: from, end: textEnd(masked, from, masked.length) };
}

function hasText(lines: PageLine[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isBlankLine(lines[i] as PageLine)) return true;
  return false;
}

/** Span from the first to the last non-blank character of masked[from, to), or null when blank. */
function textSpan(masked: string, from: number, to: number): Span | null {
  let a = from;
  while (a < to && /\s/.test(masked[a] as string)) a++;
  if (a >= to) return null;
  return { start: a, end: textEnd(masked, a, to) };
}

/** Whether the masked text has anything outside the title. */
function hasContent(masked: string, title: Span | null): boolean {
  for (let i = 0; i < masked.length; i++) {
    if (title !== null && i >= title.start && i < title.end) continue;
    if (!/\s/.test(masked[i] as string)) return true;
  }
  return false;
}

/** One `chrome` info diagnostic per block: chrome of one kind with only blanks between. */
function chromeDiagnostics(folded: string, chrome: Chrome[]): Diagnostic[] {
  const blocks: Array<{ kind: Chrome['kind']; span: { start: number; end: number }; spans: number }> = [];
  for (const c of chrome) {
    const b = blocks[blocks.length - 1];
    if (b !== undefined && b.kind === c.kind && folded.slice(b.span.end, c.span.start).trim() === '') {
      b.span.end = c.span.end;
      b.spans++;
    } else {
      blocks.push({ kind: c.kind, span: { start: c.span.start, end: c.span.end }, spans: 1 });
    }
  }
  return blocks.map((b) => diagnostic('chrome', 'split/chrome', 'info', b.span, { kind: b.kind, spans: b.spans }));
}
