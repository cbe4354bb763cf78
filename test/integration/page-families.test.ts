import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findDuplicates } from '../../src/dedup/index.js';
import { normalize } from '../../src/normalize/index.js';
import { dedupUnit } from '../../src/pipeline.js';
import { readDocument } from '../../src/read/index.js';
import { maskedDocument, splitVariants } from '../../src/split/index.js';
import { PAGES_DIR } from '../../scripts/make-page-fixtures.js';

/**
 * Every page of fixtures/pages whose gold names families: the page's variants, made into units as
 * `plankit dedup` makes them (content view, dedupUnit), fall into exactly the gold families. The
 * pages include digit-stripped variants (销售额万元 beside 销售额260万元), as 范文 sites publish them.
 */
const golds = readdirSync(PAGES_DIR)
  .filter((f) => f.endsWith('.gold.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(resolve(PAGES_DIR, f), 'utf8')) as { file: string; families: string[][] })
  .filter((g) => g.families.length > 0);

const canonical = (families: string[][]): string[] => families.map((f) => [...f].sort().join(',')).sort();

describe('families of the page fixtures', () => {
  it('has pages with families of more than one variant', () => {
    expect(golds.filter((g) => g.families.some((f) => f.length > 1)).length).toBeGreaterThan(10);
  });

  it.each(golds.map((g) => [g.file, g] as const))('%s: the gold families exactly', async (_file, gold) => {
    const document = normalize(await readDocument(resolve(PAGES_DIR, gold.file)));
    const split = splitVariants(document);
    const analysis = { document, content: maskedDocument(document, split.chrome), title: split.title };
    const units = split.variants.map((v) => ({ ...dedupUnit(analysis, v), id: v.label ?? v.id }));
    const predicted = findDuplicates(units).families.map((f) => f.members);
    const listed = new Set(gold.families.flat());
    const alone = units.filter((u) => !listed.has(u.id)).map((u) => [u.id]);
    expect(canonical(predicted)).toEqual(canonical([...gold.families, ...alone]));
  });
});
