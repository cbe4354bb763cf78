import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/cli/text.js';
import { runCli as run } from '../helpers/cli.js';
import { HAS_SHARED, REPO_ROOT, SEED_PATH, loadGold } from '../helpers/seed.js';

// Fixture paths are given relative to the repository root, the way a user in the repo would.
process.chdir(REPO_ROOT);

interface SplitJson {
  files: Array<{
    path: string;
    encoding: string;
    script: string;
    title: string | null;
    variants: Array<{ id: string; label: string | null; startLine: number; endLine: number; chars: number }>;
    diagnostics: Array<{ line: number; code: string; severity: string; message: string }>;
  }>;
}

describe('plankit split', () => {
  it('--format json follows the contract: files → path, encoding, script, title, variants', async () => {
    const r = await run('split', '--format', 'json', 'fixtures/split/pian-suffix.txt', 'fixtures/split/no-headers.txt');
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    const j = JSON.parse(r.out) as SplitJson;
    expect(j.files.map((f) => f.path)).toEqual(['fixtures/split/pian-suffix.txt', 'fixtures/split/no-headers.txt']);
    const [a, b] = j.files;
    expect(a).toMatchObject({ encoding: 'utf-8', script: 'simplified', title: '2024年社区安全生产工作计划' });
    expect(a!.variants.map(({ id, label, startLine, endLine }) => ({ id, label, startLine, endLine }))).toEqual([
      { id: 'fixtures/split/pian-suffix.txt#篇1', label: '篇1', startLine: 3, endLine: 12 },
      { id: 'fixtures/split/pian-suffix.txt#篇2', label: '篇2', startLine: 15, endLine: 23 },
      { id: 'fixtures/split/pian-suffix.txt#篇3', label: '篇3', startLine: 25, endLine: 28 },
    ]);
    expect(b!.variants).toEqual([{ id: 'fixtures/split/no-headers.txt', label: null, startLine: 3, endLine: 12, bodyStartLine: 2, chars: expect.any(Number) }]);
    expect(b!.diagnostics.map((d) => d.code)).toEqual(['no-variants']);
  });

  it('text format: a readable table per file, diagnostics under it', async () => {
    const r = await run('split', 'fixtures/split/toc.txt');
    expect(r.code).toBe(0);
    const lines = r.out.trimEnd().split('\n');
    expect(lines[0]).toBe('fixtures/split/toc.txt  utf-8  simplified  title: 高中班主任工作计划 (line 1)  variants: 3');
    expect(lines[1]).toMatch(/^ {2}id +label +lines +chars$/);
    expect(lines[2]).toMatch(/^ {2}fixtures\/split\/toc\.txt#篇1 +篇1 +7-9 +\d+$/);
    expect(lines[5]).toMatch(/^ {2}info preamble \(line 3\): /);
    // Columns line up in display width (篇 is two columns wide).
    expect(displayWidth(lines[2]!.slice(0, lines[2]!.indexOf('7-9')))).toBe(lines[1]!.indexOf('lines'));
  });

  it('a missing file is one error line and exit 1; the other inputs are still split', async () => {
    const r = await run('split', '--format', 'json', 'fixtures/split/no-such.txt', 'fixtures/split/fanwen.txt');
    expect(r.code).toBe(1);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toMatch(/^plankit: fixtures\/split\/no-such\.txt: /);
    expect((JSON.parse(r.out) as SplitJson).files.map((f) => f.variants.length)).toEqual([3]);
  });

  it('reads GB18030 files and reports the encoding', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'plankit-split-'));
    const path = join(dir, 'gb.txt');
    const iconv = await import('iconv-lite');
    writeFileSync(path, iconv.default.encode('物业工作计划\n\n物业工作计划 篇1\n做好保洁。\n\n物业工作计划 篇2\n做好绿化。\n', 'gb18030'));
    const r = await run('split', '--format', 'json', path);
    expect(r.code).toBe(0);
    const f = (JSON.parse(r.out) as SplitJson).files[0]!;
    expect(f.encoding).toBe('gb18030');
    expect(f.variants.map((v) => v.label)).toEqual(['篇1', '篇2']);
  });

  it('a bad --format is a usage error (exit 2)', async () => {
    const r = await run('split', '--format', 'xml', 'fixtures/split/fanwen.txt');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--format must be one of text, json/);
  });
});

describe.skipIf(!HAS_SHARED)('plankit split on the seed page', () => {
  it('reports the 8 gold variants with their header lines', async () => {
    const r = await run('split', '--format', 'json', SEED_PATH);
    expect(r.code).toBe(0);
    const f = (JSON.parse(r.out) as SplitJson).files[0]!;
    expect(f.script).toBe('traditional');
    expect(f.title).toBe('2023企業工會年度工作計畫');
    const gold = loadGold<{ variants: Array<{ label: string; header_line: number }> }>('seed-variants');
    expect(f.variants.map((v) => ({ label: v.label, header_line: v.startLine }))).toEqual(gold.variants);
    expect(f.variants[0]!.endLine).toBe(103);
  });
});
