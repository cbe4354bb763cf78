import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, type CliRun } from '../helpers/cli.js';
import { analyzedPage, CORPUS_INPUTS, corpusPath, lineOf, linesOf, PAGES, splitOnly } from '../helpers/corpus-pages.js';

/**
 * End to end: `plankit batch` on the corpus folder (worker thread, SQLite store, JSON Lines export)
 * stores what the library finds page by page and the manifest's answers; a second run resumes.
 */

type Row = Record<string, unknown>;

let dir: string;
let first: CliRun;
let second: CliRun;
let reuse: CliRun;
const tables = new Map<string, Row[]>();

function table(name: string): Row[] {
  let rows = tables.get(name);
  if (rows === undefined) {
    rows = readFileSync(join(dir, 'jsonl', `${name}.jsonl`), 'utf8')
      .split('\n')
      .filter((l) => l.length > 0)
      .map((l) => JSON.parse(l) as Row);
    tables.set(name, rows);
  }
  return rows;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'plankit-batch-'));
  const db = join(dir, 'results.db');
  // One worker: the machine has two cores and the other test files run beside this one.
  first = await runCli('batch', '--db', db, '--jsonl', join(dir, 'jsonl'), '--format', 'json', '--workers', '1', ...CORPUS_INPUTS);
  second = await runCli('batch', '--db', db, '--format', 'json', '--workers', '1', ...CORPUS_INPUTS);
  reuse = await runCli('reuse', db, '--format', 'json');
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Variant rows of one page, in page order. */
function variantRows(file: string): Row[] {
  const f = table('files').find((r) => r.path === corpusPath(file));
  expect(f, file).toBeDefined();
  return table('variants')
    .filter((r) => r.file_id === f!.id)
    .sort((x, y) => (x.idx as number) - (y.idx as number));
}

describe('plankit batch on the corpus folder', () => {
  it('analyses every page once, builds the families, and resumes without redoing anything', () => {
    expect(first.code, first.err).toBe(0);
    expect(first.err).toBe('');
    const s = JSON.parse(first.out) as Row;
    expect([s.filesSeen, s.filesAnalyzed, s.filesFailed]).toEqual([PAGES.length, PAGES.length, 0]);
    const units = PAGES.reduce((n, p) => n + p.variants.length, 0);
    const families = PAGES.reduce((n, p) => n + p.families.length, 0);
    const pairs = PAGES.reduce((n, p) => n + p.relations.length, 0);
    expect(s.families).toMatchObject({ status: 'built', units, families, pairs });

    expect(second.code, second.err).toBe(0);
    const r = JSON.parse(second.out) as Row;
    expect([r.filesSeen, r.filesAnalyzed, r.filesSkipped, r.filesFailed]).toEqual([PAGES.length, 0, PAGES.length, 0]);
  });

  it.each(PAGES.map((p) => [p.file, p] as const))('%s: the stored file, variants, findings and slots are the library’s', async (_f, page) => {
    const a = await analyzedPage(page);
    const f = table('files').find((r) => r.path === corpusPath(page.file))!;
    expect(f).toMatchObject({ status: 'ok', script: page.script, title: page.title, variant_count: page.variants.length, encoding: a.document.encoding });

    const rows = variantRows(page.file);
    expect(rows.map((r) => r.label)).toEqual(page.variants.map((v) => v.label));
    rows.forEach((row, i) => {
      const v = a.variants[i]!;
      const want = page.variants[i]!;
      if (want.line !== null) expect(row.start_line, want.label).toBe(want.line);
      expect([row.variant_id, row.body_start, row.body_end], want.label).toEqual([v.variant.id, v.variant.body.start, v.variant.body.end]);
      expect(row.text, want.label).toBe(a.document.text.slice(v.variant.body.start, v.variant.body.end));

      const findings = table('diagnostics')
        .filter((d) => d.variant === row.id)
        .map((d) => `${String(d.line)} ${String(d.code)}`)
        .sort();
      expect(findings, want.label).toEqual(v.diagnostics.map((d) => `${lineOf(a, d.span.start)} ${d.code}`).sort());

      const items = table('outline_items').filter((it) => it.variant === row.id);
      expect(items.map((it) => [it.line, it.col, it.marker, it.depth]), want.label).toEqual(
        v.outline!.items.map((it) => {
          const p = linesOf(a).position(it.markerSpan.start);
          return [p.line, p.column, it.marker, it.depth];
        }),
      );

      const slots = table('slots').filter((s) => s.variant === row.id);
      expect(slots.map((s) => [s.start, s.end, s.value, s.kind, s.type]), want.label).toEqual(v.slots.map((s) => [s.span.start, s.span.end, s.value, s.kind, s.type]));
    });
  });

  it('the stored families are the manifest’s, page by page, none across pages', () => {
    const members = new Map<unknown, string[]>();
    for (const m of table('family_members')) members.set(m.family_id, [...(members.get(m.family_id) ?? []), m.variant_id as string]);
    const found = [...members.values()].map((f) => [...f].sort()).sort((x, y) => x[0]!.localeCompare(y[0]!));
    const expected = PAGES.flatMap((p) => p.families.map((f) => f.map((l) => `${corpusPath(p.file)}#${l}`).sort())).sort((x, y) => x[0]!.localeCompare(y[0]!));
    expect(found).toEqual(expected);
    for (const f of table('families')) expect(members.get(f.id), String(f.family)).toContain(f.canonical);
  });
});

describe('plankit reuse on the batch results', () => {
  it('reports every page, the families of copies, and no passage recurring across pages', async () => {
    expect(reuse.code, reuse.err).toBe(0);
    const r = JSON.parse(reuse.out) as {
      summary: Row;
      passages: Array<{ documents?: number }>;
      documents: Array<{ path: string }>;
      families: Array<{ id: string; members: string[]; canonical: string }>;
    };
    expect(r.documents.map((d) => d.path).sort()).toEqual(PAGES.map((p) => corpusPath(p.file)).sort());
    expect(r.summary).toMatchObject({ documents: PAGES.length, families: PAGES.reduce((n, p) => n + p.families.length, 0) });
    // Families of two or more (the default smallest reported family) are the manifest's.
    const expected = PAGES.flatMap((p) => p.families.filter((f) => f.length > 1).map((f) => f.map((l) => `${corpusPath(p.file)}#${l}`).sort()));
    expect(r.families.map((f) => [...f.members].sort()).sort()).toEqual(expected.sort());

    // The pages are on different topics: no sentence of ten characters or more (punctuation and
    // spaces aside) occurs on two pages, so no passage recurs across documents.
    const pagesOf = new Map<string, Set<string>>();
    for (const page of PAGES) {
      const a = await splitOnly(corpusPath(page.file));
      for (const v of a.variants) {
        for (const sentence of a.document.folded.slice(v.variant.body.start, v.variant.body.end).split(/[。；！？;!?\n]/)) {
          const key = sentence.replace(/[\s\p{P}\p{S}]/gu, '');
          if (key.length >= 10) pagesOf.set(key, (pagesOf.get(key) ?? new Set()).add(page.file));
        }
      }
    }
    const recurring = [...pagesOf.values()].filter((s) => s.size > 1).length;
    expect(recurring).toBe(0);
    expect(r.passages).toEqual([]);
    expect(r.summary.recurringSentences).toBe(0);
  });
});
