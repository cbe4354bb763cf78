/**
 * The authoring notation of the plan texts in plans.ts, turned into annotated lines.
 *
 * One paragraph a line, written `D|text`: D is 0 for a paragraph that is not an outline item, or
 * the item's place in the tree (1 = top) when the text starts with a numbering marker. The
 * marker's style and ordinal are read off the marker as written; the depth is declared, never
 * guessed, because depth is the tree position a reader gives it.
 *
 * A blank the next user would fill is written ⟦value|k|type|unit|m⟧ inside the text: k is p
 * (placeholder), h (hollow: value empty, a stripped number) or l (literal); unit may be empty; m
 * is 1 (must) or 0 (defensible either way), 1 when left out.
 */
import { line, type Item, type PageLine, type Slot, type SlotKind, type SlotType } from './model.js';

const CN_DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 一 … 九十九 (the numbers outlines and headers use). */
export function cnNumber(s: string): number | null {
  if (/^[0-9０-９]+$/.test(s)) return Number(s.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10)));
  if (s === '十') return 10;
  const m = /^([一二三四五六七八九])?十([一二三四五六七八九])?$/.exec(s);
  if (m) return (m[1] ? (CN_DIGITS[m[1]] as number) : 1) * 10 + (m[2] ? (CN_DIGITS[m[2]] as number) : 0);
  if (s.length === 1 && CN_DIGITS[s] !== undefined) return CN_DIGITS[s];
  return null;
}

const CN = '[一二三四五六七八九十]+';
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩';

/** Marker forms used in plans.ts, most specific first; [regex, style, group holding the number]. */
const MARKERS: [RegExp, string][] = [
  [new RegExp(`^第(${CN})章\\s?`), 'chapter'],
  [new RegExp(`^第(${CN})条\\s?`), 'article'],
  [new RegExp(`^第(${CN})部分`), 'part'],
  [new RegExp(`^(${CN})、`), 'cn-dun'],
  [new RegExp(`^(${CN})[.．]`), 'cn-dot'],
  [new RegExp(`^[（(](${CN})、?[）)]、?`), 'cn-paren'],
  [/^(\d+(?:\.\d+)+)\s?/, 'decimal'],
  // "1 目的" heading a 1 / 1.1 / 1.1.1 scheme: the top level of the decimal style.
  [/^(\d+) (?=\S)/, 'decimal'],
  [/^(\d+)、/, 'num-dun'],
  [/^(\d+)[.．]/, 'num-dot'],
  [/^(\d+)\)/, 'num-half-paren'],
  [/^[（(](\d+)[）)]/, 'num-paren'],
  [new RegExp(`^([${CIRCLED}])`), 'circled'],
  [/^([一二三四五六])是/, 'cn-shi'],
];

export function readMarker(text: string): { marker: string; style: string; ordinal: number } | null {
  for (const [re, style] of MARKERS) {
    const m = re.exec(text);
    if (!m) continue;
    const raw = m[1] as string;
    let ordinal: number | null;
    if (style === 'decimal') ordinal = Number(raw.split('.').pop());
    else if (style === 'circled') ordinal = CIRCLED.indexOf(raw) + 1;
    else ordinal = cnNumber(raw);
    if (ordinal === null) throw new Error(`marker without a number: ${text}`);
    return { marker: m[0].trimEnd(), style, ordinal };
  }
  return null;
}

const SLOT = /⟦([^|⟧]*)\|([phl])\|([a-z]+)\|([^|⟧]*)(?:\|([01]))?⟧/g;
const KINDS: Record<string, SlotKind> = { p: 'placeholder', h: 'hollow', l: 'literal' };

/** Strips slot markup from a text, returning the plain text and the slots at their columns. */
export function readSlots(marked: string): { text: string; slots: Slot[] } {
  const slots: Slot[] = [];
  let text = '';
  let last = 0;
  for (const m of marked.matchAll(SLOT)) {
    text += marked.slice(last, m.index);
    const value = m[1] as string;
    const kind = KINDS[m[2] as string] as SlotKind;
    if (kind === 'hollow' && value !== '') throw new Error(`hollow slot with a value: ${m[0]}`);
    slots.push({ column: text.length, length: value.length, value, kind, type: m[3] as SlotType, unit: m[4] as string, must: m[5] !== '0' });
    text += value;
    last = (m.index) + m[0].length;
  }
  text += marked.slice(last);
  if (/[⟦⟧]/.test(text)) throw new Error(`malformed slot markup: ${marked}`);
  return { text, slots };
}

/** One `D|text` source line → a body line with its item and slots. */
export function readPlanLine(src: string): PageLine {
  const bar = src.indexOf('|');
  const depth = Number(src.slice(0, bar));
  if (bar < 0 || !Number.isInteger(depth)) throw new Error(`plan line without a depth: ${src}`);
  const { text, slots } = readSlots(src.slice(bar + 1));
  const out = line(text, 'body', { slots });
  if (depth > 0) {
    const indent = text.length - text.trimStart().length;
    const m = readMarker(text.slice(indent));
    if (!m) throw new Error(`depth ${depth} declared but no marker: ${text}`);
    const item: Item = { column: indent, marker: m.marker, style: m.style, ordinal: m.ordinal, depth };
    out.item = item;
  }
  return out;
}

/** A whole plan text (one `D|text` paragraph a line; blank lines ignored). */
export function readPlan(src: string): PageLine[] {
  return src
    .split('\n')
    .map((s) => s.trim())
    .filter((s) => s !== '')
    .map(readPlanLine);
}
