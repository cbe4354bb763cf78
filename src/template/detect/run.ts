import { diagnostic, type Diagnostic } from '../../core/diagnostics.js';
import type { Document } from '../../core/document.js';
import { LineIndex } from '../../core/lines.js';
import type { Span } from '../../core/span.js';
import type { Slot } from '../../core/template.js';
import { quoteRegions } from './context.js';
import { labelFor } from './label.js';
import { LabelIndex } from './label-index.js';
import { DEFAULT_SLOT_OPTIONS, type DetectContext, type RawSlot, type SlotDetector, type SlotExclusion, type SlotOptions } from './types.js';

export interface SlotResult {
  slots: Slot[];
  diagnostics: Diagnostic[];
}

/** Kept slots either side of a new slot's place that can clash with it (blanks may share a place). */
const NEIGHBOURS = 3;

function mergeByClaim(a: RawSlot[], b: RawSlot[], claimOf: (x: RawSlot) => Span): RawSlot[] {
  if (b.length === 0) return a;
  const out: RawSlot[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const takeA = j >= b.length || (i < a.length && claimOf(a[i] as RawSlot).start <= claimOf(b[j] as RawSlot).start);
    out.push((takeA ? a[i++] : b[j++]) as RawSlot);
  }
  return out;
}

/** A later slot loses to an earlier one it overlaps, or whose inside it falls in (a blank in 20xx). */
function conflicts(a: Span, b: Span): boolean {
  if (a.start === a.end || b.start === b.end) {
    const [blank, other] = a.start === a.end ? [a, b] : [b, a];
    if (other.start === other.end) return blank.start === other.start;
    return blank.start > other.start && blank.start < other.end;
  }
  return a.start < b.end && b.start < a.end;
}

/** Sorted, merged spans (a blank at `p` is inside [s, e) when s <= p < e; a span inside when it overlaps). */
function mergeSpans(spans: readonly Span[]): Span[] {
  const sorted = spans.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last !== undefined && s.start <= last.end) out[out.length - 1] = { start: last.start, end: Math.max(last.end, s.end) };
    else out.push({ start: s.start, end: s.end });
  }
  return out;
}

function excluded(regions: readonly Span[], s: Span): boolean {
  let lo = 0;
  let hi = regions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((regions[mid] as Span).end <= s.start) lo = mid + 1;
    else hi = mid;
  }
  const r = regions[lo];
  if (r === undefined) return false;
  return s.start === s.end ? r.start <= s.start && s.start < r.end : r.start < s.end;
}

/** Keys of a raw slot that finishedSlot sets itself, or leaves out. */
const SET_AFTER = new Set(['detector', 'parsed', 'claim', 'label']);

/**
 * The slot as reported: the raw slot's own keys in their order, then label, parsed (if any) and
 * detector — what `{ ...rest, label, parsed, detector }` of a rest destructuring gives, without
 * it (V8 runs a rest with excluded keys in its runtime: a tenth of slot detection on a page with
 * many numbers).
 */
function finishedSlot(raw: RawSlot, label: string): Slot {
  const out: Record<string, unknown> = {};
  for (const key in raw) if (!SET_AFTER.has(key)) out[key] = (raw as Record<string, unknown>)[key];
  out.label = label;
  if (raw.parsed !== undefined) out.parsed = raw.parsed;
  out.detector = raw.detector;
  return out as unknown as Slot;
}

/**
 * Runs the detectors in order over `body` of `doc`; slots come back in text order with labels.
 * Slots inside page chrome (`options.chrome`) or a place an exclusion rule finds are left out, and
 * so are slots below `options.minConfidence`.
 */
export function runDetectors(
  detectors: readonly SlotDetector[],
  doc: Document,
  body: Span,
  options: SlotOptions = {},
  exclusions: readonly SlotExclusion[] = [],
): SlotResult {
  const opts = { ...DEFAULT_SLOT_OPTIONS, ...options };
  const diagnostics: Diagnostic[] = [];
  const ctx: DetectContext = {
    doc,
    folded: doc.folded,
    body,
    quotes: quoteRegions(doc.folded, body, opts.quoteNameMaxLength),
    all: opts.all,
    nounHeadWindow: opts.nounHeadWindow,
    tokens: options.tokens,
    outlineMarkers: options.outlineMarkers,
    notBlanks: [],
    disabled: new Set(options.disable ?? []),
    report: (d) => diagnostics.push(d),
  };
  // Kept slots stay sorted by where their claim starts; accepted claims do not overlap, so a new
  // slot can only clash with the few kept around its place (found by binary search).
  let kept: RawSlot[] = [];
  const claimOf = (x: RawSlot): Span => x.claim ?? x.span;
  const rivalOf = (list: readonly RawSlot[], slot: RawSlot): RawSlot | undefined => {
    const c = claimOf(slot);
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (claimOf(list[mid] as RawSlot).start < c.start) lo = mid + 1;
      else hi = mid;
    }
    for (let k = Math.max(0, lo - NEIGHBOURS); k < Math.min(list.length, lo + NEIGHBOURS); k++) {
      const other = list[k] as RawSlot;
      if (conflicts(claimOf(other), c)) return other;
    }
    return undefined;
  };
  const notBlanks = mergeSpans([...(options.chrome ?? []), ...exclusions.filter((x) => !ctx.disabled.has(`exclude/${x.name}`)).flatMap((x) => x.find(ctx))]);
  ctx.notBlanks = notBlanks;
  for (const detector of detectors) {
    if (ctx.disabled.has(detector.name)) continue;
    const added: RawSlot[] = [];
    const found = detector
      .detect(ctx)
      .filter((s) => !excluded(notBlanks, s.span))
      .sort((a, b) => claimOf(a).start - claimOf(b).start || claimOf(a).end - claimOf(b).end);
    for (const slot of found) {
      const rival = rivalOf(kept, slot) ?? rivalOf(added, slot);
      if (rival === undefined) added.push(slot);
      else if (rival.kind !== slot.kind || rival.type !== slot.type) {
        diagnostics.push(
          diagnostic('slot-conflict', 'template/detect', 'info', slot.span, { detector: detector.name, type: slot.type, rivalDetector: rival.detector, rivalType: rival.type }),
        );
      }
    }
    kept = mergeByClaim(kept, added, claimOf);
  }
  kept.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  const lines = new LineIndex(doc.text);
  // The whole lines the body's slots lie on: every clause look-up of labelFor stays inside them.
  const index = LabelIndex.of(
    doc.folded,
    { start: lines.lineStart(lines.lineOf(body.start)), end: lines.lineSpan(lines.lineOf(Math.max(body.start, body.end - 1)), doc.text).end },
    options.tokens,
  );
  const slots = kept
    .filter((raw) => raw.confidence >= opts.minConfidence)
    .map((raw): Slot => {
      const line = lines.lineOf(raw.span.start);
      const lineSpan = lines.lineSpan(line, doc.text);
      const label = raw.label ?? labelFor(raw, doc, lineSpan.start, lineSpan.end, opts.labelMaxLength, options.tokens, index);
      return finishedSlot(raw, label);
    });
  return { slots, diagnostics };
}
