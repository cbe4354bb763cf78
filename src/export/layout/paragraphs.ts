/**
 * A plan's text laid out as GB/T 9704 paragraphs: one paragraph per non-blank line, the outline
 * stage deciding which lines are headings and at which level, so the writer only picks fonts.
 * Fields (blanks of a template) and optional blocks ride along as marks on the text.
 *
 * Free of Node APIs: the fill-in page lays out its Word file with this same code.
 */
import type { DecodedDocument, Document } from '../../core/document.js';
import type { Outline, OutlineItem } from '../../core/outline.js';
import { foldText } from '../../normalize/index.js';
import { buildOutline } from '../../outline/index.js';
import { STYLE_INFO } from '../../outline/styles.js';
import type { ExportBlock, ExportField } from '../model.js';
import { readsAsTitle } from './title-line.js';

/**
 * The type a run is set in: `title` 小标宋, `heading1` 黑体 (一、), `heading2` 楷体 (（一）), `body`
 * 仿宋 (also the third and fourth levels, 1. and （1）, as GB/T 9704-2012 7.3.3 has them).
 */
export type FontRole = 'title' | 'heading1' | 'heading2' | 'body';

export interface TextRun {
  text: string;
  font: FontRole;
  /** Set when the run is a template's blank: the field it asks for, and the blank (slot id). */
  field?: ExportField;
  slot?: string;
  /** Inside an optional block. */
  optional: boolean;
}

/** Where an optional block begins: the writer puts its keep/leave-out mark here. */
export interface BlockMark {
  blockStart: ExportBlock;
  font: FontRole;
}

export type LaidRun = TextRun | BlockMark;

export interface LaidParagraph {
  kind: 'title' | 'body';
  runs: LaidRun[];
  /** Every character of the paragraph lies in an optional block. */
  optional: boolean;
}

export interface FieldMark {
  start: number;
  end: number;
  field: ExportField;
  slot: string;
}

export interface BlockSpan {
  start: number;
  end: number;
  block: ExportBlock;
}

export function isBlockMark(r: LaidRun): r is BlockMark {
  return 'blockStart' in r;
}

/** Punctuation that closes a heading's title and is set in the heading's type with it. */
const TITLE_CLOSERS = new Set(['：', ':', '。', '．', '.', '，', ',', '；', ';']);

function documentOf(text: string): Document {
  const decoded: DecodedDocument = { path: 'plan', encoding: 'utf-8', encodingCertain: true, format: 'text', text, byteLength: text.length, diagnostics: [] };
  const { folded, script } = foldText(text);
  return { ...decoded, folded, script };
}

/** GB/T level of each item: the numbered levels above it and its own (gbt.ts counts the same way). */
function gbtLevels(outline: Outline): number[] {
  const levels: number[] = [];
  outline.items.forEach((item, i) => {
    const above = item.parent === null ? 0 : (levels[item.parent] ?? 0);
    levels[i] = above + (STYLE_INFO[item.style].gbt === 'level' ? 1 : 0);
  });
  return levels;
}

/** The heading type of a line-start item, or null when its line is body text. */
function headingFont(item: OutlineItem, level: number): FontRole | null {
  if (item.kind !== 'heading') return null;
  const category = STYLE_INFO[item.style].gbt;
  if (category === 'structural') return 'heading1';
  if (category !== 'level') return null;
  if (level === 1) return 'heading1';
  if (level === 2) return 'heading2';
  return null;
}

interface Line {
  start: number;
  end: number;
}

function linesOf(text: string): Line[] {
  const out: Line[] = [];
  const re = /\r\n|\r|\n/g;
  let at = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    out.push({ start: at, end: m.index });
    at = m.index + m[0].length;
  }
  out.push({ start: at, end: text.length });
  return out;
}

const SPACE = /[\s\u3000]/u;

/**
 * Lays out `text`. `fields` are the spans of blanks (their text is what stands in the blank),
 * `blocks` the spans of optional blocks; both in reading order. Blank lines are dropped (GB/T
 * paragraphs are not separated by empty lines) and so are the spaces that indented a line (the
 * writer indents by two characters).
 */
export function layoutPlan(text: string, options: { title?: string | null; fields?: readonly FieldMark[]; blocks?: readonly BlockSpan[] } = {}): LaidParagraph[] {
  const fields = options.fields ?? [];
  const blocks = options.blocks ?? [];
  const doc = documentOf(text);
  const outline = buildOutline(doc, { start: 0, end: text.length });
  const levels = gbtLevels(outline);
  const itemAt = new Map<number, { item: OutlineItem; level: number }>();
  outline.items.forEach((item, i) => {
    if (item.kind !== 'inline') itemAt.set(item.span.start, { item, level: levels[i] ?? 0 });
  });

  // A block's start moves to its first visible character, so its mark lands on a paragraph.
  const blockStarts = new Map<number, ExportBlock[]>();
  for (const b of blocks) {
    let s = b.start;
    while (s < b.end && SPACE.test(text[s] ?? '')) s++;
    if (s < b.end) blockStarts.set(s, [...(blockStarts.get(s) ?? []), b.block]);
  }
  const inBlock = (at: number): boolean => blocks.some((b) => b.start <= at && at < b.end);

  const out: LaidParagraph[] = [];
  const separateTitle = options.title != null && options.title.length > 0;
  if (separateTitle) out.push({ kind: 'title', runs: [{ text: options.title ?? '', font: 'title', optional: false }], optional: false });
  // Without a separate title, the first line may be the plan's own (title-line.ts).
  let firstLine = !separateTitle;

  for (const line of linesOf(text)) {
    let start = line.start;
    while (start < line.end && SPACE.test(text[start] ?? '') && !fields.some((f) => f.start === start)) start++;
    let end = line.end;
    while (end > start && SPACE.test(text[end - 1] ?? '') && !fields.some((f) => f.end === end)) end--;
    if (start >= end) continue;

    // The heading part of the line, from the outline item that starts it.
    const found = itemAt.get(line.start) ?? itemAt.get(start);
    let headEnd = start;
    let headFont: FontRole = 'body';
    const isTitle = firstLine && found === undefined && readsAsTitle(text.slice(start, end));
    firstLine = false;
    if (isTitle) {
      headFont = 'title';
      headEnd = end;
    } else if (found !== undefined) {
      const font = headingFont(found.item, found.level);
      if (font !== null) {
        headFont = font;
        headEnd = Math.min(end, Math.max(found.item.titleSpan.end, found.item.markerSpan.end));
        if (TITLE_CLOSERS.has(text[headEnd] ?? '') && headEnd < end) headEnd++;
      }
    }

    // Cut the line where the type, a field or a block changes.
    const cuts = new Set<number>([start, end, headEnd]);
    for (const f of fields) {
      if (f.end > start && f.start < end) {
        cuts.add(Math.max(start, f.start));
        cuts.add(Math.min(end, f.end));
      }
    }
    for (const b of blocks) {
      if (b.start > start && b.start < end) cuts.add(b.start);
      if (b.end > start && b.end < end) cuts.add(b.end);
    }
    for (const s of blockStarts.keys()) if (s > start && s < end) cuts.add(s);
    const points = [...cuts].sort((a, b) => a - b);

    const runs: LaidRun[] = [];
    for (let i = 0; i + 1 < points.length; i++) {
      const a = points[i] as number;
      const b = points[i + 1] as number;
      const font = a < headEnd ? headFont : 'body';
      for (const block of blockStarts.get(a) ?? []) runs.push({ blockStart: block, font });
      if (a === b) continue;
      const mark = fields.find((f) => f.start <= a && b <= f.end && f.start < f.end);
      const run: TextRun = { text: text.slice(a, b), font, optional: inBlock(a) };
      if (mark !== undefined) {
        run.field = mark.field;
        run.slot = mark.slot;
      }
      runs.push(run);
    }
    const texts = runs.filter((r): r is TextRun => !isBlockMark(r));
    out.push({ kind: isTitle ? 'title' : 'body', runs: mergeRuns(runs), optional: texts.length > 0 && texts.every((r) => r.optional) });
  }
  return out;
}

/** Adjacent plain runs of the same type and shading are one run. */
function mergeRuns(runs: LaidRun[]): LaidRun[] {
  const out: LaidRun[] = [];
  for (const r of runs) {
    const last = out[out.length - 1];
    if (last !== undefined && !isBlockMark(last) && !isBlockMark(r) && last.field === undefined && r.field === undefined && last.font === r.font && last.optional === r.optional) {
      out[out.length - 1] = { ...last, text: last.text + r.text };
    } else out.push(r);
  }
  return out;
}
