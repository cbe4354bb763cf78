import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli as run } from '../helpers/cli.js';
import { planParagraphs } from '../../scripts/lib/plan-text.js';
import { Rng } from '../../scripts/lib/rng.js';
import { HAS_SHARED, loadGold, SEED_PATH } from '../helpers/seed.js';

interface DedupJson {
  units: Array<{ id: string; chars: number; path: string; label: string | null; startLine: number }>;
  pairs: Array<{ a: string; b: string; resemblance: number; containment: [number, number]; relation: string }>;
  families: Array<{ id: string; members: string[]; canonical: string; delta: Array<{ id: string; missing: number }> }>;
}

/** A page of variants (own generated plan text) and a plain file, in a fresh temp folder. */
function corpus(): { dir: string; page: string; plain: string; other: string } {
  const dir = mkdtempSync(join(tmpdir(), 'plankit-dedup-'));
  const base = planParagraphs(new Rng(31), 800);
  const page = join(dir, 'page.txt');
  const variants = [base, base.map((p) => p.replace(/\d+/g, 'xx')), base.slice(0, Math.ceil(base.length / 2)), planParagraphs(new Rng(32), 600)];
  writeFileSync(page, ['2024年社区工作计划', '', ...variants.flatMap((v, i) => [`2024年社区工作计划 篇${i + 1}`, '', ...v, ''])].join('\n'));
  const plain = join(dir, 'copy.txt');
  // A file without variant headers: its first line is the title, the rest is the one unit.
  writeFileSync(plain, '2024年社区工作计划\n\n' + base.join('\n\n') + '\n');
  const other = join(dir, 'other.txt');
  writeFileSync(other, planParagraphs(new Rng(33), 700).join('\n') + '\n');
  return { dir, page, plain, other };
}

describe('plankit dedup', () => {
  const c = corpus();

  it('--format json follows the contract: units, pairs with both containments, families', async () => {
    const r = await run('dedup', '--format', 'json', c.page, c.plain, c.other);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out) as DedupJson;
    expect(j.units.map((u) => u.id)).toEqual([`${c.page}#篇1`, `${c.page}#篇2`, `${c.page}#篇3`, `${c.page}#篇4`, c.plain, c.other]);
    expect(j.units[0]).toMatchObject({ path: c.page, label: '篇1', startLine: 3 });
    expect(j.families.map((f) => f.members)).toEqual([[`${c.page}#篇1`, `${c.page}#篇2`, `${c.page}#篇3`, c.plain], [`${c.page}#篇4`], [c.other]]);
    const rel = (a: string, b: string): string | undefined => j.pairs.find((p) => p.a === a && p.b === b)?.relation;
    expect(rel(`${c.page}#篇1`, `${c.page}#篇2`)).toBe('near-duplicate');
    // The plain file's title line is part of its unit (a 篇 variant is its body): a near-duplicate of
    // 篇1, no longer a verbatim copy; without the title it is identical (--skip-title, below).
    expect(rel(`${c.page}#篇1`, c.plain)).toBe('near-duplicate');
    expect(rel(`${c.page}#篇3`, `${c.page}#篇1`)).toBe('contained');
    for (const p of j.pairs) {
      expect(p.containment).toHaveLength(2);
      expect(p.resemblance).toBeGreaterThanOrEqual(0);
      expect(p.resemblance).toBeLessThanOrEqual(1);
    }
  });

  it('prints a readable table of families and pairs', async () => {
    const r = await run('dedup', c.page, c.plain, c.other, '--singletons');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^6 units: 1 family of copies, 2 units alone, \d+ related pairs/);
    expect(r.out).toContain('F1  4 members');
    // Each member says why it joined (link and the member it came through), its relation to the
    // canonical member, resemblance, both containments, then what it lacks and adds.
    expect(r.out).toMatch(/page\.txt#篇3 +contained with copy\.txt +contained +0\.\d{3} +100% +\d+% +\d+% +0% /);
    // Within one file the member it came through is named by its label.
    expect(r.out).toMatch(/page\.txt#篇2 +near-duplicate with 篇1 /);
    expect(r.out).toContain('Alone\n  page.txt#篇4\n  other.txt');
    // Paths are shown relative to the folder they share.
    expect(r.out).toContain(`(paths below are in ${c.dir}/)`);
  });

  it('keeps the title line of a page without variants in its unit unless --skip-title', async () => {
    const withTitle = JSON.parse((await run('dedup', '--format', 'json', c.page, c.plain)).out) as DedupJson;
    const plainUnit = withTitle.units.find((u) => u.id === c.plain) as DedupJson['units'][number];
    // The unit starts at the title (line 1); the body alone starts on line 3.
    expect(plainUnit.startLine).toBe(1);
    const skipped = JSON.parse((await run('dedup', '--format', 'json', '--skip-title', c.page, c.plain)).out) as DedupJson;
    const rel = skipped.pairs.find((p) => p.a === `${c.page}#篇1` && p.b === c.plain)?.relation;
    expect(rel).toBe('identical');
    expect(skipped.units.find((u) => u.id === c.plain)?.chars).toBeLessThan(plainUnit.chars);
  });

  it('takes thresholds and shingle options, and rejects bad values with exit 2', async () => {
    const loose = JSON.parse((await run('dedup', '--format', 'json', '--near', '0.4', c.page)).out) as DedupJson;
    // 篇3 is the first half of 篇1: contained by default, near-duplicate once resemblance 0.4 is enough.
    expect(loose.pairs.find((p) => p.a === `${c.page}#篇3` || p.b === `${c.page}#篇3`)?.relation).toBe('near-duplicate');
    const strict = JSON.parse((await run('dedup', '--format', 'json', '--overlap', '0.9', '--contained', '0.9', c.other, c.page)).out) as DedupJson;
    expect(strict.families).toHaveLength(3);
    const r = await run('dedup', '--shingle', '3', '--perm', '64', '--format', 'json', c.page);
    expect(r.code).toBe(0);
    expect((await run('dedup', '--near', '1.5', c.page)).code).toBe(2);
    expect((await run('dedup', '--shingle', '2.5', c.page)).code).toBe(2);
    expect((await run('dedup', '--format', 'xml', c.page)).code).toBe(2);
    expect((await run('dedup', '--boilerplate-df', '0', c.page)).code).toBe(2);
    expect((await run('dedup', '--boilerplate-df', '1.5', c.page)).code).toBe(2);
    expect((await run('dedup', '--min-shared', '-3', c.page)).code).toBe(2);
    const tuned = await run('dedup', '--format', 'json', '--boilerplate-df', '3', '--min-shared', '0', c.page);
    expect(tuned.code).toBe(0);
    expect((JSON.parse(tuned.out) as { options: { boilerplateDf: number; minShared: number } }).options).toMatchObject({ boilerplateDf: 3, minShared: 0 });
  });

  it('reports a missing file on one line, goes on with the others, and exits 1', async () => {
    const r = await run('dedup', '--format', 'json', join(c.dir, 'missing.txt'), c.other);
    expect(r.code).toBe(1);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toContain('missing.txt');
    expect((JSON.parse(r.out) as DedupJson).units).toHaveLength(1);
  });

  it('compares a file given twice once', async () => {
    const r = await run('dedup', '--format', 'json', c.other, c.other);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.out) as DedupJson).units).toHaveLength(1);
  });
});

describe.skipIf(!HAS_SHARED)('plankit dedup on the seed page', () => {
  it('finds the gold families through split', async () => {
    const r = await run('dedup', '--format', 'json', SEED_PATH);
    const j = JSON.parse(r.out) as DedupJson;
    const gold = loadGold<{ families: string[][] }>('seed-variants');
    expect(j.families.map((f) => f.members.map((m) => m.slice(m.indexOf('#') + 1)))).toEqual(gold.families);
  });
});
