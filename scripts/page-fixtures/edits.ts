/**
 * What 范文 sites do to one article to make the next 篇: strip its digits, swap its placeholders,
 * cut it short, drop or rewrite a paragraph, insert junk. Each edit returns new lines and keeps the
 * annotations in step with the text.
 */
import { readPlanLine } from './markup.js';
import { cloneLine, protectedSpans, shiftAnnotations, type PageLine } from './model.js';

/** Replace [col, col+len) of a line by `by`, moving the annotations after it. */
function splice(l: PageLine, col: number, len: number, by: string): void {
  l.text = l.text.slice(0, col) + by + l.text.slice(col + len);
  shiftAnnotations(l, col + len, by.length - len);
}

/** Sites that strip digits: literal counts, amounts, percents and years lose their numerals. */
export function hollow(lines: PageLine[]): PageLine[] {
  return lines.map((src) => {
    const l = cloneLine(src);
    for (const s of [...l.slots].sort((a, b) => b.column - a.column)) {
      if (s.kind !== 'literal' || !['count', 'amount', 'percent', 'year'].includes(s.type) || !/^[0-9.]+$/.test(s.value)) continue;
      const col = s.column;
      const len = s.length;
      splice(l, col, len, '');
      s.column = col;
      s.length = 0;
      s.value = '';
      s.kind = 'hollow';
    }
    return l;
  });
}

/** Another site's placeholder habits (20xx → 20__, XX → ××). */
export function swapPlaceholders(lines: PageLine[], swaps: Record<string, string>): PageLine[] {
  return lines.map((src) => {
    const l = cloneLine(src);
    for (const s of [...l.slots].sort((a, b) => b.column - a.column)) {
      const to = s.kind === 'placeholder' ? swaps[s.value] : undefined;
      if (to === undefined) continue;
      const col = s.column;
      splice(l, col, s.length, to);
      s.column = col;
      s.length = to.length;
      s.value = to;
    }
    return l;
  });
}

/** A placeholder year filled in by the site ("20xx" → "2024"): it becomes a literal. */
export function fillYears(lines: PageLine[], year: string): PageLine[] {
  return lines.map((src) => {
    const l = cloneLine(src);
    for (const s of [...l.slots].sort((a, b) => b.column - a.column)) {
      if (s.kind !== 'placeholder' || s.type !== 'year') continue;
      const col = s.column;
      splice(l, col, s.length, year);
      Object.assign(s, { column: col, length: year.length, value: year, kind: 'literal' });
    }
    return l;
  });
}

export function truncate(lines: PageLine[], keep: number): PageLine[] {
  return lines.slice(0, keep).map(cloneLine);
}

export function drop(lines: PageLine[], indexes: number[]): PageLine[] {
  return lines.filter((_, i) => !indexes.includes(i)).map(cloneLine);
}

/** Rewrite paragraph i with new `D|text` source. */
export function rewrite(lines: PageLine[], i: number, src: string): PageLine[] {
  return lines.map((l, j) => (j === i ? readPlanLine(src) : cloneLine(l)));
}

/** Insert new paragraphs before index i. */
export function insert(lines: PageLine[], i: number, srcs: string[]): PageLine[] {
  const out = lines.map(cloneLine);
  out.splice(i, 0, ...srcs.map(readPlanLine));
  return out;
}

/** A place in a line where `at` characters in (or later) no annotation is cut. */
export function safeColumn(l: PageLine, at: number): number | null {
  const spans = protectedSpans(l);
  for (let c = Math.max(1, at); c < l.text.length - 1; c++) {
    if (spans.every(([a, b]) => c <= a || c >= b)) return c;
  }
  return null;
}

/** Insert noise (converter residue, stray quote marks) into a line at a safe place near `at`. */
export function insertNoise(l: PageLine, at: number, noise: string): void {
  const c = safeColumn(l, at);
  if (c === null) return;
  l.text = l.text.slice(0, c) + noise + l.text.slice(c);
  shiftAnnotations(l, c, noise.length);
}

/** Indent a line (fullwidth or ASCII spaces), moving its annotations. */
export function indent(l: PageLine, by: string): PageLine {
  const out = cloneLine(l);
  out.text = by + out.text;
  shiftAnnotations(out, 0, by.length);
  return out;
}
