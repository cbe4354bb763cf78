import { describe, expect, it } from 'vitest';
import { findDuplicates, type DedupOptions, type DedupResult, type DedupUnit } from '../../src/dedup/index.js';
import { dedupUnit, type Analysis } from '../../src/pipeline.js';
import { runCli } from '../helpers/cli.js';
import { CORPUS_INPUTS, corpusPath, labelOfId, PAGES, splitOnly, type CorpusPage } from '../helpers/corpus-pages.js';
import { HAS_SHARED, loadGold, SEED_PATH } from '../helpers/seed.js';

/**
 * End to end: read → split → fold → dedup on the shipped corpus. The families found among a page's
 * variants are the manifest's (pairwise F1 = 1.0), each relation it lists is found with its name,
 * and with every page together no family mixes pages. The seed page's families are the gold's.
 */

/** Dedup needs only the split and the folded text: segmentation, outline and slots are skipped. */
const analysedForDedup = splitOnly;

function unitsOf(a: Analysis): DedupUnit[] {
  return a.variants.map((v) => dedupUnit(a, v.variant));
}

/** Unordered pairs of members that share a family. */
function samePairs(families: readonly (readonly string[])[]): Set<string> {
  const out = new Set<string>();
  for (const f of families) {
    const m = [...f].sort();
    for (let i = 0; i < m.length; i++) for (let j = i + 1; j < m.length; j++) out.add(`${m[i]}\u0000${m[j]}`);
  }
  return out;
}

/** Pairwise precision, recall and F1 of "same family" (gold/README.md scoring); 1 when both have no pairs. */
function pairwiseF1(found: readonly (readonly string[])[], gold: readonly (readonly string[])[]): { precision: number; recall: number; f1: number } {
  const f = samePairs(found);
  const g = samePairs(gold);
  let both = 0;
  for (const p of f) if (g.has(p)) both++;
  const precision = f.size === 0 ? (g.size === 0 ? 1 : 0) : both / f.size;
  const recall = g.size === 0 ? (f.size === 0 ? 1 : 0) : both / g.size;
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}

function canonicalFamilies(families: readonly (readonly string[])[]): string[][] {
  return families.map((f) => [...f].sort()).sort((x, y) => (x[0] as string).localeCompare(y[0] as string));
}

/** A relation as comparable text: contained keeps its order (inner first), the others are unordered. */
function relationKey(a: string, b: string, relation: string): string {
  const [x, y] = relation === 'contained' ? [a, b] : [a, b].sort();
  return `${x} ${relation} ${y}`;
}

function pageFamiliesAsIds(page: CorpusPage, path: string): string[][] {
  return page.families.map((f) => f.map((label) => `${path}#${label}`));
}

describe('families of each corpus page', () => {
  it.each(PAGES.map((p) => [p.file, p] as const))('%s: families and relations as the manifest says', async (_f, page) => {
    const a = await analysedForDedup(corpusPath(page.file));
    const r = findDuplicates(unitsOf(a));
    const found = r.families.map((f) => f.members.map(labelOfId));
    expect(pairwiseF1(found, page.families)).toEqual({ precision: 1, recall: 1, f1: 1 });
    expect(canonicalFamilies(found)).toEqual(canonicalFamilies(page.families));

    // The pairs found are exactly the relations the manifest lists (it lists every pair of each family).
    const pairs = r.pairs.map((p) => relationKey(labelOfId(p.a), labelOfId(p.b), p.relation)).sort();
    expect(pairs).toEqual(page.relations.map((x) => relationKey(x.a, x.b, x.relation)).sort());

    // Each member of a family of several is related to another member; the canonical member is one of them.
    for (const f of r.families) {
      expect(f.members).toContain(f.canonical);
      expect(f.delta.map((d) => d.id)).toEqual(f.members.filter((m) => m !== f.canonical));
    }
    // A truncated copy lies inside the fuller one: nearly all of the inner unit's shingles are in the outer one.
    for (const p of r.pairs.filter((x) => x.relation === 'contained')) {
      expect(p.containment[0], `${p.a} in ${p.b}`).toBeGreaterThanOrEqual(r.options.contained);
      expect(p.containment[0]).toBeGreaterThan(p.containment[1]);
    }
  });
});

describe('families of all corpus pages together', () => {
  async function allUnits(): Promise<{ units: DedupUnit[]; expected: string[][] }> {
    const units: DedupUnit[] = [];
    const expected: string[][] = [];
    for (const page of PAGES) {
      const a = await analysedForDedup(corpusPath(page.file));
      units.push(...unitsOf(a));
      expected.push(...pageFamiliesAsIds(page, a.document.path));
    }
    return { units, expected };
  }

  function expectPageFamilies(r: DedupResult, expected: string[][]): void {
    const found = r.families.map((f) => f.members);
    for (const f of found) {
      const pages = new Set(f.map((id) => id.slice(0, id.lastIndexOf('#'))));
      expect(pages.size, `family ${f.join(', ')} mixes pages`).toBe(1);
    }
    for (const p of r.pairs) expect(p.a.slice(0, p.a.lastIndexOf('#')), `${p.a} ~ ${p.b}`).toBe(p.b.slice(0, p.b.lastIndexOf('#')));
    expect(pairwiseF1(found, expected)).toEqual({ precision: 1, recall: 1, f1: 1 });
    expect(canonicalFamilies(found)).toEqual(canonicalFamilies(expected));
  }

  it('every pair is verified (small input): the families are the pages’ families, none mixes pages', async () => {
    const { units, expected } = await allUnits();
    const r = findDuplicates(units);
    expect(r.stats.units).toBe(units.length);
    expectPageFamilies(r, expected);
  });

  it('through the candidate search (LSH and containment sketch) the families are the same', async () => {
    const { units, expected } = await allUnits();
    const options: Partial<DedupOptions> = { exhaustiveBelow: 0 };
    const r = findDuplicates(units, options);
    expect(r.stats.exhaustive).toBe(false);
    expectPageFamilies(r, expected);
    // And the same pairs as the exhaustive run.
    const exhaustive = findDuplicates(units);
    expect(r.pairs.map((p) => relationKey(p.a, p.b, p.relation)).sort()).toEqual(exhaustive.pairs.map((p) => relationKey(p.a, p.b, p.relation)).sort());
  });
});

interface DedupJson {
  units: Array<{ id: string; chars: number }>;
  pairs: Array<{ a: string; b: string; resemblance: number; containment: [number, number]; relation: string }>;
  families: Array<{ id: string; members: string[]; canonical: string }>;
}

describe('plankit dedup --format json on the corpus folder', () => {
  it('units, pairs and families as the JSON contract says, with the manifest answers', async () => {
    const run = await runCli('dedup', '--format', 'json', ...CORPUS_INPUTS);
    expect(run.code).toBe(0);
    expect(run.err).toBe('');
    const json = JSON.parse(run.out) as DedupJson;

    const expectedIds: string[] = [];
    const expectedFamilies: string[][] = [];
    const expectedRelations: string[] = [];
    for (const page of PAGES) {
      const path = corpusPath(page.file);
      expectedIds.push(...page.variants.map((v) => `${path}#${v.label}`));
      expectedFamilies.push(...pageFamiliesAsIds(page, path));
      expectedRelations.push(...page.relations.map((x) => relationKey(`${path}#${x.a}`, `${path}#${x.b}`, x.relation)));
    }
    expect(json.units.map((u) => u.id).sort()).toEqual([...expectedIds].sort());
    // chars: the length of each unit's (folded) body, as the library sees it.
    for (const page of PAGES) {
      const a = await analysedForDedup(corpusPath(page.file));
      for (const v of a.variants) expect(json.units.find((u) => u.id === v.variant.id)?.chars, v.variant.id).toBe(v.variant.body.end - v.variant.body.start);
    }
    expect(canonicalFamilies(json.families.map((f) => f.members))).toEqual(canonicalFamilies(expectedFamilies));
    for (const f of json.families) expect(f.members).toContain(f.canonical);
    expect(json.pairs.map((p) => relationKey(p.a, p.b, p.relation)).sort()).toEqual(expectedRelations.sort());
    for (const p of json.pairs) {
      for (const x of [p.resemblance, ...p.containment]) expect(x >= 0 && x <= 1, `${p.a} ~ ${p.b}`).toBe(true);
    }
  });
});

interface GoldVariants {
  families: string[][];
  relations: Array<{ a: string; b: string; relation: string }>;
}

describe.skipIf(!HAS_SHARED)('families of the seed page', () => {
  it('alone and among the corpus pages, the gold families (pairwise F1 = 1.0) and the gold relations', async () => {
    const gold = loadGold<GoldVariants>('seed-variants');
    const seed = await analysedForDedup(SEED_PATH);
    const alone = findDuplicates(unitsOf(seed));
    expect(pairwiseF1(alone.families.map((f) => f.members.map(labelOfId)), gold.families).f1).toBe(1);
    const found = new Set(alone.pairs.map((p) => relationKey(labelOfId(p.a), labelOfId(p.b), p.relation)));
    for (const x of gold.relations) expect([...found], `${x.a} ${x.relation} ${x.b}`).toContain(relationKey(x.a, x.b, x.relation));

    const units = [...unitsOf(seed)];
    for (const page of PAGES) units.push(...unitsOf(await analysedForDedup(corpusPath(page.file))));
    const together = findDuplicates(units);
    const seedFamilies = together.families.filter((f) => f.members.some((m) => m.startsWith(`${SEED_PATH}#`)));
    for (const f of seedFamilies) expect(f.members.every((m) => m.startsWith(`${SEED_PATH}#`)), f.members.join(', ')).toBe(true);
    expect(pairwiseF1(seedFamilies.map((f) => f.members.map(labelOfId)), gold.families).f1).toBe(1);
  });
});
