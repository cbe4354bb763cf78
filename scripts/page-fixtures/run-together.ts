/**
 * Document-sharing dumps (豆丁 / 原创力 / 人人文库 text layers): paragraphs joined into very long
 * lines, cut every few hundred characters wherever the viewer's page ended (mid-word), each piece
 * numbered "2、" "3、" by the viewer, and page numbers glued into words ("公3、司").
 *
 * Works on finished, annotated lines: every annotation moves with its characters, so the gold of the
 * run-together page is the gold of the well-formed page, re-addressed.
 */
import { cloneLine, line, protectedSpans, type InlineChrome, type Item, type NotSlot, type PageLine, type Slot } from './model.js';

export interface RunTogetherOptions {
  /** Index of the first line to join (earlier lines stay as they are: viewer chrome above the dump). */
  from: number;
  /** Index after the last line to join (default: up to the trailing chrome). */
  to?: number;
  /** Characters per viewer piece (the cut is moved forward until it cuts no annotation). */
  pieceChars: number;
  /** Number each piece "1、" "2、" … at its start (the viewer's chunk numbers). */
  numberPieces: boolean;
  /** Glue page numbers "N、" into the middle of a piece every this many characters (0 = never). */
  gluedPageEvery?: number;
  /** What joins two paragraphs ('' in most dumps, ' ' in some). */
  joiner?: string;
}

interface Flat {
  text: string;
  items: Item[];
  slots: Slot[];
  notSlots: NotSlot[];
  inline: InlineChrome[];
  headers: { variant: string; headerColumn: number; bodyColumn: number }[];
  title?: { column: number; length: number };
  protect: [number, number][];
}

function flatten(lines: PageLine[], joiner: string): Flat {
  const f: Flat = { text: '', items: [], slots: [], notSlots: [], inline: [], headers: [], protect: [] };
  for (const src of lines) {
    if (src.role === 'blank' || src.text.trim() === '') continue;
    const l = cloneLine(src);
    const lead = l.text.length - l.text.trimStart().length;
    const text = l.text.trim();
    const base = f.text.length + (f.text === '' ? 0 : joiner.length) - lead;
    if (f.text !== '') f.text += joiner;
    const at = (c: number): number => c + base;
    for (const it of [...(l.item ? [l.item] : []), ...(l.moreItems ?? [])]) f.items.push({ ...it, column: at(it.column) });
    for (const s of l.slots) f.slots.push({ ...s, column: at(s.column) });
    for (const n of l.notSlots) f.notSlots.push({ ...n, column: at(n.column) });
    for (const c of l.inline) f.inline.push({ ...c, column: at(c.column) });
    if (l.role === 'header') {
      const h = { variant: l.variant as string, headerColumn: at(l.headerColumn ?? lead), bodyColumn: at(l.bodyColumn ?? l.text.length) };
      f.headers.push(h);
      f.protect.push([h.headerColumn - 1, h.bodyColumn + 1]); // a viewer cut never splits a header from its body
    }
    if (l.role === 'title') {
      f.title = { column: at(lead), length: text.length };
      f.protect.push([at(lead) - 1, at(lead) + text.length + 1]);
    }
    if (l.role === 'chrome') f.inline.push({ column: at(lead), length: text.length, text, kind: l.chrome as InlineChrome['kind'] });
    for (const [a, b] of protectedSpans(l)) f.protect.push([at(a), at(b)]);
    f.text += text;
  }
  return f;
}

function cutsAnything(f: Flat, c: number): boolean {
  return f.protect.some(([a, b]) => c > a && c < b) || f.inline.some((x) => c > x.column && c < x.column + x.length);
}

function safeAfter(f: Flat, c: number): number {
  while (c < f.text.length && cutsAnything(f, c)) c++;
  return c;
}

/** Insert `s` at column c of the flat text, shifting everything at or after c. */
function insertFlat(f: Flat, c: number, s: string, kind: InlineChrome['kind']): void {
  f.text = f.text.slice(0, c) + s + f.text.slice(c);
  const sh = (x: number): number => (x >= c ? x + s.length : x);
  for (const it of f.items) it.column = sh(it.column);
  for (const x of f.slots) x.column = sh(x.column);
  for (const x of f.notSlots) x.column = sh(x.column);
  for (const x of f.inline) x.column = sh(x.column);
  for (const h of f.headers) {
    h.headerColumn = sh(h.headerColumn);
    h.bodyColumn = sh(h.bodyColumn);
  }
  if (f.title) f.title.column = sh(f.title.column);
  f.protect = f.protect.map(([a, b]) => [sh(a), sh(b)]);
  f.inline.push({ column: c, length: s.length, text: s, kind });
  f.notSlots.push({ column: c, length: s.length - 1, value: s.slice(0, -1), reason: 'page-counter' });
}

export function runTogether(lines: PageLine[], o: RunTogetherOptions): PageLine[] {
  const to = o.to ?? lines.length - [...lines].reverse().findIndex((l) => l.role !== 'chrome' && l.role !== 'blank');
  const f = flatten(lines.slice(o.from, to), o.joiner ?? '');
  // Glued page numbers first (they lengthen the text), then the cuts.
  let page = 2;
  if (o.gluedPageEvery) {
    for (let c = o.gluedPageEvery; c < f.text.length - 10; c += o.gluedPageEvery) {
      const at = safeAfter(f, c);
      insertFlat(f, at, `${page++}、`, 'viewer-page');
    }
  }
  const cuts: number[] = [0];
  for (let c = o.pieceChars; c < f.text.length - 20; ) {
    const at = safeAfter(f, c);
    cuts.push(at);
    c = at + o.pieceChars;
  }
  cuts.push(f.text.length);
  const out: PageLine[] = [];
  for (let k = 0; k + 1 < cuts.length; k++) {
    const a = cuts[k] as number;
    const b = cuts[k + 1] as number;
    const prefix = o.numberPieces ? `${k + 1}、` : '';
    const l = line(prefix + f.text.slice(a, b), 'body');
    const inPiece = (c: number): boolean => c >= a && c < b;
    const re = (c: number): number => c - a + prefix.length;
    l.moreItems = f.items.filter((x) => inPiece(x.column)).map((x) => ({ ...x, column: re(x.column) }));
    l.slots = f.slots.filter((x) => inPiece(x.column) || (x.length === 0 && x.column === b && k + 2 === cuts.length)).map((x) => ({ ...x, column: re(x.column) }));
    l.notSlots = f.notSlots.filter((x) => inPiece(x.column)).map((x) => ({ ...x, column: re(x.column) }));
    l.inline = f.inline.filter((x) => inPiece(x.column)).map((x) => ({ ...x, column: re(x.column) }));
    l.extraHeaders = f.headers.filter((h) => inPiece(h.headerColumn)).map((h) => ({ ...h, headerColumn: re(h.headerColumn), bodyColumn: re(h.bodyColumn) }));
    if (f.title && inPiece(f.title.column)) {
      l.titleColumn = re(f.title.column);
      l.titleLength = f.title.length;
    }
    if (prefix) {
      l.inline.unshift({ column: 0, length: prefix.length, text: prefix, kind: 'viewer-page' });
      l.notSlots.unshift({ column: 0, length: prefix.length - 1, value: prefix.slice(0, -1), reason: 'page-counter' });
    }
    out.push(l);
  }
  return [...lines.slice(0, o.from), ...out, ...lines.slice(to)];
}

/**
 * The other half of PDF-to-text dumps: long paragraphs broken every `width` characters wherever the
 * printed line ended ("…相对其它计\n划类公文…"), the pieces on lines of their own.
 */
export function hardWrap(lines: PageLine[], width: number): PageLine[] {
  return lines.flatMap((src) => {
    if (src.role !== 'body' || src.text.length <= width) return [src];
    const spans = protectedSpans(src);
    const cuts = [0];
    for (let c = width; c < src.text.length - 4; ) {
      while (c < src.text.length && spans.some(([a, b]) => c > a && c < b)) c++;
      cuts.push(c);
      c += width;
    }
    cuts.push(src.text.length);
    const out: PageLine[] = [];
    for (let k = 0; k + 1 < cuts.length; k++) {
      const a = cuts[k] as number;
      const b = cuts[k + 1] as number;
      if (a >= b) continue;
      const inPiece = (c: number): boolean => c >= a && (c < b || (k + 2 === cuts.length && c === b));
      const l = line(src.text.slice(a, b), 'body', src.variant ? { variant: src.variant } : {});
      if (src.item && inPiece(src.item.column)) l.item = { ...src.item, column: src.item.column - a };
      l.slots = src.slots.filter((s) => inPiece(s.column)).map((s) => ({ ...s, column: s.column - a }));
      l.notSlots = src.notSlots.filter((s) => inPiece(s.column)).map((s) => ({ ...s, column: s.column - a }));
      l.inline = src.inline.filter((s) => inPiece(s.column)).map((s) => ({ ...s, column: s.column - a }));
      out.push(l);
    }
    return out;
  });
}
