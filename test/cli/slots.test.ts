import { describe, expect, it } from 'vitest';
import { runCli as run } from '../helpers/cli.js';
import { HAS_SHARED, REPO_ROOT, SEED_PATH } from '../helpers/seed.js';

process.chdir(REPO_ROOT);

interface SlotsJson {
  files: Array<{
    path: string;
    variants: Array<{ id: string; slots: Array<{ line: number; column: number; length: number; value: string; kind: string; type: string; unit: string; label: string; confidence: number; rule: string }> }>;
  }>;
}

describe('plankit slots', () => {
  it('--format json follows the contract: files → variants → slots with line, column, length, value, kind, type, unit, label, confidence, rule', async () => {
    const r = await run('slots', '--format', 'json', 'fixtures/template/family-page.txt');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out) as SlotsJson;
    expect(j.files).toHaveLength(1);
    const f = j.files[0]!;
    expect(f.path).toBe('fixtures/template/family-page.txt');
    expect(f.variants.map((v) => v.id)).toEqual(['fixtures/template/family-page.txt#篇1', 'fixtures/template/family-page.txt#篇2', 'fixtures/template/family-page.txt#篇3']);
    const first = f.variants[0]!.slots;
    expect(first[0]).toEqual({ line: 5, column: 0, length: 4, value: '20xx', kind: 'placeholder', type: 'year', unit: '年', label: expect.any(String), confidence: expect.any(Number), rule: expect.stringMatching(/^placeholder\//) });
    expect(first.find((s) => s.kind === 'hollow')).toEqual({
      line: 9, column: 6, length: 0, value: '', kind: 'hollow', type: 'count', unit: '人', label: '社区现有会员·人数', confidence: expect.any(Number), rule: 'hollow/clause-end',
    });
    for (const s of f.variants.flatMap((v) => v.slots)) {
      expect(s.confidence).toBeGreaterThan(0);
      expect(s.confidence).toBeLessThanOrEqual(1);
    }
    expect(first.find((s) => s.unit === '万元')).toMatchObject({ value: '3', kind: 'literal', type: 'amount', parsed: { value: 30000, scale: 10000, qualifiers: ['左右'] } });
    // “三八” is a name: not a slot without --all.
    expect(f.variants[1]!.slots.some((s) => s.value === '三八')).toBe(false);
  });

  it('--all adds the numbers that name things as ordinal slots', async () => {
    const r = await run('slots', '--format', 'json', '--all', 'fixtures/template/family-page.txt');
    const j = JSON.parse(r.out) as SlotsJson;
    expect(j.files[0]!.variants[1]!.slots.filter((s) => s.type === 'ordinal').map((s) => s.value)).toEqual(['三八']);
  });

  it('reports the same slots for the Traditional copy, with units in its own script', async () => {
    const s = JSON.parse((await run('slots', '--format', 'json', 'fixtures/template/family-page.txt')).out) as SlotsJson;
    const t = JSON.parse((await run('slots', '--format', 'json', 'fixtures/template/family-page-traditional.txt')).out) as SlotsJson;
    const shape = (j: SlotsJson) => j.files[0]!.variants.map((v) => v.slots.map((x) => [x.line, x.column, x.length, x.kind, x.type]));
    expect(shape(t)).toEqual(shape(s));
    expect(t.files[0]!.variants[0]!.slots.find((x) => x.kind === 'hollow' && x.unit === '個')).toBeDefined();
  });

  it('text format lists each variant with position, kind, type, value and label', async () => {
    const r = await run('slots', 'fixtures/template/family-page.txt');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^fixtures\/template\/family-page\.txt#篇1 {2}slots: \d+$/m);
    expect(r.out).toMatch(/^ {2}9:6 +hollow +count +∅ +人 +0\.\d\d +社区现有会员·人数$/m);
  });

  it('--min-confidence leaves out the slots below it, and only those', async () => {
    const all = (JSON.parse((await run('slots', '--format', 'json', 'fixtures/template/family-page.txt')).out) as SlotsJson).files[0]!.variants.flatMap((v) => v.slots);
    const confidences = [...new Set(all.map((s) => s.confidence))].sort();
    expect(confidences.length).toBeGreaterThan(1);
    const cut = confidences[1]!;
    const r = await run('slots', '--format', 'json', '--min-confidence', String(cut), 'fixtures/template/family-page.txt');
    const kept = (JSON.parse(r.out) as SlotsJson).files[0]!.variants.flatMap((v) => v.slots);
    expect(kept).toEqual(all.filter((s) => s.confidence >= cut));
    const bad = await run('slots', '--min-confidence', '1.5', 'fixtures/template/family-page.txt');
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--min-confidence must be a number from 0 to 1/);
  });

  it('keeps going after a missing file and exits 1', async () => {
    const r = await run('slots', '--format', 'json', 'fixtures/template/nope.txt', 'fixtures/template/family-page.txt');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^plankit: fixtures\/template\/nope\.txt: /);
    expect((JSON.parse(r.out) as SlotsJson).files).toHaveLength(1);
  });

  it('rejects an unknown format with exit 2', async () => {
    const r = await run('slots', '--format', 'xml', 'fixtures/template/family-page.txt');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--format must be one of text, json/);
  });

  it.skipIf(!HAS_SHARED)('finds the seed page’s blanks (篇1 line 21: nine hollow counts)', async () => {
    const r = await run('slots', '--format', 'json', SEED_PATH);
    const v = (JSON.parse(r.out) as SlotsJson).files[0]!.variants[0]!;
    expect(v.slots.filter((s) => s.line === 21 && s.kind === 'hollow')).toHaveLength(10);
  });
});
