import type { Document } from '../../core/document.js';
import { overlaps, type Span } from '../../core/span.js';
import type { Slot } from '../../core/template.js';
import { buildOutline } from '../../outline/index.js';
import { atomsOf, type Atom } from './stream.js';

/** One variant of a family, as the template builder is given it. */
export interface TemplateMember {
  /** The variant id (`a.txt#篇2`). */
  id: string;
  document: Document;
  /** The variant's body span in the document. */
  body: Span;
  /**
   * Page chrome inside the body (split's Chrome spans): never template text, never a slot. Chrome
   * blanked in the document's folded text (the content view) is left out as well.
   */
  chrome?: readonly Span[];
  /** Detected slots of the body (detectSlots is run when absent). */
  slots?: readonly Slot[];
}

/** What the fold reads of a member: its text, atoms, owner slots and outline markers, and its columns. */
export interface MemberView {
  id: string;
  document: Document;
  text: string;
  folded: string;
  body: Span;
  chrome: readonly Span[];
  atoms: Atom[];
  /** Detected slots, minus those in chrome or on an outline marker (numbering is never a field). */
  slots: Slot[];
  /** Spans of its outline markers, at line starts (一、 （四） 1.) and inside paragraphs (…；二是). */
  markers: Span[];
  /** columnOf[atom]: the alignment column of each atom (set once aligned). */
  columnOf: Int32Array;
  /** next[c]: its first atom in a column ≥ c (set once aligned). */
  next: Int32Array;
}

/**
 * Chrome the content view shows (pipeline's Analysis.content, a batch store's folded body): a
 * character that is blank in the folded text but not in the text was blanked out by split/. Folding
 * itself only turns blanks (a wide space, a CR) into spaces.
 */
export function maskedSpans(text: string, folded: string, body: Span): Span[] {
  const out: Span[] = [];
  let from = -1;
  for (let i = body.start; i <= body.end; i++) {
    const masked = i < body.end && folded.charCodeAt(i) === 0x20 && !/\s/.test(text[i] ?? ' ');
    if (masked && from < 0) from = i;
    if (!masked && from >= 0) {
      out.push({ start: from, end: i });
      from = -1;
    }
  }
  return out;
}

/** The spans of the outline markers of a member's body. */
export function outlineMarkersOf(m: TemplateMember): Span[] {
  return buildOutline(m.document, m.body).items.map((it) => it.markerSpan);
}

/** `markers`: outlineMarkersOf(m), when the caller has read them already. */
export function memberView(m: TemplateMember, slots: readonly Slot[], markers: Span[] = outlineMarkersOf(m)): MemberView {
  const given = (m.chrome ?? []).filter((c) => c.end > m.body.start && c.start < m.body.end);
  const chrome = [...given, ...maskedSpans(m.document.text, m.document.folded, m.body)].sort((a, b) => a.start - b.start);
  const kept = slots.filter((s) => !chrome.some((c) => overlaps(c, s.span) || (s.span.start === s.span.end && c.start < s.span.start && s.span.start < c.end)) && !markers.some((k) => overlaps(k, s.span)));
  return {
    id: m.id,
    document: m.document,
    text: m.document.text,
    folded: m.document.folded,
    body: m.body,
    chrome,
    atoms: atomsOf(m.document.text, m.body, chrome),
    slots: kept,
    markers,
    columnOf: new Int32Array(0),
    next: new Int32Array(0),
  };
}
