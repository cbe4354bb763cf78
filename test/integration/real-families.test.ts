import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findDuplicates, type DedupUnit } from '../../src/dedup/index.js';
import { normalize } from '../../src/normalize/index.js';
import { dedupUnit, type Analysis } from '../../src/pipeline.js';
import { expandInputs, readDocument } from '../../src/read/index.js';
import { maskedDocument, splitVariants } from '../../src/split/index.js';
import { pairwiseScore } from '../../scripts/lib/family-score.js';
import { REPO_ROOT } from '../helpers/seed.js';

/**
 * The real dev set (corpus/real: public-domain government documents): the families of real copies
 * — a regulation as the issuing organ and two legal databases publish it, a Gazette text and its
 * repost, a revision that keeps most articles word for word — and look-alike distractors that share
 * a template or a genre (two holiday notices of one university, two cities' lawmaking regulations,
 * a later version of a law rewritten throughout). Every document is one unit, as `plankit dedup`
 * makes it.
 */
interface RealFamilies {
  families: Array<{ id: string; members: string[] }>;
  distractors: string[];
}

const REAL = join(REPO_ROOT, 'corpus/real');

describe('dedup on the real dev set', () => {
  it('finds the listed families exactly and leaves every distractor out of them', async () => {
    const gold = JSON.parse(readFileSync(join(REAL, 'gold/families.json'), 'utf8')) as RealFamilies;
    const { files } = await expandInputs([join(REAL, 'docs')]);
    const units: DedupUnit[] = [];
    for (const path of files) {
      const document = normalize(await readDocument(path));
      const split = splitVariants(document);
      const analysis: Pick<Analysis, 'document' | 'content' | 'title'> = { document, content: maskedDocument(document, split.chrome), title: split.title };
      for (const v of split.variants) units.push(dedupUnit(analysis, v));
    }
    const doc = (id: string): string => id.slice(REAL.length + 1).split('#')[0] as string;
    const familyOf = new Map(gold.families.flatMap((f) => f.members.map((m) => [m, f.id] as const)));
    const goldOf = new Map(units.map((u) => [u.id, familyOf.get(doc(u.id)) ?? `alone:${doc(u.id)}`]));
    const r = findDuplicates(units);
    const score = pairwiseScore(r.families.map((f) => f.members), goldOf);
    expect(score.goldPairs).toBeGreaterThan(10);
    // Precision 1 is every distractor outside every family it does not belong to.
    expect({ precision: score.precision, recall: score.recall }).toEqual({ precision: 1, recall: 1 });
    expect(gold.distractors.length).toBeGreaterThan(10);
  });
});
