import { describe, expect, it } from 'vitest';
import { isPlankitError } from '../../src/core/errors.js';
import { findDuplicates, type DedupPair } from '../../src/dedup/index.js';
import { generateCorpus } from '../../scripts/lib/dedup-corpus.js';
import { pairwiseScore } from '../../scripts/lib/family-score.js';
import { planParagraphs } from '../../scripts/lib/plan-text.js';
import { Rng } from '../../scripts/lib/rng.js';

/** A notice on another subject (own writing): shares characters with plans, not passages. */
const OTHER_TOPIC = [
  '关于举办秋季职工趣味运动会的通知',
  '各分会:为丰富职工业余文化生活,经研究决定于十月中旬在体育中心举办秋季趣味运动会。',
  '比赛设拔河、跳绳、托球跑和定点投篮四个项目,每个分会限报两支队伍,报名表请于本月二十日前交到办公室。',
  '请各分会提前安排好训练时间,比赛当天统一穿着运动服装,注意饮水和防暑。',
].join('\n');

const plan = (seed: number, chars = 700): string[] => planParagraphs(new Rng(seed), chars);

function pairOf(pairs: DedupPair[], a: string, b: string): DedupPair | undefined {
  return pairs.find((p) => (p.a === a && p.b === b) || (p.a === b && p.b === a));
}

describe('findDuplicates: relations', () => {
  const base = plan(1);
  const units = [
    { id: 'base', text: base.join('\n') },
    { id: 'copy', text: base.join('\n\n') + '\n' }, // whitespace only differs
    { id: 'renumbered', text: base.join('\n').replace(/\d+/g, 'xx') },
    { id: 'head', text: base.slice(0, Math.ceil(base.length / 2)).join('\n') },
    { id: 'recut', text: [...base.slice(0, Math.ceil(base.length * 0.7)), ...plan(9, 300)].join('\n') },
    { id: 'other', text: plan(2).join('\n') },
  ];
  const r = findDuplicates(units);

  it('calls a whitespace-only copy identical and a renumbered one a near-duplicate', () => {
    expect(pairOf(r.pairs, 'base', 'copy')?.relation).toBe('identical');
    const renumbered = pairOf(r.pairs, 'base', 'renumbered');
    expect(renumbered?.relation).toBe('near-duplicate');
    expect(renumbered?.resemblance).toBe(1);
  });

  it('names the inner unit first in a contained pair', () => {
    const p = r.pairs.find((x) => x.relation === 'contained' && x.a === 'head');
    expect(p?.b).toBe('base');
    expect(p?.containment[0]).toBeGreaterThanOrEqual(0.9);
    expect(p?.containment[1]).toBeLessThan(0.9);
  });

  it('finds an overlap where each side has parts the other lacks', () => {
    const p = pairOf(r.pairs, 'base', 'recut');
    expect(p?.relation).toBe('overlap');
    expect(Math.max(...p!.containment)).toBeGreaterThanOrEqual(0.5);
    expect(Math.min(...p!.containment)).toBeLessThan(0.9);
  });

  it('keeps an unrelated plan alone and orders families and members by input', () => {
    expect(r.families.map((f) => f.members)).toEqual([['base', 'copy', 'renumbered', 'head', 'recut'], ['other']]);
    expect(r.families.map((f) => f.id)).toEqual(['F1', 'F2']);
    expect(r.families[1]?.delta).toEqual([]);
  });

  it('reports the same relations whatever the order of the input', () => {
    const reversed = findDuplicates([...units].reverse());
    // Copies of one normalised text are listed as a star around the first of them, so which pairs
    // are listed can change with the order; every pair listed both times must agree.
    expect(reversed.pairs.length).toBe(r.pairs.length);
    for (const p of r.pairs) {
      const q = pairOf(reversed.pairs, p.a, p.b);
      if (q === undefined) continue;
      expect(q?.relation).toBe(p.relation);
      expect(q?.resemblance).toBeCloseTo(p.resemblance, 12);
    }
  });

  it('is deterministic', () => {
    expect(JSON.stringify(findDuplicates(units))).toBe(JSON.stringify(r));
    expect(JSON.stringify(findDuplicates(units, { exhaustiveBelow: 0 }))).toBe(JSON.stringify(findDuplicates(units, { exhaustiveBelow: 0 })));
  });

  it('lists the paragraphs a truncated member lacks', () => {
    const own = findDuplicates(units.filter((u) => u.id === 'base' || u.id === 'head'));
    expect(own.families[0]?.canonical).toBe('base');
    const d = own.families[0]?.delta.find((x) => x.id === 'head');
    expect(d?.extraParagraphs).toEqual([]);
    // The later paragraphs of base (long enough to judge) are missing from head.
    expect(d?.missingParagraphs.at(-1)).toBe(base.length - 1);
    expect(d?.missingParagraphs.every((i) => i >= Math.ceil(base.length / 2))).toBe(true);
  });
});

describe('findDuplicates: candidate search agrees with verifying every pair', () => {
  it('finds the same families on 300 generated units', () => {
    const units = generateCorpus({ units: 300, seed: 7 }).map(({ id, text }) => ({ id, text }));
    const all = findDuplicates(units, { exhaustiveBelow: 10_000 });
    const lsh = findDuplicates(units, { exhaustiveBelow: 0 });
    expect(all.stats.exhaustive).toBe(true);
    expect(lsh.stats.exhaustive).toBe(false);
    expect(lsh.stats.verified).toBeLessThan(all.stats.verified / 20);
    expect(lsh.families.map((f) => f.members)).toEqual(all.families.map((f) => f.members));
  });

  it('still finds short cuts when most of their samples count as stock phrases (widened caps, looking back)', () => {
    const units = generateCorpus({ units: 300, seed: 8 }).map(({ id, text }) => ({ id, text }));
    const all = findDuplicates(units, { exhaustiveBelow: 10_000 });
    // With postings capped at 3 units, almost every sample is "boilerplate": units must widen.
    const narrow = findDuplicates(units, { exhaustiveBelow: 0, maxPosting: 3 });
    const truth = new Map(all.families.flatMap((f) => f.members.map((m) => [m, f.id] as const)));
    expect(pairwiseScore(narrow.families.map((f) => f.members), truth).f1).toBeGreaterThan(0.99);
    const sorted = (r: typeof all): string[] => r.pairs.map((p) => [p.a, p.b].sort().join('~')).sort();
    expect(new Set(sorted(narrow)).size).toBe(narrow.pairs.length);
  });
});

describe('findDuplicates: awkward input', () => {
  it('answers no units and a single unit', () => {
    expect(findDuplicates([])).toMatchObject({ units: [], pairs: [], families: [] });
    const one = findDuplicates([{ id: 'a', text: '做好全年工作。' }]);
    expect(one.families).toEqual([{ id: 'F1', members: ['a'], canonical: 'a', delta: [] }]);
    expect(one.pairs).toEqual([]);
  });

  it('leaves units with nothing to compare alone (empty, blank, punctuation only)', () => {
    const r = findDuplicates([
      { id: 'a', text: '' },
      { id: 'b', text: ' \n\t' },
      { id: 'c', text: '。,、' },
      { id: 'd', text: '' },
    ]);
    expect(r.pairs).toEqual([]);
    expect(r.families.map((f) => f.members)).toEqual([['a'], ['b'], ['c'], ['d']]);
    expect(r.units.every((u) => u.shingles === 0)).toBe(true);
  });

  it('collapses thousands of identical units into one family without n² pairs', () => {
    const text = plan(3).join('\n');
    const units = Array.from({ length: 3000 }, (_, i) => ({ id: `copy${i}`, text }));
    units.push({ id: 'other', text: plan(4).join('\n') });
    const r = findDuplicates(units, { exhaustiveBelow: 0 });
    expect(r.stats.distinct).toBe(2);
    expect(r.families).toHaveLength(2);
    expect(r.families[0]?.members).toHaveLength(3000);
    // A star around the first copy: n − 1 pairs, not n(n − 1)/2.
    expect(r.pairs).toHaveLength(2999);
    expect(r.pairs.every((p) => p.relation === 'identical' && p.a === 'copy0')).toBe(true);
  });

  it('keeps a bucket of hundreds of near-copies linear and still one family', () => {
    const base = plan(5);
    const units = Array.from({ length: 600 }, (_, i) => ({ id: `v${i}`, text: [...base, `第${i}号补充:${'工作'.repeat(i % 7)}落实到位。`].join('\n') }));
    const r = findDuplicates(units, { exhaustiveBelow: 0 });
    expect(r.families).toHaveLength(1);
    // Windows in oversized buckets and the per-unit cap bound the work by units, not pairs.
    expect(r.stats.verified).toBeLessThanOrEqual(600 * r.options.maxCandidates);
    expect(r.stats.verified).toBeLessThan((600 * 599) / 2 / 4);
  });

  it('does not verify every pair of a few huge units (exhaustive mode has a work budget)', () => {
    const big = plan(12, 120_000).join('\n');
    const units = Array.from({ length: 6 }, (_, i) => ({ id: `b${i}`, text: `${i}号文件\n${big.slice(i * 10_000)}` }));
    const budget = { exhaustiveWork: 500_000 };
    const r = findDuplicates(units, budget);
    expect(r.stats.exhaustive).toBe(false);
    expect(findDuplicates(units.slice(0, 2), budget).stats.exhaustive).toBe(true);
    expect(r.families).toHaveLength(1);
  });

  it('handles a 1 MB unit next to its own first part', () => {
    const big = plan(6, 1_100_000).join('\n');
    expect(big.length).toBeGreaterThan(1_000_000);
    const r = findDuplicates(
      [
        { id: 'big', text: big },
        { id: 'start', text: big.slice(0, 3000) },
        { id: 'other', text: OTHER_TOPIC },
      ],
      { exhaustiveBelow: 0 },
    );
    expect(r.pairs.map((p) => [p.a, p.b, p.relation])).toEqual([['start', 'big', 'contained']]);
    expect(r.families[0]?.canonical).toBe('big');
  });

  it('rejects duplicate ids and nonsense options', () => {
    expect(() => findDuplicates([{ id: 'a', text: 'x' }, { id: 'a', text: 'y' }])).toThrow(/duplicate unit id/);
    // Misuse is a usage error (exit 2 in the CLI), never a RangeError (exit 3, "a bug").
    const usage = (f: () => unknown, code: string): void => {
      let caught: unknown;
      try {
        f();
      } catch (e) {
        caught = e;
      }
      expect(isPlankitError(caught) && [caught.kind, caught.code]).toEqual(['usage', code]);
    };
    usage(() => findDuplicates([], { nearDuplicate: 1.5 }), 'bad-option');
    usage(() => findDuplicates([], { shingleSize: 0 }), 'bad-option');
    usage(() => findDuplicates([], { permutations: 0 }), 'bad-option');
    usage(() => findDuplicates([], { permutations: 4, bandRows: 8 }), 'bands-over-permutations');
    usage(() => findDuplicates([], { boilerplateDf: 0 }), 'bad-option');
    usage(() => findDuplicates([], { boilerplateDf: 2.5 }), 'bad-option');
    usage(() => findDuplicates([], { minShared: -1 }), 'bad-option');
    usage(() => findDuplicates([], { minShared: Number.NaN }), 'bad-option');
    usage(() => findDuplicates([{ id: 'a', text: 'x' }, { id: 'a', text: 'y' }]), 'duplicate-unit');
  });

  it('honours the shingle size and relation thresholds', () => {
    const base = plan(10);
    const units = [
      { id: 'a', text: base.join('\n') },
      { id: 'b', text: base.slice(0, -3).join('\n') },
    ];
    const strict = findDuplicates(units, { nearDuplicate: 0.99, contained: 0.999 });
    const loose = findDuplicates(units, { nearDuplicate: 0.5 });
    expect(loose.pairs[0]?.relation).toBe('near-duplicate');
    expect(strict.pairs[0]?.relation).not.toBe('near-duplicate');
    expect(findDuplicates(units, { shingleSize: 3 }).units[0]!.shingles).not.toBe(loose.units[0]!.shingles);
  });
});
