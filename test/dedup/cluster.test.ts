import { describe, expect, it } from 'vitest';
import { findDuplicates, type DedupResult } from '../../src/dedup/index.js';
import { planParagraphs } from '../../scripts/lib/plan-text.js';
import { Rng } from '../../scripts/lib/rng.js';

/** Own plan prose of about `chars` characters, different for every seed. */
const prose = (seed: number, chars: number): string => planParagraphs(new Rng(seed), chars).join('\n');

function familyOf(r: DedupResult, id: string): string[] {
  return r.families.find((f) => f.members.includes(id))?.members ?? [];
}

function relation(r: DedupResult, a: string, b: string): string | undefined {
  return r.pairs.find((p) => (p.a === a && p.b === b) || (p.a === b && p.b === a))?.relation;
}

// Every case both ways: every pair verified (small input), and through the candidate search.
const PATHS = [
  ['every pair verified', {}],
  ['candidate search', { exhaustiveBelow: 0 }],
] as const;

describe('families do not chain through a hub', () => {
  // A = P1 + P2 and C = P2 + P3 share only P2 (about 40 % of each: not even an overlap), and B = P2
  // lies inside both. Linking every related pair would make A, B and C one family through B.
  const p1 = prose(101, 900);
  const p2 = prose(102, 600);
  const p3 = prose(103, 900);
  const units = [
    { id: 'A', text: `${p1}\n${p2}` },
    { id: 'B', text: p2 },
    { id: 'C', text: `${p2}\n${p3}` },
  ];
  for (const [name, options] of PATHS) {
    it(`A ⊃ B ⊂ C with A and C unrelated is not one family (${name})`, () => {
      const r = findDuplicates(units, options);
      expect(relation(r, 'B', 'A')).toBe('contained');
      expect(relation(r, 'B', 'C')).toBe('contained');
      expect(relation(r, 'A', 'C')).toBeUndefined();
      expect(familyOf(r, 'A')).not.toContain('C');
      // B joins one of them (the first centre that reaches it), and only one.
      expect(r.families.filter((f) => f.members.includes('B'))).toHaveLength(1);
      expect(r.families.map((f) => f.members.length).sort()).toEqual([1, 2]);
    });
  }

  it('a chain of near-duplicates drifting away from the centre stops where a unit is no longer related to it', () => {
    // Each step replaces a fifth of the paragraphs: neighbours are near-duplicates or mutual overlaps,
    // the ends of the chain share nothing.
    const base = planParagraphs(new Rng(7), 3000);
    const n = base.length;
    const fifth = Math.ceil(n / 5);
    const steps: string[][] = [base];
    for (let s = 1; s <= 5; s++) {
      const prev = steps[s - 1] as string[];
      const next = [...prev];
      const fresh = planParagraphs(new Rng(500 + s), 3000);
      for (let k = 0; k < fifth; k++) next[((s - 1) * fifth + k) % n] = fresh[k % fresh.length] as string;
      steps.push(next);
    }
    const units = steps.map((p, s) => ({ id: `S${s}`, text: p.join('\n') }));
    const r = findDuplicates(units);
    // Neighbours are linked…
    for (let s = 1; s < steps.length; s++) expect(relation(r, `S${s - 1}`, `S${s}`), `S${s - 1}~S${s}`).toBeDefined();
    // …but no family holds two units that are not related, and every member is related to its canonical member.
    for (const f of r.families) {
      for (const d of f.delta) expect(relation(r, d.id, f.canonical), `${d.id} in ${f.id}`).toBeDefined();
    }
    expect(familyOf(r, 'S0')).not.toContain('S5');
  });
});

describe('which relations link a family', () => {
  const big = prose(201, 2400);
  const bigParagraphs = big.split('\n');
  const quoted = bigParagraphs.slice(0, Math.ceil(bigParagraphs.length * 0.3)).join('\n');
  const units = [
    { id: 'plan', text: big },
    // Most of this short unit is a passage of the plan, but it is not a copy of the plan: a
    // one-sided overlap (the plan holds most of it, it holds little of the plan).
    { id: 'quote', text: `${quoted}\n${prose(202, 500)}` },
    // Two cuts of one text, each holding most of the other: a mutual overlap (the seed's 篇1 and 篇2).
    { id: 'head', text: bigParagraphs.slice(0, Math.ceil(bigParagraphs.length * 0.75)).join('\n') + '\n' + prose(203, 200) },
  ];
  for (const [name, options] of PATHS) {
    it(`a one-sided overlap is reported but links nothing; a mutual one links (${name})`, () => {
      const r = findDuplicates(units, options);
      const q = r.pairs.find((p) => [p.a, p.b].includes('quote') && [p.a, p.b].includes('plan'));
      expect(q?.relation).toBe('overlap');
      expect(Math.min(...(q?.containment ?? [1, 1]))).toBeLessThan(r.options.overlap);
      expect(familyOf(r, 'plan')).not.toContain('quote');
      expect(familyOf(r, 'plan')).toContain('head');
      const head = r.families.flatMap((f) => f.delta).find((d) => d.id === 'head');
      expect(head?.join).toMatchObject({ via: 'plan', link: 'overlap', relation: 'overlap' });
      expect(Math.min(...(head?.join.containment ?? [0, 0]))).toBeGreaterThanOrEqual(r.options.overlap);
    });
  }
});

describe('two texts of one template are not two cuts of one text', () => {
  // Every paragraph of the template has two blanks; the two notices fill them differently. They
  // share most of their shingles both ways (a mutual overlap), but no paragraph whole.
  const template = [
    ['为做好', '期间各项工作,经研究决定,现将', '有关事项通知如下。'],
    ['一、放假时间为', '至', ',共三天,其间照常安排值班。'],
    ['二、各单位要在', '前完成安全检查,重点检查', '等场所。'],
    ['三、值班人员须坚守岗位,遇有', '等突发情况及时向', '报告。'],
    ['四、节日期间各食堂', ',图书馆', ',请师生合理安排学习和生活。'],
    ['五、请各单位将值班表于', '前报送', ',并做好假期安全教育工作。'],
  ];
  const fill = (words: string[]): string => template.map((t, i) => `${t[0]}${words[2 * i]}${t[1]}${words[2 * i + 1]}${t[2]}`).join('\n');
  const a = fill(['中秋节', '中秋节放假', '九月十五日', '十七日', '九月十日', '学生宿舍和实验室', '火灾', '保卫处', '正常开放', '开放半天', '九月十二日', '学校办公室']);
  const b = fill(['国庆节', '国庆节放假', '十月一日', '七日', '九月二十五日', '教学楼和体育馆', '停电', '后勤处', '照常供餐', '闭馆两天', '九月二十七日', '党政办公室']);
  it('a mutual overlap without shared paragraphs links nothing', () => {
    const r = findDuplicates([
      { id: 'mid-autumn', text: a },
      { id: 'national-day', text: b },
    ]);
    const p = r.pairs[0];
    expect(p?.relation).toBe('overlap');
    expect(Math.min(...(p?.containment ?? [0, 0]))).toBeGreaterThanOrEqual(r.options.overlap);
    expect(r.families).toHaveLength(2);
  });
});

describe('why each member joined', () => {
  it('names the member it came through, the link, and its measures against the canonical member', () => {
    const plan = planParagraphs(new Rng(301), 2000);
    const units = [
      { id: 'full', text: plan.join('\n') },
      { id: 'renumbered', text: plan.join('\n').replace(/\d+/g, 'xx') },
      { id: 'spaced', text: plan.join('\n\n') },
      { id: 'half', text: plan.slice(0, Math.ceil(plan.length / 2)).join('\n') },
    ];
    const r = findDuplicates(units);
    expect(r.families).toHaveLength(1);
    const f = r.families[0]!;
    const join = new Map(f.delta.map((d) => [d.id, d.join]));
    // Copies of the centre's text: the longest of them is the canonical member.
    expect(f.canonical).toBe('spaced');
    expect(join.get('full')).toMatchObject({ via: 'spaced', link: 'identical', relation: 'identical', resemblance: 1, containment: [1, 1] });
    expect(join.get('renumbered')).toMatchObject({ via: 'spaced', link: 'near-duplicate', relation: 'near-duplicate' });
    const half = join.get('half');
    expect(half).toMatchObject({ via: 'spaced', link: 'contained', relation: 'contained' });
    expect(half?.containment[0]).toBe(1);
    expect(half?.containment[1]).toBeLessThan(0.7);
  });
});
