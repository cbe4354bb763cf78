import { describe, expect, it } from 'vitest';
import { findDuplicates, type DedupResult } from '../../src/dedup/index.js';
import { SentenceFrequencies, WEIGHT_ONE, weightCode } from '../../src/dedup/weights.js';
import { EDIT_CHARS, planParagraph, planContext } from '../../scripts/lib/plan-text.js';
import { Rng } from '../../scripts/lib/rng.js';
import { stockParagraph } from '../../scripts/lib/stock-text.js';

describe('weightCode', () => {
  it('is full weight up to boilerplateDf, then (boilerplateDf / df)², never zero', () => {
    expect(weightCode(1, 10)).toBe(WEIGHT_ONE);
    expect(weightCode(10, 10)).toBe(WEIGHT_ONE);
    expect(weightCode(20, 10)).toBe(Math.round(WEIGHT_ONE / 4));
    expect(weightCode(50, 10)).toBe(Math.round(WEIGHT_ONE / 25));
    expect(weightCode(1_000_000, 10)).toBe(1);
  });
});

describe('SentenceFrequencies', () => {
  it('counts each unit once per sentence, however often it repeats it, and grows past its first size', () => {
    const f = new SentenceFrequencies();
    f.add(0, 1, 2, 0, 5);
    f.add(0, 1, 2, 9, 14);
    f.add(1, 1, 2, 0, 5);
    f.add(1, 1, 3, 0, 5); // another second hash: another sentence
    expect(f.get(1, 2)).toBe(2);
    expect(f.get(1, 3)).toBe(1);
    expect(f.get(7, 7)).toBe(0);
    for (let u = 0; u < 100_000; u++) f.add(u, Math.imul(u, 2654435761), u, 0, 1);
    expect(f.get(1, 2)).toBe(2);
    expect(f.get(Math.imul(500, 2654435761), 500)).toBe(1);
    expect([...f.above(1)]).toEqual([{ count: 2, unit: 0, start: 0, end: 5 }]);
  });
});

/**
 * Sixty unrelated short plans, each a paragraph of its own between the same three stock paragraphs
 * (well over half of every text), and one family: a plan and its copies (a truncated one, one with
 * an edited stock sentence).
 */
function stockCorpus(): Array<{ id: string; text: string }> {
  const stock = [stockParagraph('guiding', 0, 1), stockParagraph('leadership', 0, 1), stockParagraph('safeguards', 0, 1)];
  const units: Array<{ id: string; text: string }> = [];
  for (let i = 0; i < 60; i++) {
    const rng = new Rng(1000 + i);
    const own = planParagraph(rng, planContext(rng));
    units.push({ id: `plan${i}`, text: [`第${i}号计划`, stock[0], own, stock[1], stock[2]].join('\n') });
  }
  const rng = new Rng(77);
  const ctx = planContext(rng);
  const own = [planParagraph(rng, ctx), planParagraph(rng, ctx), planParagraph(rng, ctx)];
  const original = ['东湖社区工作计划', stock[0], ...own, stock[1], stock[2]];
  units.push({ id: 'original', text: original.join('\n') });
  units.push({ id: 'truncated', text: original.slice(0, 4).join('\n') });
  const edited = [...original];
  edited[5] = (edited[5] as string).replace(/要/, '须');
  units.push({ id: 'edited', text: edited.join('\n') });
  return units;
}

function familyOf(r: DedupResult, id: string): string[] {
  return r.families.find((f) => f.members.includes(id))?.members ?? [];
}

describe('boilerplate down-weighting (sentences held by many units)', () => {
  const units = stockCorpus();

  it('keeps unrelated plans that share only stock paragraphs apart', () => {
    const r = findDuplicates(units);
    expect(r.stats.boilerplateSentences).toBeGreaterThan(0);
    for (let i = 0; i < 60; i++) expect(familyOf(r, `plan${i}`), `plan${i}`).toEqual([`plan${i}`]);
    // Shared stock makes no copy once it weighs little: at most a one-sided overlap is left.
    const between = r.pairs.filter((p) => p.a.startsWith('plan') && p.b.startsWith('plan'));
    for (const p of between) {
      expect(p.relation, `${p.a}~${p.b}`).toBe('overlap');
      expect(Math.min(...p.containment)).toBeLessThan(r.options.overlap);
    }
  });

  it('without it, the shared stock makes unrelated plans look like copies', () => {
    const r = findDuplicates(units, { boilerplateDf: 1_000_000 });
    expect(r.stats.boilerplateSentences).toBe(0);
    const unrelated = r.pairs.filter((p) => p.a.startsWith('plan') && p.b.startsWith('plan'));
    expect(unrelated.length).toBeGreaterThan(100);
    expect(unrelated.some((p) => p.relation === 'near-duplicate' || p.relation === 'contained')).toBe(true);
  });

  it('still finds the copies of one plan, an edited stock sentence included', () => {
    const r = findDuplicates(units);
    expect(familyOf(r, 'original').sort()).toEqual(['edited', 'original', 'truncated']);
    const edited = r.pairs.find((p) => [p.a, p.b].includes('edited') && [p.a, p.b].includes('original'));
    // The edit makes that stock sentence unique, but its untouched shingles still weigh as stock:
    // only the few shingles around the edit are new.
    expect(edited?.relation).toBe('near-duplicate');
    expect(edited?.resemblance).toBeGreaterThan(0.9);
  });

  it('keeps a family whose every sentence is common (more copies than boilerplateDf) together', () => {
    // Forty copies of one plan, each with an edit of its own: every sentence but the edited one is
    // held by forty units and weighs (10/40)², evenly — the copies stay near-duplicates of each other.
    const rng = new Rng(5);
    const ctx = planContext(rng);
    const plan = Array.from({ length: 8 }, () => planParagraph(rng, ctx));
    const copies = Array.from({ length: 40 }, (_, i) => {
      const p = [...plan];
      // Numbers would normalise away: the edit is two characters of its own per copy.
      p[i % 8] = (p[i % 8] as string).replace(/。/, `${EDIT_CHARS[i]}${EDIT_CHARS[i + 100]}。`);
      return { id: `copy${i}`, text: p.join('\n') };
    });
    const r = findDuplicates(copies);
    expect(r.stats.boilerplateSentences).toBeGreaterThan(0);
    expect(r.families).toHaveLength(1);
  });

  it('weighs nothing down when no sentence is common (measures are plain Jaccard and containment)', () => {
    const few = units.slice(55);
    const r = findDuplicates(few);
    const plain = findDuplicates(few, { boilerplateDf: 1_000_000 });
    expect(r.stats.boilerplateSentences).toBe(0);
    expect(r.pairs).toEqual(plain.pairs);
  });
});
