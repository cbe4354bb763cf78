import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import pc from 'picocolors';
import { alignParagraphs, diffTexts } from '../../align/index.js';
import type { Document } from '../../core/document.js';
import { inputError } from '../../core/errors.js';
import { LineIndex } from '../../core/lines.js';
import { helpTexts, reportTexts, type Lang, type ReportTexts } from '../../messages/index.js';
import { foldText } from '../../normalize/index.js';
import { splitVariants } from '../../split/index.js';
import { inputOptions, loadInputs, type InputOptions } from '../inputs.js';
import { reportError, type CliIO } from '../io.js';
import { choice, useColour, writeJson } from '../output.js';
import { escapeControls } from '../text.js';
import type { RegisterCommand } from './index.js';

type DiffFormat = 'text' | 'json' | 'html';

interface DiffCommandOptions {
  format: string;
  encoding?: string;
  all?: boolean;
}

/** One side of the comparison: a variant's paragraphs (non-blank lines) with their line numbers. */
interface Side {
  id: string;
  path: string;
  label: string | null;
  startLine: number;
  endLine: number;
  /** Paragraph text as written (the user's script). */
  text: string[];
  /** The same paragraphs folded (Simplified, half-width), same lengths: what is compared. */
  folded: string[];
  lines: number[];
}

type RowStatus = 'equal' | 'changed' | 'deleted' | 'inserted';

interface Row {
  status: RowStatus;
  a: { index: number; line: number } | null;
  b: { index: number; line: number } | null;
  similarity: number;
  /** Character steps for a changed row, texts from the user's paragraphs. */
  diff?: Array<{ op: 'equal' | 'insert' | 'delete'; text: string }>;
}

export const registerDiff: RegisterCommand = (program: Command, io: CliIO) => {
  const h = helpTexts(io.lang);
  program
    .command('diff')
    .description(h.diff.description)
    .argument('<a>', h.diff.a)
    .argument('<b>', h.diff.b)
    .option('--format <format>', h.diff.format, 'text')
    .option('--encoding <name>', h.encoding)
    .option('--all', h.diff.all)
    .action(async (a: string, b: string, opts: DiffCommandOptions) => {
      const format = choice<DiffFormat>('format', opts.format, ['text', 'json', 'html']);
      const loadOptions = inputOptions(opts);
      const left = await loadSide(a, loadOptions, io);
      const right = await loadSide(b, loadOptions, io);
      if (left === null || right === null) return;
      const rows = compare(left, right);
      if (format === 'json') writeJson(io, { a: sideJson(left), b: sideJson(right), summary: summary(rows), rows });
      else if (format === 'html') io.stdout.write(html(left, right, rows, io.lang));
      else io.stdout.write(text(left, right, rows, opts.all === true, useColour(io.stdout), reportTexts(io.lang)));
    });
};

/**
 * "path#label" → the file and the label; a path that exists as written is a whole file. A JSON Lines
 * unit is a file of its own: corpus.jsonl#a17 is the unit, corpus.jsonl#a17#篇2 a variant of it.
 */
function parseId(id: string): { path: string; label: string | null } {
  const unit = /^(.+?\.(?:jsonl|ndjson)#[^#]+)(?:#(.+))?$/i.exec(id);
  if (unit !== null && !existsSync(id)) return { path: unit[1] as string, label: unit[2] ?? null };
  const hash = id.lastIndexOf('#');
  if (hash <= 0 || existsSync(id)) return { path: id, label: null };
  return { path: id.slice(0, hash), label: id.slice(hash + 1) };
}

async function loadSide(id: string, loadOptions: InputOptions, io: CliIO): Promise<Side | null> {
  const { path, label } = parseId(id);
  let doc: Document | null = null;
  for await (const d of loadInputs([path], loadOptions, io)) {
    doc = d;
    break;
  }
  if (doc === null) return null; // loadInputs has reported why
  const variants = splitVariants(doc).variants;
  let span = { start: 0, end: doc.text.length };
  let found: { id: string; label: string | null } = { id: doc.path, label: null };
  if (label !== null) {
    // Labels are found on the folded text: 篇2 typed in either script, any width, finds 篇2.
    const want = foldText(label).folded.replace(/\s+/g, '');
    const v = variants.find((x) => x.label !== null && x.label.replace(/\s+/g, '') === want);
    if (v === undefined) {
      const have = variants.flatMap((x) => (x.label === null ? [] : [x.label]));
      reportError(io, inputError('no-such-variant', doc.path, { label, labels: have }));
      return null;
    }
    span = v.body;
    found = { id: v.id, label: v.label };
  } else if (variants.length === 1 && variants[0] !== undefined) {
    span = variants[0].body;
  }
  const li = new LineIndex(doc.text);
  const side: Side = { ...found, path: doc.path, startLine: li.lineOf(span.start), endLine: li.lineOf(Math.max(span.start, span.end - 1)), text: [], folded: [], lines: [] };
  let start = span.start;
  while (start < span.end) {
    let end = doc.text.indexOf('\n', start);
    if (end < 0 || end > span.end) end = span.end;
    const line = doc.text.slice(start, end);
    if (/\S/.test(line)) {
      // Trim the line's edges (indentation, "\r") but keep offsets equal between text and folded.
      const lead = line.length - line.trimStart().length;
      const body = line.trim();
      side.text.push(body);
      side.folded.push(doc.folded.slice(start + lead, start + lead + body.length));
      side.lines.push(li.lineOf(start));
    }
    start = end + 1;
  }
  return side;
}

/** Paragraph alignment on the folded text, then a character diff of each changed pair. */
function compare(a: Side, b: Side): Row[] {
  return alignParagraphs(a.folded, b.folded).map((p) => {
    const ra = p.a === null ? null : { index: p.a, line: a.lines[p.a] ?? 0 };
    const rb = p.b === null ? null : { index: p.b, line: b.lines[p.b] ?? 0 };
    if (p.a === null) return { status: 'inserted', a: ra, b: rb, similarity: 0 };
    if (p.b === null) return { status: 'deleted', a: ra, b: rb, similarity: 0 };
    const fa = a.folded[p.a] ?? '';
    const fb = b.folded[p.b] ?? '';
    if (fa === fb) return { status: 'equal', a: ra, b: rb, similarity: 1 };
    // Diff the folded text (script and width do not count), show the user's own characters.
    const ta = a.text[p.a] ?? '';
    const tb = b.text[p.b] ?? '';
    const diff = diffTexts(fa, fb).map((s) => ({ op: s.op, text: s.op === 'insert' ? tb.slice(s.b[0], s.b[1]) : ta.slice(s.a[0], s.a[1]) }));
    return { status: 'changed', a: ra, b: rb, similarity: Math.round(p.similarity * 1000) / 1000, diff };
  });
}

function sideJson(s: Side): unknown {
  return { id: s.id, path: s.path, label: s.label, startLine: s.startLine, endLine: s.endLine, paragraphs: s.text.length };
}

function summary(rows: Row[]): Record<RowStatus, number> {
  const out: Record<RowStatus, number> = { equal: 0, changed: 0, deleted: 0, inserted: 0 };
  for (const r of rows) out[r.status]++;
  return out;
}

function text(a: Side, b: Side, rows: Row[], all: boolean, colour: boolean, t: ReportTexts): string {
  const c = pc.createColors(colour);
  const del = (s: string): string => (colour ? c.red(c.strikethrough(s)) : `[-${s}-]`);
  const ins = (s: string): string => (colour ? c.green(c.underline(s)) : `{+${s}+}`);
  const s = summary(rows);
  const out = [
    c.bold(t.diffSide('---', escapeControls(a.id), a.startLine, a.endLine, a.text.length)),
    c.bold(t.diffSide('+++', escapeControls(b.id), b.startLine, b.endLine, b.text.length)),
    t.diffSummary(s),
  ];
  let equalRun: Row[] = [];
  const flushEqual = (): void => {
    if (equalRun.length === 0) return;
    const first = equalRun[0];
    const last = equalRun[equalRun.length - 1];
    if (all) for (const r of equalRun) out.push(c.dim(`  a${r.a?.line} b${r.b?.line}  ${r.a === null ? '' : a.text[r.a.index]}`));
    else {
      const span = (x: number | undefined, y: number | undefined): string => (x === y ? `${x}` : `${x}–${y}`);
      out.push(c.dim(t.diffEqualRun(equalRun.length, span(first?.a?.line, last?.a?.line), span(first?.b?.line, last?.b?.line))));
    }
    equalRun = [];
  };
  for (const r of rows) {
    if (r.status === 'equal') {
      equalRun.push(r);
      continue;
    }
    flushEqual();
    if (r.status === 'deleted') out.push(c.red(`- a${r.a?.line}  ${r.a === null ? '' : a.text[r.a.index]}`));
    else if (r.status === 'inserted') out.push(c.green(`+ b${r.b?.line}  ${r.b === null ? '' : b.text[r.b.index]}`));
    else {
      const body = (r.diff ?? []).map((d) => (d.op === 'equal' ? d.text : d.op === 'delete' ? del(d.text) : ins(d.text))).join('');
      out.push(`${c.yellow(`~ a${r.a?.line} b${r.b?.line}`)} ${c.dim(t.diffAlike(Math.round(r.similarity * 100)))}  ${body}`);
    }
  }
  flushEqual();
  return out.join('\n') + '\n';
}

const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

/** A self-contained page (inline style, no script): two columns, deletions left, insertions right. */
function html(a: Side, b: Side, rows: Row[], lang: Lang): string {
  const t = reportTexts(lang);
  const s = summary(rows);
  const body = rows.map((r) => {
    const la = r.a === null ? '' : String(r.a.line);
    const lb = r.b === null ? '' : String(r.b.line);
    let left = r.a === null ? '' : escapeHtml(a.text[r.a.index] ?? '');
    let right = r.b === null ? '' : escapeHtml(b.text[r.b.index] ?? '');
    if (r.status === 'changed') {
      left = (r.diff ?? []).filter((d) => d.op !== 'insert').map((d) => (d.op === 'delete' ? `<del>${escapeHtml(d.text)}</del>` : escapeHtml(d.text))).join('');
      right = (r.diff ?? []).filter((d) => d.op !== 'delete').map((d) => (d.op === 'insert' ? `<ins>${escapeHtml(d.text)}</ins>` : escapeHtml(d.text))).join('');
    }
    return `<tr class="${r.status}"><td class="n">${la}</td><td>${left}</td><td class="n">${lb}</td><td>${right}</td></tr>`;
  });
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<title>${escapeHtml(a.id)} ↔ ${escapeHtml(b.id)}</title>
<style>
body { font: 15px/1.6 system-ui, "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; margin: 1.5em; color: #222; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; }
td { vertical-align: top; padding: 3px 8px; border-bottom: 1px solid #eee; word-break: break-all; }
td.n { width: 3.5em; color: #999; text-align: right; font-variant-numeric: tabular-nums; }
tr.equal td { color: #777; }
tr.deleted td:nth-child(2) { background: #fde8e8; }
tr.inserted td:nth-child(4) { background: #e6f6e6; }
del { background: #f8c4c4; text-decoration: line-through; }
ins { background: #bfe8bf; text-decoration: none; }
</style>
</head>
<body>
<h1>${escapeHtml(a.id)} ↔ ${escapeHtml(b.id)}</h1>
<p>${escapeHtml(t.diffSummary(s, a.id, b.id))}</p>
<table>
<colgroup><col style="width:3.5em"><col><col style="width:3.5em"><col></colgroup>
<tr><th></th><th>${escapeHtml(t.diffColumn(a.id, a.startLine, a.endLine))}</th><th></th><th>${escapeHtml(t.diffColumn(b.id, b.startLine, b.endLine))}</th></tr>
${body.join('\n')}
</table>
</body>
</html>
`;
}
