/**
 * Scores page reading (split/) against the page gold (<page>.gold.json, DEVSET-FORMAT.md): variant
 * headers, the title line, and chrome. Positions are 1-based lines and 0-based columns of the file
 * as stored — for HTML, of the source file, so predictions are mapped back through the reader's
 * source map, and text the HTML reader dropped as chrome counts as chrome found.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Document } from '../../../src/core/document.js';
import { LineIndex } from '../../../src/core/lines.js';
import { normalize } from '../../../src/normalize/index.js';
import { decodeBytes } from '../../../src/read/index.js';
import { splitVariants } from '../../../src/split/index.js';
import type { SplitResult } from '../../../src/core/document.js';

export interface PageGold {
  file: string;
  title: { line: number; column?: number; text: string };
  variants: Array<{ label: string; header_line: number; header_column?: number; body_start_line: number; body_start_column?: number }>;
  chrome: Array<{ from: number; to: number; kind: string; column?: number; length?: number; text?: string }>;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface PageScore {
  file: string;
  headers: Counts;
  /** Headers found at the right place whose body starts where the gold says. */
  bodyStarts: { right: number; of: number };
  title: boolean;
  /** Whole chrome lines (gold entries without a column). */
  chromeLines: Counts;
  /** Matched chrome lines whose kind agrees. */
  chromeKinds: { right: number; of: number };
  /** Chrome inside lines (gold entries with a column), matched by overlap. */
  chromeInline: Counts;
  /** What went wrong, for people. */
  notes: string[];
}

export function pageGolds(dir: string): PageGold[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.gold.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as PageGold);
}

/** Maps an offset of the analysed text to (line, column) of the stored file. */
type Locate = (offset: number) => { line: number; column: number };

function readPage(path: string): { doc: Document; locate: Locate; source: string; sourceLines: LineIndex; dropped: (line: number) => boolean } {
  const bytes = readFileSync(path);
  const decoded = decodeBytes(path, bytes, {});
  const doc = normalize(decoded);
  const textLines = new LineIndex(doc.text);
  if (doc.sourceMap === undefined) {
    return { doc, locate: (o) => textLines.position(o), source: doc.text, sourceLines: textLines, dropped: () => false };
  }
  const source = bytes.toString('utf8');
  const sourceLines = new LineIndex(source);
  const map = doc.sourceMap;
  const locate: Locate = (o) => {
    let lo = 0;
    let hi = map.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((map[mid] as (typeof map)[number]).textStart <= o) lo = mid;
      else hi = mid - 1;
    }
    const seg = map[lo];
    const at = seg === undefined ? 0 : seg.sourceStart + Math.min(Math.max(0, o - seg.textStart), seg.length);
    return sourceLines.position(at);
  };
  // A source line with text that reached no extracted text was dropped by the reader.
  const kept = new Set<number>();
  for (const seg of map) for (let l = sourceLines.lineOf(seg.sourceStart); l <= sourceLines.lineOf(seg.sourceStart + Math.max(0, seg.length - 1)); l++) kept.add(l);
  const dropped = (line: number): boolean => !kept.has(line);
  return { doc, locate, source, sourceLines, dropped };
}

function counts<T>(gold: Set<T>, pred: Set<T>): Counts {
  let tp = 0;
  for (const k of pred) if (gold.has(k)) tp++;
  return { tp, fp: pred.size - tp, fn: gold.size - tp };
}

/** Scores one page; `split` defaults to splitVariants on the page. */
export function scorePage(dir: string, gold: PageGold, split: (doc: Document) => SplitResult = (d) => splitVariants(d)): PageScore {
  const { doc, locate, source, sourceLines, dropped } = readPage(resolve(dir, gold.file));
  const r = split(doc);
  const notes: string[] = [];
  const html = doc.sourceMap !== undefined;

  // Headers: label, line and (inside a line) column.
  const key = (label: string, line: number, column?: number): string => (column === undefined || column === 0 ? `${label}@${line}` : `${label}@${line}:${column}`);
  const goldHeaders = new Set(gold.variants.map((v) => key(v.label, v.header_line, v.header_column)));
  const predHeaders = new Set<string>();
  let bodyRight = 0;
  for (const v of r.variants) {
    if (v.header === null || v.label === null) continue;
    const hp = locate(v.header.start);
    const k = key(v.label, hp.line, html ? undefined : hp.column);
    predHeaders.add(k);
    const g = gold.variants.find((x) => key(x.label, x.header_line, x.header_column) === k);
    if (g !== undefined) {
      const bp = locate(v.body.start);
      const ok = g.body_start_column !== undefined ? bp.line === g.body_start_line && bp.column === g.body_start_column : firstTextLine(doc.text, v.body.start, locate) === g.body_start_line || html;
      if (ok) bodyRight++;
      else notes.push(`${v.label}: body starts at ${bp.line}:${bp.column}, gold ${g.body_start_line}:${g.body_start_column ?? '-'}`);
    }
  }
  const headers = counts(goldHeaders, predHeaders);
  if (headers.fp + headers.fn > 0) notes.push(`headers: gold ${[...goldHeaders].join(' ')} | found ${[...predHeaders].join(' ')}`);

  // Title: the line (and the column when the gold gives one).
  const tp = r.title === null ? null : locate(r.title.span.start);
  const title = tp !== null && tp.line === gold.title.line && (gold.title.column === undefined || tp.column === gold.title.column);
  if (!title) notes.push(`title: ${tp === null ? 'none' : `${tp.line}:${tp.column} ${r.title?.text}`}, gold ${gold.title.line}:${gold.title.column ?? '-'} ${gold.title.text}`);

  // Chrome lines: a line is chrome when chrome covers every non-blank character of it.
  const goldLines = new Map<number, string>();
  const goldInline: Array<{ line: number; column: number; length: number }> = [];
  for (const c of gold.chrome) {
    if (c.column === undefined) for (let l = c.from; l <= c.to; l++) goldLines.set(l, c.kind);
    else goldInline.push({ line: c.from, column: c.column, length: c.length ?? 0 });
  }
  const covered = new Uint8Array(doc.text.length);
  for (const c of r.chrome) covered.fill(1, c.span.start, c.span.end);
  const predLines = new Map<number, string>();
  const textLines = new LineIndex(doc.text);
  for (let l = 1; l <= textLines.lineCount; l++) {
    const span = textLines.lineSpan(l, doc.text);
    let any = false;
    let all = true;
    for (let i = span.start; i < span.end; i++) {
      if (/\s/.test(doc.text[i] as string)) continue;
      any = true;
      if (covered[i] === 0) all = false;
    }
    if (!any || !all) continue;
    const kind = r.chrome.find((c) => c.span.end > span.start && c.span.start < span.end)?.kind ?? '';
    predLines.set(locate(span.start + (doc.text.slice(span.start, span.end).search(/\S/) || 0)).line, kind);
  }
  if (html) {
    // Gold chrome lines the HTML reader already dropped count as found.
    for (const l of goldLines.keys()) if (dropped(l) && (sourceLines.lineSpan(l, source).end > sourceLines.lineStart(l))) predLines.set(l, goldLines.get(l) as string);
  }
  const chromeLines = counts(new Set(goldLines.keys()), new Set(predLines.keys()));
  let kindsRight = 0;
  let kindsOf = 0;
  for (const [l, k] of predLines) {
    const g = goldLines.get(l);
    if (g === undefined) continue;
    kindsOf++;
    if (g === k) kindsRight++;
  }
  const missed = [...goldLines.keys()].filter((l) => !predLines.has(l));
  const extra = [...predLines.keys()].filter((l) => !goldLines.has(l));
  if (missed.length > 0) notes.push(`chrome lines missed: ${missed.join(' ')}`);
  if (extra.length > 0) notes.push(`chrome lines extra: ${extra.join(' ')}`);

  // Inline chrome: matched by overlap on the same line.
  const inlinePred = r.chrome
    .filter((c) => !predLines.has(locate(c.span.start).line))
    .map((c) => ({ ...locate(c.span.start), length: c.span.end - c.span.start }));
  const overlaps = (a: { line: number; column: number; length: number }, b: { line: number; column: number; length: number }): boolean =>
    a.line === b.line && a.column < b.column + Math.max(1, b.length) && b.column < a.column + Math.max(1, a.length);
  const inTp = goldInline.filter((g) => inlinePred.some((p) => overlaps(g, p))).length;
  const inFp = inlinePred.filter((p) => !goldInline.some((g) => overlaps(g, p))).length;
  const chromeInline = { tp: inTp, fp: inFp, fn: goldInline.length - inTp };
  if (chromeInline.fn + chromeInline.fp > 0) notes.push(`inline chrome: ${inTp}/${goldInline.length} found, ${inFp} extra`);

  return { file: gold.file, headers, bodyStarts: { right: bodyRight, of: headers.tp }, title, chromeLines, chromeKinds: { right: kindsRight, of: kindsOf }, chromeInline, notes };
}

function firstTextLine(text: string, from: number, locate: Locate): number {
  const k = text.slice(from).search(/\S/);
  return locate(k < 0 ? from : from + k).line;
}

export function sum(cs: readonly Counts[]): Counts & { precision: number; recall: number; f1: number } {
  const t = cs.reduce((a, b) => ({ tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn }), { tp: 0, fp: 0, fn: 0 });
  const precision = t.tp + t.fp === 0 ? 1 : t.tp / (t.tp + t.fp);
  const recall = t.tp + t.fn === 0 ? 1 : t.tp / (t.tp + t.fn);
  return { ...t, precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}

/**
 * The title line of each real document (corpus/real, the title its outline gold names): the page
 * reading of a government document — issuing lines (教育部令), numbers and signatures above the
 * title, titles written over two lines.
 */
export function realTitles(repoRoot: string): Array<{ file: string; right: boolean; note: string }> {
  const real = resolve(repoRoot, 'corpus/real');
  const goldDir = join(real, 'gold');
  if (!existsSync(goldDir)) return [];
  return readdirSync(goldDir)
    .filter((f) => f.endsWith('.outline.json'))
    .sort()
    .map((f) => {
      const gold = JSON.parse(readFileSync(join(goldDir, f), 'utf8')) as { file: string; title: { line: number; text: string } };
      const doc = normalize(decodeBytes(gold.file, readFileSync(join(real, gold.file)), {}));
      const r = splitVariants(doc);
      const line = r.title === null ? null : new LineIndex(doc.text).lineOf(r.title.span.start);
      return { file: gold.file, right: line === gold.title.line, note: `title ${line ?? 'none'} ${r.title?.text ?? ''}, gold ${gold.title.line} ${gold.title.text}` };
    });
}
