import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../src/core/lines.js';
import type { Span } from '../../src/core/span.js';
import { buildOutline } from '../../src/outline/index.js';
import { splitVariants } from '../../src/split/index.js';
import { HAS_SHARED, loadGold, seedDocument } from '../helpers/seed.js';

interface GoldItem { line: number; marker: string; style: string; ordinal: number; parent: number | null; depth: number }
interface GoldVariant { label: string; header_line: number; items: GoldItem[]; diagnostics: Array<{ line: number; code: string }> }
interface GoldOutline { variants: GoldVariant[] }

/** Codes the gold annotates; every one it lists must be found and no other one of these reported. */
const GRADED_CODES = new Set(['gap', 'restart', 'malformed']);

interface Score { label: string; tp: number; fp: number; fn: number; precision: number; recall: number; f1: number }

function score(label: string, gold: Set<string>, predicted: Set<string>): Score {
  let tp = 0;
  for (const k of predicted) if (gold.has(k)) tp++;
  const fp = predicted.size - tp;
  const fn = gold.size - tp;
  const precision = predicted.size === 0 ? 1 : tp / predicted.size;
  const recall = gold.size === 0 ? 1 : tp / gold.size;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { label, tp, fp, fn, precision, recall, f1 };
}

/**
 * Scores the outline of each variant against the gold: an item is correct when its line, style,
 * ordinal and parent line match. Only line-start items are compared — the gold lists lines that
 * START with a marker; inline enumerations (工作重点：一是…；二是…) are kind 'inline' and left out.
 */
function evaluate(bodies: Array<{ label: string; body: Span }>): { scores: Score[]; overall: Score; diagnosticProblems: string[] } {
  const doc = seedDocument();
  const gold = loadGold<GoldOutline>('seed-outline');
  const lines = new LineIndex(doc.text);
  const scores: Score[] = [];
  const all = { gold: new Set<string>(), predicted: new Set<string>() };
  const diagnosticProblems: string[] = [];
  for (const v of gold.variants) {
    const found = bodies.find((b) => b.label === v.label);
    if (found === undefined) throw new Error(`no body for ${v.label}`);
    const outline = buildOutline(doc, found.body);
    const lineOf = (i: number | null): number | null => (i === null ? null : lines.lineOf((outline.items[i] as (typeof outline.items)[number]).span.start));
    const predicted = new Set(
      outline.items.filter((it) => it.kind !== 'inline').map((it) => `${v.label}|${lines.lineOf(it.span.start)}|${it.style}|${it.ordinal}|${lineOf(it.parent)}`),
    );
    const expected = new Set(v.items.map((it) => `${v.label}|${it.line}|${it.style}|${it.ordinal}|${it.parent}`));
    scores.push(score(v.label, expected, predicted));
    for (const k of expected) all.gold.add(k);
    for (const k of predicted) all.predicted.add(k);

    const goldDiags = new Set(v.diagnostics.map((d) => `${d.line}:${d.code}`));
    const ourDiags = new Set(outline.diagnostics.filter((d) => GRADED_CODES.has(d.code)).map((d) => `${lines.lineOf(d.span.start)}:${d.code}`));
    for (const d of goldDiags) if (!ourDiags.has(d)) diagnosticProblems.push(`${v.label}: missed ${d}`);
    for (const d of ourDiags) if (!goldDiags.has(d)) diagnosticProblems.push(`${v.label}: extra ${d}`);
  }
  return { scores, overall: score('all', all.gold, all.predicted), diagnosticProblems };
}

function report(title: string, r: ReturnType<typeof evaluate>): void {
  const row = (s: Score): string =>
    `${s.label.padEnd(4)} P=${s.precision.toFixed(3)} R=${s.recall.toFixed(3)} F1=${s.f1.toFixed(3)} (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`;
  console.log([`seed outline vs gold — ${title}`, ...r.scores.map(row), row(r.overall)].join('\n  '));
}

describe.skipIf(!HAS_SHARED)('outline vs the seed gold', () => {
  it('bodies carved at the gold header lines: P and R ≥ 0.99 in every variant, gold diagnostics exactly', () => {
    const doc = seedDocument();
    const gold = loadGold<GoldOutline>('seed-outline');
    const lines = new LineIndex(doc.text);
    const bodies = gold.variants.map((v, i) => {
      const next = gold.variants[i + 1];
      return { label: v.label, body: { start: lines.lineStart(v.header_line + 1), end: next === undefined ? doc.text.length : lines.lineStart(next.header_line) } };
    });
    const r = evaluate(bodies);
    report('gold header lines', r);
    for (const s of r.scores) {
      expect(s.precision, `${s.label} precision`).toBeGreaterThanOrEqual(0.99);
      expect(s.recall, `${s.label} recall`).toBeGreaterThanOrEqual(0.99);
    }
    expect(r.overall.f1).toBeGreaterThanOrEqual(0.99);
    expect(r.diagnosticProblems).toEqual([]);
  });

  it('bodies from splitVariants (the pipeline path) score the same', () => {
    const split = splitVariants(seedDocument());
    const bodies = split.variants.map((v) => ({ label: v.label ?? '', body: v.body }));
    expect(bodies.map((b) => b.label)).toEqual(['篇1', '篇2', '篇3', '篇4', '篇5', '篇6', '篇7', '篇8']);
    const r = evaluate(bodies);
    report('splitVariants', r);
    for (const s of r.scores) {
      expect(s.precision, `${s.label} precision`).toBeGreaterThanOrEqual(0.99);
      expect(s.recall, `${s.label} recall`).toBeGreaterThanOrEqual(0.99);
    }
    expect(r.diagnosticProblems).toEqual([]);
  });

  it('reads 篇7 line 589 as a heading merged with its body and keeps inline 一是 out of the line items', () => {
    const doc = seedDocument();
    const lines = new LineIndex(doc.text);
    const v7 = splitVariants(doc).variants.find((v) => v.label === '篇7');
    expect(v7).toBeDefined();
    const outline = buildOutline(doc, (v7 as NonNullable<typeof v7>).body);
    const first = outline.items[0] as (typeof outline.items)[number];
    expect(lines.lineOf(first.span.start)).toBe(589);
    expect(first.kind).toBe('heading');
    expect(doc.text.slice(first.titleSpan.start, first.titleSpan.end)).toBe('指導思想');
    const line591 = outline.items.filter((it) => lines.lineOf(it.span.start) === 591);
    expect(line591.map((it) => it.marker)).toEqual(['一是', '二是', '三是', '四是', '五是']);
    expect(line591.every((it) => it.kind === 'inline' && it.parent === 0 && it.depth === 2)).toBe(true);
  });

  it('places 篇2 四、 items directly under 四、 and flags the restart at 163 and the gap at 173', () => {
    const doc = seedDocument();
    const lines = new LineIndex(doc.text);
    const v2 = splitVariants(doc).variants.find((v) => v.label === '篇2');
    const outline = buildOutline(doc, (v2 as NonNullable<typeof v2>).body);
    const at = (line: number) => outline.items.find((it) => it.kind !== 'inline' && lines.lineOf(it.span.start) === line);
    expect(at(231)?.depth).toBe(2);
    expect(at(117)?.depth).toBe(3);
    const d163 = outline.diagnostics.find((d) => lines.lineOf(d.span.start) === 163);
    expect(d163?.code).toBe('restart');
    const d173 = outline.diagnostics.find((d) => lines.lineOf(d.span.start) === 173);
    expect(d173?.code).toBe('gap');
    expect(d173?.args).toMatchObject({ expected: 3, found: 4, previous: '2、', marker: '4、' });
    // GB/T diagnostics stay apart from the content diagnostics.
    expect(outline.diagnostics.some((d) => d.code === 'gbt-9704')).toBe(false);
    expect(outline.conformance.diagnostics.every((d) => d.code === 'gbt-9704' && d.severity === 'info')).toBe(true);
    expect(outline.conformance.deviations.find((d) => lines.lineOf(d.span.start) === 125)?.suggested).toBe('（二）');
  });
});
