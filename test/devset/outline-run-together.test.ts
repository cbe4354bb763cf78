import { describe, expect, it } from 'vitest';
import { allOutlineGolds } from '../../scripts/lib/devset/outline-gold.js';
import { scoreGold, sumScores, type OutlineScore } from '../../scripts/lib/devset/outline-score.js';
import { REPO_ROOT } from '../helpers/seed.js';

/**
 * The outline on every outline gold the repository has (the seed page when ../shared is there, the
 * page fixtures, the real documents of corpus/real): as laid out, and with every 8 lines joined into
 * one — the way a document-sharing dump or a lost line break runs a text together. Gold positions
 * are mapped into the joined text; an item is right when it stands at the gold's line and column
 * with the gold's style and ordinal, and its depth is compared where it is right.
 */
const golds = allOutlineGolds(REPO_ROOT);
const scored = golds.map((g) => ({ name: g.name, ...scoreGold(g, 8) }));

function line(label: string, s: OutlineScore): string {
  return `${label}: F1 ${s.f1.toFixed(3)} (P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)}), depth ${s.depth.toFixed(3)}, ${s.tp + s.fn} gold items`;
}

describe('outline on the dev set, as laid out and run together', () => {
  it('has the gold it is meant to score', () => {
    expect(scored.filter((s) => s.name.startsWith('corpus/real/')).length).toBeGreaterThanOrEqual(40);
    expect(scored.filter((s) => s.name.startsWith('fixtures/pages/')).length).toBeGreaterThanOrEqual(40);
  });

  for (const [group, pick] of [
    ['all', () => true],
    ['corpus/real', (n: string) => n.startsWith('corpus/real/')],
    ['fixtures/pages', (n: string) => n.startsWith('fixtures/pages/')],
  ] as const) {
    it(`${group}: F1 ≥ 0.99 as laid out; F1 ≥ 0.90 and depth agreement ≥ 0.90 with every 8 lines joined`, () => {
      const rows = scored.filter((s) => pick(s.name));
      const normal = sumScores(rows.map((r) => r.normal));
      const joined = sumScores(rows.map((r) => r.joined));
      console.log([line(`${group} as laid out`, normal), line(`${group} 8 lines joined`, joined)].join('\n'));
      expect(normal.f1).toBeGreaterThanOrEqual(0.99);
      expect(joined.f1).toBeGreaterThanOrEqual(0.9);
      expect(joined.depth).toBeGreaterThanOrEqual(0.9);
    });
  }
});
