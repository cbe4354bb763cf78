/**
 * Gold files of a generated page, read off its annotated lines (DEVSET-FORMAT.md):
 * <page>.gold.json (title, variants, chrome, families), <page>.outline.json, <page>.slots.json.
 * `lineOf(i)` maps the i-th annotated line to its 1-based line in the written file (identity for
 * text pages; the source line for HTML pages).
 */
import type { Item, PageLine } from './model.js';

type LineOf = (i: number) => number;

interface HeaderAt {
  label: string;
  line: number;
  index: number;
  headerColumn: number;
  bodyColumn: number | null;
}

function headersOf(lines: PageLine[], lineOf: LineOf): HeaderAt[] {
  const out: HeaderAt[] = [];
  lines.forEach((l, i) => {
    if (l.role === 'header') {
      out.push({ label: l.variant as string, line: lineOf(i), index: i, headerColumn: l.headerColumn ?? 0, bodyColumn: l.bodyColumn ?? null });
    }
    for (const h of l.extraHeaders ?? []) out.push({ label: h.variant, line: lineOf(i), index: i, headerColumn: h.headerColumn, bodyColumn: h.bodyColumn });
  });
  return out;
}

export function pageGold(file: string, lines: PageLine[], lineOf: LineOf, families: string[][]) {
  const ti = lines.findIndex((l) => l.role === 'title' || l.titleColumn !== undefined);
  const tl = lines[ti] as PageLine;
  const title =
    tl.role === 'title'
      ? { line: lineOf(ti), text: tl.text.trim() }
      : { line: lineOf(ti), column: tl.titleColumn, text: tl.text.slice(tl.titleColumn, (tl.titleColumn as number) + (tl.titleLength as number)) };
  const variants = headersOf(lines, lineOf).map((h) => {
    const v: Record<string, unknown> = { label: h.label, header_line: h.line };
    if (h.headerColumn > 0) v['header_column'] = h.headerColumn;
    if (h.bodyColumn !== null) {
      v['body_start_line'] = h.line;
      v['body_start_column'] = h.bodyColumn;
    } else {
      const next = lines.findIndex((l, j) => j > h.index && l.role === 'body' && l.text.trim() !== '');
      v['body_start_line'] = lineOf(next);
    }
    return v;
  });
  const chrome: Record<string, unknown>[] = [];
  lines.forEach((l, i) => {
    if (l.role === 'chrome') {
      const last = chrome[chrome.length - 1];
      if (last && last['kind'] === l.chrome && last['to'] === lineOf(i) - 1 && last['column'] === undefined) last['to'] = lineOf(i);
      else chrome.push({ from: lineOf(i), to: lineOf(i), kind: l.chrome });
    }
    for (const c of l.inline) chrome.push({ from: lineOf(i), to: lineOf(i), kind: c.kind, column: c.column, length: c.length, text: c.text });
  });
  return { file, title, variants, chrome, families };
}

/** Variant ranges: label → [header line, last line before the next header]. */
function variantRanges(lines: PageLine[], lineOf: LineOf): Record<string, [number, number]> {
  const hs = headersOf(lines, lineOf);
  const lastText = lines.length - 1 - [...lines].reverse().findIndex((l) => l.role === 'body' || l.role === 'header');
  const out: Record<string, [number, number]> = {};
  hs.forEach((h, k) => {
    const next = hs[k + 1];
    out[h.label] = [h.line, next ? (next.line === h.line ? h.line : next.line - 1) : lineOf(lastText)];
  });
  return out;
}

interface Placed {
  line: number;
  column: number;
  item: Item;
}

export function outlineGold(file: string, lines: PageLine[], lineOf: LineOf, title: { line: number; text: string }) {
  const hs = headersOf(lines, lineOf);
  type Ev = { line: number; column: number; header?: HeaderAt; item?: Item };
  const events: Ev[] = [...hs.map((h) => ({ line: h.line, column: h.headerColumn, header: h }))];
  lines.forEach((l, i) => {
    for (const it of [...(l.item ? [l.item] : []), ...(l.moreItems ?? [])]) events.push({ line: lineOf(i), column: it.column, item: it });
  });
  events.sort((a, b) => a.line - b.line || a.column - b.column || (a.header ? -1 : 1));
  const groups: { label: string | null; header_line: number | null; placed: Placed[] }[] = [];
  if (hs.length === 0) groups.push({ label: null, header_line: null, placed: [] });
  for (const e of events) {
    if (e.header) groups.push({ label: e.header.label, header_line: e.header.line, placed: [] });
    else if (groups.length > 0) (groups[groups.length - 1] as (typeof groups)[number]).placed.push({ line: e.line, column: e.column, item: e.item as Item });
  }
  const multi = lines.some((l) => (l.moreItems ?? []).length > 0);
  return {
    file,
    title,
    variants: groups.map((g) => {
      const stack: Placed[] = [];
      const items = g.placed.map((p) => {
        while (stack.length > 0 && (stack[stack.length - 1] as Placed).item.depth >= p.item.depth) stack.pop();
        const parent = stack[stack.length - 1] ?? null;
        if (p.item.depth !== stack.length + 1) throw new Error(`${file}: depth ${p.item.depth} of ${p.item.marker} at line ${p.line} does not fit its tree`);
        stack.push(p);
        const out: Record<string, unknown> = { line: p.line, column: p.column, marker: p.item.marker, style: p.item.style, ordinal: p.item.ordinal, parent: parent ? parent.line : null, depth: p.item.depth };
        if (multi) out['parent_column'] = parent ? parent.column : null;
        return { out, parentKey: parent ? `${parent.line}:${parent.column}` : 'root' };
      });
      return { label: g.label, header_line: g.header_line, items: items.map((x) => x.out), diagnostics: diagnostics(items) };
    }),
  };
}

/** Gaps, duplicates and restarts among siblings of one style (articles are numbered through the text). */
function diagnostics(items: { out: Record<string, unknown>; parentKey: string }[]) {
  const seqs = new Map<string, Record<string, unknown>[]>();
  for (const { out, parentKey } of items) {
    const key = out['style'] === 'article' ? 'article' : `${parentKey}|${out['style'] as string}`;
    const s = seqs.get(key) ?? [];
    s.push(out);
    seqs.set(key, s);
  }
  const diags: { line: number; code: string; note: string }[] = [];
  for (const seq of seqs.values()) {
    seq.forEach((it, k) => {
      const ord = it['ordinal'] as number;
      const prev = k === 0 ? 0 : ((seq[k - 1] as Record<string, unknown>)['ordinal'] as number);
      const line = it['line'] as number;
      const m = it['marker'] as string;
      if (ord === prev && k > 0) diags.push({ line, code: 'duplicate', note: `${m} repeats the number before it` });
      else if (ord === 1 && prev >= 1) diags.push({ line, code: 'restart', note: `${m} starts again at 1 after ${prev}` });
      else if (ord > prev + 1) diags.push({ line, code: 'gap', note: k === 0 ? `${m} is the first of its run` : `${m} follows ${prev}: ${prev + 1} is missing` });
      else if (ord < prev) diags.push({ line, code: 'out-of-order', note: `${m} after ${prev}` });
    });
  }
  return diags.sort((a, b) => a.line - b.line);
}

function context(text: string, column: number, length: number): string {
  const v = length === 0 ? '∅' : text.slice(column, column + length);
  return `${text.slice(Math.max(0, column - 6), column)}⟨${v}⟩${text.slice(column + length, column + length + 6)}`;
}

export function slotsGold(file: string, lines: PageLine[], lineOf: LineOf) {
  const slots: Record<string, unknown>[] = [];
  const notSlots: Record<string, unknown>[] = [];
  lines.forEach((l, i) => {
    for (const s of l.slots) {
      slots.push({ line: lineOf(i), column: s.column, length: s.length, value: s.value, kind: s.kind, type: s.type, unit: s.unit, must: s.must, context: context(l.text, s.column, s.length) });
    }
    for (const n of l.notSlots) notSlots.push({ line: lineOf(i), column: n.column, length: n.length, value: n.value, reason: n.reason });
  });
  return { file, variants: variantRanges(lines, lineOf), slots, not_slots: notSlots };
}
