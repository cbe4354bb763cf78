/**
 * The in-memory shape of a generated fixture page: every line knows what it is (title, variant
 * header, body, chrome, blank) and carries its annotations (outline item, slots, NOT-slots) as
 * columns into its own text. Every later step (script conversion, run-together joining, HTML
 * rendering) moves text and annotations together, so the gold is right by construction.
 */

export type ChromeKind =
  | 'breadcrumb'
  | 'login-menu'
  | 'collection-title'
  | 'editor-blurb'
  | 'read-count'
  | 'viewer-page'
  | 'download'
  | 'file-name'
  | 'timestamp'
  | 'related-list'
  | 'copyright-footer';

export type SlotKind = 'placeholder' | 'hollow' | 'literal';
export type SlotType = 'count' | 'amount' | 'percent' | 'year' | 'date' | 'time' | 'ordinal' | 'org' | 'redacted' | 'text' | 'docno';

export interface Slot {
  column: number;
  length: number;
  value: string;
  kind: SlotKind;
  type: SlotType;
  unit: string;
  must: boolean;
}

/** A number on the page that a template must NOT turn into a blank, and why. */
export interface NotSlot {
  column: number;
  length: number;
  value: string;
  reason: 'collection-count' | 'page-counter' | 'variant-ordinal' | 'outline-marker' | 'article-number' | 'read-count' | 'chrome-number' | 'law-reference';
}

export interface Item {
  column: number;
  marker: string;
  style: string;
  ordinal: number;
  /** Tree position declared by the author (1 = top). */
  depth: number;
}

/** Chrome glued inside a line (a viewer page number in the middle of a word). */
export interface InlineChrome {
  column: number;
  length: number;
  text: string;
  kind: ChromeKind;
}

export interface PageLine {
  text: string;
  role: 'title' | 'header' | 'body' | 'chrome' | 'blank';
  chrome?: ChromeKind;
  /** Variant label (篇N / 范文N) for header and body lines. */
  variant?: string;
  /** Header lines: column where the header starts and where the variant body starts when glued on. */
  headerColumn?: number;
  bodyColumn?: number;
  /** Title line glued to more text: the title's extent. */
  titleColumn?: number;
  titleLength?: number;
  item?: Item;
  /** More items on the same line (run-together text only). */
  moreItems?: Item[];
  slots: Slot[];
  notSlots: NotSlot[];
  inline: InlineChrome[];
  /** Variant starts on this line (a header glued mid-line in run-together text). */
  extraHeaders?: { variant: string; headerColumn: number; bodyColumn: number }[];
}

export function line(text: string, role: PageLine['role'], extra: Partial<PageLine> = {}): PageLine {
  return { text, role, slots: [], notSlots: [], inline: [], ...extra };
}

/** Every annotation that sits at a column of a line, for shifting them together. */
export function shiftAnnotations(l: PageLine, from: number, by: number): void {
  const shift = (c: number): number => (c >= from ? c + by : c);
  if (l.item) l.item.column = shift(l.item.column);
  for (const it of l.moreItems ?? []) it.column = shift(it.column);
  for (const s of l.slots) s.column = shift(s.column);
  for (const n of l.notSlots) n.column = shift(n.column);
  for (const c of l.inline) c.column = shift(c.column);
  if (l.headerColumn !== undefined) l.headerColumn = shift(l.headerColumn);
  if (l.bodyColumn !== undefined && l.bodyColumn > from) l.bodyColumn += by;
  if (l.titleColumn !== undefined) l.titleColumn = shift(l.titleColumn);
  for (const h of l.extraHeaders ?? []) {
    h.headerColumn = shift(h.headerColumn);
    if (h.bodyColumn > from) h.bodyColumn += by;
  }
}

/** Spans on a line that an inserted string must not cut (markers, slots, numbers that are not slots). */
export function protectedSpans(l: PageLine): [number, number][] {
  const spans: [number, number][] = [];
  const items = [...(l.item ? [l.item] : []), ...(l.moreItems ?? [])];
  for (const it of items) spans.push([it.column, it.column + it.marker.length]);
  for (const s of l.slots) spans.push([s.column - 1, s.column + s.length + 1]);
  for (const n of l.notSlots) spans.push([n.column, n.column + n.length]);
  for (const c of l.inline) spans.push([c.column, c.column + c.length]);
  if (l.bodyColumn !== undefined) spans.push([l.headerColumn ?? 0, l.bodyColumn + 1]);
  for (const h of l.extraHeaders ?? []) spans.push([h.headerColumn, h.bodyColumn + 1]);
  if (l.titleColumn !== undefined) spans.push([l.titleColumn, l.titleColumn + (l.titleLength ?? 0) + 1]);
  return spans;
}

export function cloneLine(l: PageLine): PageLine {
  return structuredClone(l);
}
