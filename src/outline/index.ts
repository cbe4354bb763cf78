import { diagnostic, type Diagnostic } from '../core/diagnostics.js';
import type { Document } from '../core/document.js';
import { usageError } from '../core/errors.js';
import type { Outline, OutlineItem, OutlineStyle } from '../core/outline.js';
import type { Span } from '../core/span.js';
import { detect, type LineCandidate } from './detect.js';
import { conformance } from './gbt.js';
import { inlineItems } from './inline.js';
import { circledRule } from './markers/circled.js';
import { cnDiRule } from './markers/cn-di.js';
import { cnDotRule } from './markers/cn-dot.js';
import { cnDunRule } from './markers/cn-dun.js';
import { cnParenCharRule } from './markers/cn-paren-char.js';
import { cnParenRule } from './markers/cn-paren.js';
import { cnSeqRule } from './markers/cn-seq.js';
import { cnShiRule } from './markers/cn-shi.js';
import { decimalRule } from './markers/decimal.js';
import { decimalBareRule, DOTTED_DECIMAL } from './markers/decimal-bare.js';
import { numDotRule } from './markers/num-dot.js';
import { rereadDecimalsAsNumDot } from './decimal-reread.js';
import { latinDunRule } from './markers/latin-dun.js';
import { latinSpaceRule } from './markers/latin-space.js';
import { numDunRule } from './markers/num-dun.js';
import { numHalfParenRule } from './markers/num-half-paren.js';
import { numParenCharRule } from './markers/num-paren-char.js';
import { numParenRule } from './markers/num-paren.js';
import type { MarkerRule } from './markers/rule.js';
import { articleRule, chapterRule, clauseRule, partRule, sectionRule } from './markers/structural.js';
import { resolveOutlineOptions, type OutlineOptions } from './options.js';
import { dropAttachmentLists } from './attachment-list.js';
import { checkSequenceRuns } from './runs.js';
import { dropTableOfContents } from './toc.js';
import { isRunTogether } from './run-together.js';
import { inlineTitle, lineTitle } from './title.js';
import { tree } from './tree.js';

export type { OutlineOptions } from './options.js';
export { isRunTogether } from './run-together.js';

/**
 * Whether a whole document is run together (see run-together.ts), decided once for all its variants
 * so a short variant of a joined page is read like the rest. What `runTogether: 'auto'` uses per body.
 */
export function documentRunTogether(doc: Document, options?: OutlineOptions): boolean {
  const opts = resolveOutlineOptions(options);
  if (opts.runTogether !== 'auto') return opts.runTogether;
  const key = `${opts.runTogetherMinMarkers}/${opts.runTogetherMinShare}/${opts.articleLinesMinShare}/${opts.maxArabicOrdinal}`;
  let cached = runTogetherCache.get(doc);
  if (cached === undefined) runTogetherCache.set(doc, (cached = new Map<string, boolean>()));
  let v = cached.get(key);
  if (v === undefined) {
    v = isRunTogether(doc.folded, { start: 0, end: doc.folded.length }, MARKER_RULES, opts);
    cached.set(key, v);
  }
  return v;
}
const runTogetherCache = new WeakMap<Document, Map<string, boolean>>();

/** Lines of the body that hold more than one item's worth of text: how a run-together page looks. */
function longLines(text: string, body: Span): number {
  let n = 0;
  for (let pos = body.start; pos < body.end; ) {
    const nl = text.indexOf('\n', pos);
    const end = nl === -1 || nl > body.end ? body.end : nl;
    if (end - pos >= LONG_LINE_CHARS) n++;
    pos = end + 1;
  }
  return n;
}
/** A line this long in a run-together text holds several paragraphs. */
const LONG_LINE_CHARS = 200;
export { DEFAULT_OUTLINE_OPTIONS } from './options.js';
export type { GbtDeviation, GbtReport, MarkerRewrite, Outline, OutlineItem, OutlineKind, OutlineStyle } from '../core/outline.js';

/**
 * Marker rules in the order they are tried at a line start; the first match wins. 第X章/条 before
 * 第一，; 1.1 before 1.; the rest do not overlap.
 */
export const MARKER_RULES: readonly MarkerRule[] = [
  partRule, chapterRule, sectionRule, articleRule, clauseRule,
  cnDiRule,
  cnDunRule, cnDotRule, cnShiRule,
  cnParenRule, cnParenCharRule,
  decimalRule, numDunRule, numDotRule, numHalfParenRule,
  numParenRule, numParenCharRule,
  circledRule,
  latinDunRule, latinSpaceRule,
  cnSeqRule,
];

const RULES_BY_STYLE: ReadonlyMap<OutlineStyle, MarkerRule> = new Map(MARKER_RULES.map((r) => [r.style, r]));

/** The rules for a document numbered 1 / 1.1 / 1.1.1, where "1 目的" is a marker too (after 1.1, before 1.). */
const DECIMAL_DOCUMENT_RULES: readonly MarkerRule[] = [...MARKER_RULES.slice(0, MARKER_RULES.indexOf(decimalRule) + 1), decimalBareRule, ...MARKER_RULES.slice(MARKER_RULES.indexOf(decimalRule) + 1)];

/**
 * outline/ entry: the numbering of one variant body as a tree. Works on `doc.folded` (Simplified,
 * half-width, so （一） and (一) are one form); markers and titles are sliced from `doc.text`.
 * Linear in the body length: one pass over the lines, one forward regex scan for inline markers,
 * and a stack for the tree.
 */
export function buildOutline(doc: Document, body: Span, options?: OutlineOptions): Outline {
  if (!(body.start >= 0 && body.start <= body.end && body.end <= doc.folded.length)) {
    throw usageError('range-outside-text', { what: 'outline-body', start: body.start, end: body.end, length: doc.folded.length });
  }
  const opts = resolveOutlineOptions(options);
  // 'auto' decides on the whole document, once: a short variant of a joined page reads like the rest.
  const runTogether = documentRunTogether(doc, opts);
  const rules = DOTTED_DECIMAL.test(doc.folded.slice(body.start, body.end)) ? DECIMAL_DOCUMENT_RULES : MARKER_RULES;
  const { candidates, inlineLines, midLine } = detect(doc.folded, body, rules, opts, runTogether);
  rereadDecimalsAsNumDot(candidates, doc.folded);
  dropAttachmentLists(candidates, doc.folded, body);
  checkSequenceRuns(candidates);
  dropTableOfContents(candidates, doc.folded, opts.headingMaxChars);

  // Candidates that survived the run checks; raw index → kept index (exact, and nearest before).
  const kept: LineCandidate[] = [];
  const exact: Array<number | null> = [];
  const nearest: Array<number | null> = [];
  let droppedBefore = false; // a dropped marker line (a lone 其次) is an unnumbered paragraph
  for (const c of candidates) {
    if (c.dropped) droppedBefore = true;
    else {
      if (droppedBefore) c.afterBody = true;
      droppedBefore = false;
      kept.push(c);
    }
    exact.push(c.dropped ? null : kept.length - 1);
    nearest.push(kept.length === 0 ? null : kept.length - 1);
  }
  const { items: lineItems, diagnostics: treeDiagnostics } = tree(kept, doc.text, opts);
  const { inline, diagnostics: inlineDiagnostics } = inlineItems(
    inlineLines,
    (raw) => (raw === null ? null : (exact[raw] ?? null)),
    (raw) => (raw === null ? null : (nearest[raw] ?? null)),
    lineItems,
    doc.text,
    opts,
  );

  // Merge line-start and inline items in text order; inline items never own others.
  const items: OutlineItem[] = [];
  const lineIndexMap: number[] = new Array<number>(lineItems.length);
  let j = 0;
  const pushLine = (k: number): void => {
    const li = lineItems[k] as (typeof lineItems)[number];
    const { kind, titleSpan } = lineTitle(li, doc.folded, opts);
    const c = li.cand;
    lineIndexMap[k] = items.length;
    const item: OutlineItem = {
      span: { start: c.markerStart, end: c.contentEnd },
      markerSpan: { start: c.markerStart, end: c.match.end },
      marker: doc.text.slice(c.markerStart, c.match.end),
      style: c.match.style,
      ordinal: c.match.ordinal,
      depth: li.depth,
      parent: li.parent === null ? null : (lineIndexMap[li.parent] as number),
      kind,
      titleSpan,
      renumbered: li.renumbered,
    };
    if (c.match.malformed !== undefined) item.malformed = true;
    items.push(item);
  };
  for (let k = 0; k < lineItems.length; k++) {
    const start = (lineItems[k] as (typeof lineItems)[number]).cand.markerStart;
    for (; j < inline.length && (inline[j] as (typeof inline)[number]).hit.at < start; j++) pushInline(j);
    pushLine(k);
  }
  for (; j < inline.length; j++) pushInline(j);

  function pushInline(k: number): void {
    const it = inline[k] as (typeof inline)[number];
    const titleSpan = inlineTitle(doc.folded, it.hit.match.end, it.end);
    items.push({
      span: { start: it.hit.at, end: Math.max(titleSpan.end, it.hit.match.end) },
      markerSpan: { start: it.hit.at, end: it.hit.match.end },
      marker: doc.text.slice(it.hit.at, it.hit.match.end),
      style: it.hit.match.style,
      ordinal: it.hit.match.ordinal,
      depth: it.depth,
      parent: it.parent === null ? null : (lineIndexMap[it.parent] as number),
      kind: 'inline',
      titleSpan,
      renumbered: it.renumbered,
    });
  }

  const diagnostics: Diagnostic[] = [...treeDiagnostics, ...inlineDiagnostics];
  if (midLine > 0) diagnostics.push(diagnostic('run-together', 'outline/run-together', 'info', body, { items: midLine, longLines: longLines(doc.folded, body) }));
  diagnostics.sort((a, b) => a.span.start - b.span.start);
  return { items, diagnostics, conformance: conformance(items, doc.folded, RULES_BY_STYLE) };
}
