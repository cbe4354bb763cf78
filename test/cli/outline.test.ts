import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli as run } from '../helpers/cli.js';
import type { OutlineFileJson } from '../../src/report/outline.js';
import { HAS_SHARED, REPO_ROOT, SEED_PATH, loadGold } from '../helpers/seed.js';

process.chdir(REPO_ROOT);
const DIAG = 'fixtures/outline/diagnostics.txt';
const TRAD = 'fixtures/outline/traditional.txt';

describe('plankit outline', () => {
  it('--format json follows the contract: files → variants → items / diagnostics', async () => {
    const r = await run('outline', '--format', 'json', DIAG);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    const j = JSON.parse(r.out) as { files: OutlineFileJson[] };
    expect(j.files).toHaveLength(1);
    const v = j.files[0]?.variants[0];
    expect(v?.id).toBe(DIAG);
    expect(v?.label).toBeNull();
    expect(v?.items[2]).toEqual({
      line: 7, column: 0, marker: '（一）、', style: 'cn-paren', ordinal: 1, depth: 2, parentLine: 6, title: '隐患排查', kind: 'heading', renumbered: 1,
    });
    expect(v?.diagnostics.map((d) => `${d.line}:${d.code}:${d.severity}`)).toEqual([
      '10:gap:warning', '11:malformed:warning', '13:duplicate:warning', '17:gap:warning', '18:out-of-order:warning',
      '21:mixed-style:info', '26:gap:warning', '30:restart:warning',
    ]);
    expect(v?.conformance).toBeUndefined();
  });

  it('--gbt adds the conformance report with the suggested markers', async () => {
    const j = JSON.parse((await run('outline', '--format', 'json', '--gbt', DIAG)).out) as { files: OutlineFileJson[] };
    const c = j.files[0]?.variants[0]?.conformance;
    expect(c?.conforms).toBe(false);
    expect(c?.deviations.slice(0, 2)).toEqual([
      { line: 7, column: 0, level: 2, found: '（一）、', suggested: '（一）' },
      { line: 8, column: 0, level: 3, found: '1、', suggested: '1.' },
    ]);
    const text = await run('outline', '--gbt', DIAG);
    expect(text.out).toContain('GB/T 9704-2012: 17 deviation(s)');
    expect(text.out).toContain('line 26: level 1 "五、" → "三、"');
  });

  it('tree output indents by depth and keeps the original script', async () => {
    const r = await run('outline', TRAD);
    expect(r.code).toBe(0);
    expect(r.out.split('\n')).toEqual(expect.arrayContaining(['   3  一、指導思想', '   5    （一）完善服務設施', '   6      1．推進社區綜合服務中心改造']));
  });

  it('markdown renders headings by depth and list items as bullets', async () => {
    const r = await run('outline', '--format', 'markdown', 'fixtures/outline/gbt-standard.txt');
    const lines = r.out.split('\n');
    expect(lines[0]).toBe('# fixtures/outline/gbt-standard.txt');
    expect(lines).toEqual(expect.arrayContaining(['## 二、主要任务', '### （一）实施新教师入职培训', '- 1.集中培训', '#### 1.名师工作室建设', '##### （2）工作职责', '- ①组织一次公开课展示']));
  });

  it('--fix prints the text renumbered with GB/T markers, byte for byte the same elsewhere', async () => {
    const r = await run('outline', '--fix', DIAG);
    expect(r.code).toBe(0);
    expect(r.out).toBe(readFileSync('fixtures/outline/diagnostics.fixed.txt', 'utf8'));
    // Fixing the fixed text changes nothing, and it has no gaps left.
    const dir = mkdtempSync(join(tmpdir(), 'plankit-outline-'));
    writeFileSync(join(dir, 'fixed.txt'), r.out);
    expect((await run('outline', '--fix', join(dir, 'fixed.txt'))).out).toBe(r.out);
    const j = JSON.parse((await run('outline', '--format', 'json', join(dir, 'fixed.txt'))).out) as { files: OutlineFileJson[] };
    expect(j.files[0]?.variants[0]?.diagnostics.map((d) => d.code)).toEqual(['restart']); // a missing heading is not invented
  });

  it('--fix with several inputs heads each text with its path; bad inputs are reported and skipped', async () => {
    const r = await run('outline', '--fix', DIAG, 'fixtures/outline/does-not-exist.txt', TRAD);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^plankit: .*does-not-exist\.txt: .+\n$/);
    expect(r.out.startsWith(`==> ${DIAG} <==\n`)).toBe(true);
    expect(r.out).toContain(`\n==> ${TRAD} <==\n`);
    expect(r.out.endsWith(readFileSync(TRAD, 'utf8'))).toBe(true); // already conforming: unchanged
  });

  it('rejects bad option combinations with exit 2', async () => {
    expect((await run('outline', '--format', 'yaml', DIAG)).code).toBe(2);
    expect((await run('outline', '--fix', '--format', 'json', DIAG)).code).toBe(2);
    expect((await run('outline', '--fix', '--gbt', DIAG)).code).toBe(2);
  });

  it('a document without numbering gives an empty outline and exit 0', async () => {
    const j = JSON.parse((await run('outline', '--format', 'json', 'fixtures/outline/no-numbering.txt')).out) as { files: OutlineFileJson[] };
    expect(j.files[0]?.variants.map((v) => [v.items.length, v.inline.length, v.diagnostics.length])).toEqual([[0, 0, 0]]);
  });
});

describe.skipIf(!HAS_SHARED)('plankit outline on the seed page', () => {
  interface GoldVariant { label: string; items: Array<{ line: number; style: string; ordinal: number; parent: number | null }>; diagnostics: Array<{ line: number; code: string }> }

  it('JSON items per variant equal the gold (line, style, ordinal, parentLine); inline ones are apart', async () => {
    const r = await run('outline', '--format', 'json', SEED_PATH);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out) as { files: OutlineFileJson[] };
    const gold = loadGold<{ variants: GoldVariant[] }>('seed-outline');
    const variants = j.files[0]?.variants ?? [];
    expect(variants.map((v) => v.label)).toEqual(gold.variants.map((v) => v.label));
    expect(variants[1]?.id).toBe(`${SEED_PATH}#篇2`);
    for (const [i, g] of gold.variants.entries()) {
      const v = variants[i];
      expect(v?.items.map((it) => [it.line, it.style, it.ordinal, it.parentLine])).toEqual(g.items.map((it) => [it.line, it.style, it.ordinal, it.parent]));
      const graded = v?.diagnostics.filter((d) => ['gap', 'restart', 'malformed'].includes(d.code)).map((d) => `${d.line}:${d.code}`);
      expect(graded).toEqual(g.diagnostics.map((d) => `${d.line}:${d.code}`));
    }
    expect(variants[0]?.inline.map((it) => it.line)).toEqual([13, 13, 13, 13, 13]);
  });

  it('--fix on the Traditional seed changes only the markers at line starts', async () => {
    const original = readFileSync(SEED_PATH, 'utf8');
    const fixed = (await run('outline', '--fix', SEED_PATH)).out;
    const a = original.split('\n');
    const b = fixed.split('\n');
    expect(b).toHaveLength(a.length);
    // Strip any line-start marker (as written or in its GB/T form); what remains must be identical.
    const marker = /^\s*(?:[（(][一二三四五六七八九十0-9]+、?[)）][、.]?|[一二三四五六七八九十]+[、是]|[0-9]+[、.．])/;
    let changed = 0;
    for (let i = 0; i < a.length; i++) {
      if (a[i] !== b[i]) changed++;
      expect((b[i] as string).replace(marker, ''), `line ${i + 1}`).toBe((a[i] as string).replace(marker, ''));
    }
    expect(changed).toBeGreaterThan(100);
    expect(fixed).toContain('\n（二）日常工作\n'); // (二、) → （二）
  });
});
