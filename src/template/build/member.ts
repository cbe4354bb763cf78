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
  /** Page chrome inside the body (split's Chrome spans): never template text, never a slot. */
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

export function memberView(m: TemplateMember, slots: readonly Slot[]): MemberView {
  const chrome = (m.chrome ?? []).filter((c) => c.end > m.body.start && c.start < m.body.end);
  const markers = buildOutline(m.document, m.body).items.map((it) => it.markerSpan);
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
