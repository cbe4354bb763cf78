import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Span } from '../../src/core/span.js';
import type { Analysis } from '../../src/pipeline.js';
import { runCli } from '../helpers/cli.js';
import { analyzed, CORPUS_INPUTS, corpusPath, editorLines, PAGES, rawDecoded } from '../helpers/corpus-pages.js';
import { HAS_SHARED, SEED_PATH } from '../helpers/seed.js';

/**
 * Invariants of the whole pipeline on every corpus page and on the seed page: offsets are the truth
 * (every span lies inside the text and slices back to what is reported), the folded text keeps the
 * length, tokens tile each variant body, and the JSON outputs of split / outline / slots give
 * 1-based lines and 0-based columns that point at the right text of the file as decoded on its own.
 */

interface Subject {
  name: string;
  path: string;
  /** The decoded text the JSON positions refer to, obtained without plankit's read stage where possible. */
  reference: () => string | null;
}

const SUBJECTS: Subject[] = [
  ...PAGES.map((p) => ({
    name: p.file,
    path: corpusPath(p.file),
    // HTML positions refer to the extracted text, which only the read stage defines.
    reference: () => (p.format === 'text' ? rawDecoded(p) : null),
  })),
  ...(HAS_SHARED ? [{ name: 'seed', path: SEED_PATH, reference: () => readFileSync(SEED_PATH, 'utf8') }] : []),
];
const PATHS = SUBJECTS.map((s) => s.path);
const CLI_INPUTS = HAS_SHARED ? [...CORPUS_INPUTS, SEED_PATH] : [...CORPUS_INPUTS];

function inside(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end && inner.start <= inner.end;
}

/** The text JSON positions are checked against: the independent decode, else the analysed text. */
async function referenceText(s: Subject): Promise<string> {
  const a = await analyzed(s.path);
  const ref = s.reference();
  if (ref !== null) expect(ref, `${s.name}: reference decode`).toBe(a.document.text);
  return ref ?? a.document.text;
}

function checkAnalysis(name: string, a: Analysis): void {
  const { text, folded } = a.document;
  const whole: Span = { start: 0, end: text.length };
  expect(folded.length, name).toBe(text.length);
  expect(folded, name).not.toContain('\r');
  if (a.title) expect(text.slice(a.title.span.start, a.title.span.end), name).toBe(a.title.text);
  for (const d of a.diagnostics) expect(inside(whole, d.span), `${name} ${d.code}`).toBe(true);
  for (const va of a.variants) {
    const v = va.variant;
    const what = `${name} ${v.label}`;
    expect(inside(whole, v.body), what).toBe(true);
    if (v.header) {
      expect(inside(whole, v.header), what).toBe(true);
      expect(v.header.end, what).toBeLessThanOrEqual(v.body.start);
      expect(text.slice(v.header.start, v.header.end), what).not.toMatch(/[\r\n]/);
    }

    // Tokens tile the body: in order, non-empty, each starting where the previous ends.
    expect(va.tokens.length, what).toBeGreaterThan(0);
    let at = v.body.start;
    for (const t of va.tokens) {
      if (t.span.start !== at || t.span.end <= t.span.start) {
        expect.fail(`${what}: token [${t.span.start}, ${t.span.end}) "${text.slice(t.span.start, t.span.end)}" does not continue the tiling at ${at}`);
      }
      at = t.span.end;
    }
    expect(at, `${what}: tokens end at the body end`).toBe(v.body.end);

    // Sentences: inside the body, in order, not overlapping, each on token boundaries.
    const boundaries = new Set([v.body.start, ...va.tokens.map((t) => t.span.end)]);
    let last = v.body.start;
    for (const s of va.sentences) {
      expect(inside(v.body, s.span) && s.span.end > s.span.start && s.span.start >= last, `${what}: sentence at ${s.span.start}`).toBe(true);
      expect(boundaries.has(s.span.start) && boundaries.has(s.span.end), `${what}: sentence "${text.slice(s.span.start, s.span.end)}" on token boundaries`).toBe(true);
      last = s.span.end;
    }

    // Outline items and their markers, titles and findings.
    for (const it of va.outline?.items ?? []) {
      expect(inside(v.body, it.span) && inside(it.span, it.markerSpan) && inside(it.span, it.titleSpan), `${what} item ${it.marker}`).toBe(true);
      expect(text.slice(it.markerSpan.start, it.markerSpan.end), what).toBe(it.marker);
    }
    for (const d of va.diagnostics) expect(inside(v.body, d.span), `${what} ${d.code}`).toBe(true);

    // Slots: inside the body, the value is the text at the span, a blank is empty, the unit follows.
    for (const s of va.slots) {
      const where = `${what} slot ${s.kind} "${s.value}" at ${s.span.start}`;
      expect(inside(v.body, s.span), where).toBe(true);
      expect(text.slice(s.span.start, s.span.end), where).toBe(s.value);
      if (s.kind === 'hollow') expect(s.value, where).toBe('');
      else expect(s.value.length, where).toBeGreaterThan(0);
      expect(s.label.length, where).toBeGreaterThan(0);
    }
  }
}

describe('pipeline invariants on every corpus page and the seed', () => {
  it.each(SUBJECTS.map((s) => [s.name, s] as const))('%s', async (_n, s) => {
    checkAnalysis(s.name, await analyzed(s.path));
  });
});

/** Runs a CLI command once per file (vitest runs this file in one worker) on the corpus folder and the seed. */
const cliRuns = new Map<string, Promise<unknown>>();
function cliJson<T>(command: string): Promise<T> {
  let p = cliRuns.get(command);
  if (p === undefined) {
    p = runCli(command, '--format', 'json', ...CLI_INPUTS).then((run) => {
      expect(run.code, `${command}: ${run.err}`).toBe(0);
      return JSON.parse(run.out) as unknown;
    });
    cliRuns.set(command, p);
  }
  return p as Promise<T>;
}

function fileOf<T extends { path: string }>(json: { files: T[] }, path: string): T {
  const f = json.files.find((x) => x.path === path);
  if (f === undefined) throw new Error(`no JSON entry for ${path}`);
  return f;
}

/**
 * The unit follows a blank: its characters start the rest of the line in order, with at most one
 * approximation word between them (the seed's 萬餘元 is reported with the unit 萬元).
 */
const QUALIFIER = /^[余餘多]$/;
function unitFollows(rest: string, unit: string): boolean {
  let i = 0;
  let skipped = 0;
  for (const ch of unit) {
    while (rest[i] !== ch && skipped === 0 && QUALIFIER.test(rest[i] ?? '') && i > 0) {
      i++;
      skipped++;
    }
    if (rest[i] !== ch) return false;
    i++;
  }
  return true;
}

function expectPosition(lines: string[], line: number, column: number, what: string): string {
  expect(Number.isInteger(line) && line >= 1 && line <= lines.length, `${what}: line ${line} in 1..${lines.length}`).toBe(true);
  const l = lines[line - 1] as string;
  expect(Number.isInteger(column) && column >= 0 && column <= l.length, `${what}: column ${column} in 0..${l.length}`).toBe(true);
  return l.slice(column);
}

describe('JSON positions point at the text of the file (1-based lines, 0-based columns)', () => {
  interface SplitJson { files: Array<{ path: string; title: string | null; variants: Array<{ id: string; startLine: number; endLine: number }> }> }
  interface OutlineJson {
    files: Array<{
      path: string;
      variants: Array<{
        id: string;
        items: Array<{ line: number; column: number; marker: string; parentLine: number | null }>;
        inline?: Array<{ line: number; column: number; marker: string }>;
        diagnostics: Array<{ line: number; column?: number; code: string }>;
      }>;
    }>;
  }
  interface SlotsJson { files: Array<{ path: string; variants: Array<{ id: string; slots: Array<{ line: number; column: number; length: number; value: string; kind: string; unit: string }> }> }> }

  it('the CLI reads every subject', async () => {
    const split = await cliJson<SplitJson>('split');
    expect(split.files.map((f) => f.path).sort()).toEqual([...PATHS].sort());
  });

  it.each(SUBJECTS.map((s) => [s.name, s] as const))('%s: split, outline and slots', async (_n, s) => {
    const a = await analyzed(s.path);
    const lines = editorLines(await referenceText(s));

    const split = fileOf(await cliJson<SplitJson>('split'), s.path);
    expect(split.variants).toHaveLength(a.variants.length);
    split.variants.forEach((jv, i) => {
      const v = a.variants[i]!.variant;
      const header = a.document.text.slice(v.header!.start, v.header!.end);
      expect(expectPosition(lines, jv.startLine, 0, jv.id).trim(), jv.id).toBe(header.trim());
      expectPosition(lines, jv.endLine, 0, jv.id);
      // The body's last character is on endLine.
      const body = a.document.text.slice(v.body.start, v.body.end).replace(/\s+$/, '');
      const lastLine = body.split(/\r\n|\r|\n/).at(-1) as string;
      expect(lines[jv.endLine - 1]!.trimEnd().endsWith(lastLine.trimEnd()), `${jv.id}: endLine ends the body`).toBe(true);
    });

    const outline = fileOf(await cliJson<OutlineJson>('outline'), s.path);
    let markers = 0;
    for (const jv of outline.variants) {
      for (const it of [...jv.items, ...(jv.inline ?? [])]) {
        expect(expectPosition(lines, it.line, it.column, `${jv.id} ${it.marker}`).startsWith(it.marker), `${jv.id} line ${it.line}:${it.column} starts with ${it.marker}`).toBe(true);
        markers++;
      }
      for (const it of jv.items) if (it.parentLine !== null) expect(jv.items.some((p) => p.line === it.parentLine), `${jv.id} parentLine ${it.parentLine}`).toBe(true);
      for (const d of jv.diagnostics) {
        // A finding is reported at an item of its variant.
        expect(jv.items.some((it) => it.line === d.line && (d.column === undefined || it.column === d.column)), `${jv.id} ${d.code} at ${d.line}`).toBe(true);
      }
    }
    expect(markers, s.name).toBeGreaterThan(0);

    const slots = fileOf(await cliJson<SlotsJson>('slots'), s.path);
    let count = 0;
    for (const jv of slots.variants) {
      for (const sl of jv.slots) {
        const what = `${jv.id} ${sl.kind} "${sl.value}" at ${sl.line}:${sl.column}`;
        const rest = expectPosition(lines, sl.line, sl.column, what);
        expect(rest.slice(0, sl.length), what).toBe(sl.value);
        expect(sl.length, what).toBe(sl.value.length);
        if (sl.kind === 'hollow') {
          expect(sl.length, what).toBe(0);
          expect(unitFollows(rest, sl.unit), `${what}: the unit ${sl.unit} follows the blank`).toBe(true);
        }
        count++;
      }
    }
    expect(count, s.name).toBeGreaterThan(0);
  });
});
