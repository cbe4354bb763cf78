import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { CSV_TABLES, normalisePassage, type ReuseReport } from '../../src/reuse/index.js';
import { generateCorpus, STOCK, type GeneratedCorpus } from '../../scripts/gen-docs-corpus.js';
import { textDocument } from '../helpers/seed.js';

async function run(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const r = await runCli(...args);
  return { code: r.code, stdout: r.out, stderr: r.err };
}

let dir: string;
let corpus: GeneratedCorpus;
let db: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'plankit-cli-reuse-'));
  // 40 generated pages: UTF-8, GB18030, Traditional and HTML, stock sentences with known page counts.
  corpus = await generateCorpus({ out: join(dir, 'gen'), docs: 40, seed: 11 });
  db = join(dir, 'r.sqlite');
  const r = await run('batch', join(dir, 'gen', 'docs'), '--db', db, '--workers', '2');
  expect(r.code).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('plankit reuse', () => {
  it('finds every stock sentence in exactly the pages the generator put it in', async () => {
    const r = await run('reuse', db, '--format', 'json');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as ReuseReport;
    expect(report.summary.documents).toBe(40);
    // Stock sentences are the generator's known shared passages; match them by normalised text.
    const norm = (s: string) => {
      const d = textDocument(s);
      return normalisePassage(d.folded, 0, d.folded.length);
    };
    const found = new Map(report.passages.filter((p) => p.kind === 'sentence').map((p) => [norm(p.text), p.documents]));
    let checked = 0;
    STOCK.forEach((text, k) => {
      const pages = corpus.stockPages[k] as number;
      if (pages >= 2) {
        expect(found.get(norm(text)), `stock sentence ${k}`).toBe(pages);
        checked++;
      } else {
        expect(found.has(norm(text))).toBe(false);
      }
    });
    expect(checked).toBeGreaterThanOrEqual(6);
    // Boilerplate ratios are shares; families cover every variant.
    expect(report.documents.every((d) => d.boilerplate >= 0 && d.boilerplate <= 1 && d.reusedChars <= d.chars)).toBe(true);
    expect(report.familySizes.reduce((n, f) => n + f.size * f.families, 0)).toBeGreaterThan(40);
  });

  it('writes every CSV table into a directory, with a BOM for Excel', async () => {
    const out = join(dir, 'csv');
    const r = await run('reuse', db, '--format', 'csv', '-o', out + '/', '--excel');
    expect(r.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(CSV_TABLES.map((t) => `${t}.csv`).sort());
    const docs = readFileSync(join(out, 'documents.csv'), 'utf8');
    expect(docs.startsWith('\uFEFFpath,chars,reused_chars,boilerplate\r\n')).toBe(true);
    expect(docs.trimEnd().split('\r\n')).toHaveLength(41);
  });

  it('prints one CSV table to stdout', async () => {
    const r = await run('reuse', db, '--format', 'csv', '--table', 'documents');
    expect(r.stdout.split('\r\n')[0]).toBe('path,chars,reused_chars,boilerplate');
  });

  it('writes a self-contained HTML page', async () => {
    const out = join(dir, 'report.html');
    const r = await run('reuse', db, '--format', 'html', '-o', out);
    expect(r.code).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('<svg');
    expect(html).not.toMatch(/<script|<link|src=|href=/i);
  });

  it('analyses inputs that are not a database first, into a temporary database', async () => {
    const two = corpus.files.slice(0, 2);
    const r = await run('reuse', ...two, '--format', 'json', '--workers', '1');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as ReuseReport;
    expect(report.documents.map((d) => d.path)).toEqual(two);
  });

  it('rejects bad options with exit 2', async () => {
    expect((await run('reuse', db, '--format', 'xml')).code).toBe(2);
    expect((await run('reuse', db, '--min-docs', '1')).code).toBe(2);
    expect((await run('reuse', db, '--table', 'nope', '--format', 'csv')).code).toBe(2);
    expect(existsSync(db)).toBe(true);
  });
});
