/**
 * Outline scoring, as the seed gold's README defines it and as the run-together check needs it.
 * An item is identified by its position (line, and the marker's column when the gold gives one).
 * - strict: position, style, ordinal and parent position all equal (the seed README's rule);
 * - sequence: position and ordinal equal (the marker sequence, whatever the style is called);
 * - depth agreement: of the sequence matches, the share with the gold depth.
 */
import type { Analysis } from '../../src/pipeline.js';
import { LineIndex } from '../../src/core/lines.js';
import type { GoldOutline } from './sets.js';
import { prf, type Prf } from './prf.js';

export interface OutlinePoint {
  line: number;
  column: number;
  style: string;
  ordinal: number;
  depth: number;
  /** Position key of the parent, or null at top level. */
  parent: string | null;
}

export interface OutlineScore {
  strict: Prf;
  sequence: Prf;
  depthAgree: number;
  depthTotal: number;
}

const key = (line: number, column: number | undefined): string => (column === undefined ? `${line}` : `${line}:${column}`);

/** Gold items as points; `withColumns` when every item carries its column. */
export function goldPoints(gold: GoldOutline): { points: OutlinePoint[]; withColumns: boolean } {
  const items = gold.variants.flatMap((v) => v.items);
  const withColumns = items.length > 0 && items.every((i) => i.column !== undefined);
  const points = items.map((i) => {
    let parent: string | null = null;
    if (i.parent !== null) {
      if (!withColumns) parent = key(i.parent, undefined);
      else {
        const col = i.parent_column ?? items.find((p) => p.line === i.parent)?.column;
        parent = key(i.parent, col);
      }
    }
    return { line: i.line, column: i.column ?? -1, style: i.style, ordinal: i.ordinal, depth: i.depth, parent };
  });
  return { points, withColumns };
}

/** Line-start items (headings and items, not inline enumerations) of every variant, as points. */
export function predictedPoints(a: Analysis, withColumns: boolean, lines = new LineIndex(a.document.text)): OutlinePoint[] {
  const out: OutlinePoint[] = [];
  for (const v of a.variants) {
    const items = v.outline?.items ?? [];
    const pos = (i: number) => lines.position((items[i] as (typeof items)[number]).markerSpan.start);
    items.forEach((it, i) => {
      if (it.kind === 'inline') return;
      const p = pos(i);
      const pp = it.parent === null ? null : pos(it.parent);
      out.push({
        line: p.line,
        column: p.column,
        style: it.style,
        ordinal: it.ordinal,
        depth: it.depth,
        parent: pp === null ? null : withColumns ? key(pp.line, pp.column) : key(pp.line, undefined),
      });
    });
  }
  return out;
}

export function scoreOutline(gold: readonly OutlinePoint[], predicted: readonly OutlinePoint[], withColumns: boolean): OutlineScore {
  const k = (p: OutlinePoint): string => (withColumns ? key(p.line, p.column) : key(p.line, undefined));
  const byKey = new Map<string, OutlinePoint>();
  for (const p of predicted) if (!byKey.has(k(p))) byKey.set(k(p), p);
  let strict = 0;
  let sequence = 0;
  let depthAgree = 0;
  for (const g of gold) {
    const p = byKey.get(k(g));
    if (p === undefined || p.ordinal !== g.ordinal) continue;
    sequence++;
    if (p.depth === g.depth) depthAgree++;
    if (p.style === g.style && p.parent === g.parent) strict++;
  }
  return {
    strict: prf(strict, predicted.length - strict, gold.length - strict),
    sequence: prf(sequence, predicted.length - sequence, gold.length - sequence),
    depthAgree,
    depthTotal: sequence,
  };
}

/**
 * The document with every `group` lines joined into one (no separator), as a document-sharing
 * site runs text together, and the gold moved to the joined positions.
 */
export function runTogether(text: string, gold: GoldOutline, group: number): { text: string; gold: OutlinePoint[] } {
  const lines = text.split('\n');
  const joined: string[] = [];
  const where: Array<{ line: number; offset: number }> = [];
  for (let i = 0; i < lines.length; i += group) {
    let offset = 0;
    for (let j = i; j < Math.min(lines.length, i + group); j++) {
      where[j] = { line: joined.length + 1, offset };
      offset += (lines[j] as string).replace(/\r$/, '').length;
    }
    joined.push(lines.slice(i, i + group).map((l) => l.replace(/\r$/, '')).join(''));
  }
  const items = gold.variants.flatMap((v) => v.items);
  const move = (line: number, column: number): { line: number; column: number } => {
    const w = where[line - 1] as { line: number; offset: number };
    return { line: w.line, column: w.offset + column };
  };
  // Gold without columns (the seed's) has one item a line: the marker's place in its line.
  const columnOf = (i: (typeof items)[number]): number => i.column ?? Math.max(0, (lines[i.line - 1] ?? '').indexOf(i.marker));
  const colOf = (line: number): number => {
    const parent = items.find((i) => i.line === line);
    return parent === undefined ? 0 : columnOf(parent);
  };
  const points = items.map((i) => {
    const p = move(i.line, columnOf(i));
    let parent: string | null = null;
    if (i.parent !== null) {
      const q = move(i.parent, i.parent_column ?? colOf(i.parent));
      parent = key(q.line, q.column);
    }
    return { line: p.line, column: p.column, style: i.style, ordinal: i.ordinal, depth: i.depth, parent };
  });
  return { text: joined.join('\n'), gold: points };
}
