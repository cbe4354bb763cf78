/**
 * dedup/ — finds near-identical, contained and overlapping units (篇 variants or whole files) and
 * groups the copies of one plan into families.
 *
 * Entry: findDuplicates(units, options?) → DedupResult (plain data; see types.ts).
 *
 * Steps, in order:
 * 1. collapse   normalise (whitespace and punctuation out, numbers and placeholders → one symbol),
 *               merge units with the same normalised text, count every sentence's document
 *               frequency (weights.ts: a sentence in more than `boilerplateDf` units is boilerplate
 *               and weighs less), and shingle (character k-grams, hashed, each with its weight).
 * 2. signatures weighted MinHash by one-permutation hashing into one Uint32Array.
 * 3. candidates CANDIDATE_SOURCES: LSH banding (resemblance) and a weighted consistent-sample inverted
 *               index (containment) — linear in the units, never all pairs (below `exhaustiveBelow`
 *               distinct units every pair is simply verified).
 * 4. verify     exact weighted resemblance and both containments on the full shingle sets;
 *               RELATION_RULES (first that holds) name the pair; unrelated candidates are dropped.
 * 5. families   grown from centres along near-duplicate, contained and cut-of-one-text links only,
 *               every member related to its centre (cluster.ts: no chaining; a one-sided overlap
 *               or two texts of one template never link); canonical member = the centre; each
 *               member's join and delta against it.
 */
import { usageError } from '../core/errors.js';
import { lshSource } from './candidates/lsh.js';
import { sketchSource } from './candidates/sketch.js';
import type { CandidateSource } from './candidates/source.js';
import { clusterFamilies } from './cluster.js';
import { collapseUnits } from './collapse.js';
import { isCutOfOneText } from './cuts.js';
import { buildFamilies } from './families.js';
import { weighted as weigh, type WeightedSet } from './measure.js';
import { writeSignature } from './minhash.js';
import { copyPairs, verifiedPairs } from './pairs.js';
import { resolveOptions, type DedupOptions } from './options.js';
import { Scratch } from './scratch.js';
import { containedRule } from './relations/contained.js';
import { nearDuplicateRule } from './relations/near-duplicate.js';
import { overlapRule } from './relations/overlap.js';
import type { RelationRule } from './relations/rule.js';
import type { DedupResult, DedupUnit } from './types.js';
import { verifyAllPairs, verifyCandidates, type VerifiedPair } from './verify.js';

export type { DedupOptions } from './options.js';
export { joinUnitText, unitText, unitTitle, type UnitTextOptions } from './units.js';
export { DEFAULT_DEDUP_OPTIONS } from './options.js';
export type * from './types.js';

/** Relation tests, strongest first: the first one that holds names the pair. */
export const RELATION_RULES: readonly RelationRule[] = [nearDuplicateRule, containedRule, overlapRule];

/** Ways of finding candidate pairs; their candidates are merged per unit before verification. */
export const CANDIDATE_SOURCES: readonly CandidateSource[] = [lshSource, sketchSource];

export function findDuplicates(units: readonly DedupUnit[], options: Partial<DedupOptions> = {}): DedupResult {
  const o = resolveOptions(options);
  const seen = new Set<string>();
  for (const u of units) {
    if (seen.has(u.id)) throw usageError('duplicate-unit', { id: u.id });
    seen.add(u.id);
  }

  // 1. collapse
  const collapsed = collapseUnits(units, o);
  const { sets } = collapsed;
  const distinct = sets.length;

  const weighted: WeightedSet[] = sets.map(weigh);

  // 2–4. signatures, candidates and exact verification
  let shingles = 0;
  for (const s of sets) shingles += s.length;
  const exhaustive = distinct <= o.exhaustiveBelow && Math.max(0, distinct - 1) * shingles <= o.exhaustiveWork;
  let found: { pairs: VerifiedPair[]; verified: number };
  if (exhaustive) {
    found = verifyAllPairs(weighted, RELATION_RULES, o);
  } else {
    const signatures = new Uint32Array(distinct * o.permutations);
    for (let d = 0; d < distinct; d++) {
      writeSignature(sets[d] as Uint32Array, o.permutations, o.seed, signatures, d * o.permutations);
    }
    const ctx = { sets, signatures, options: o };
    found = verifyCandidates(weighted, CANDIDATE_SOURCES.map((s) => s.build(ctx)), RELATION_RULES, o);
  }

  // 5. families (the clustering may find a few more related pairs, measured against centres)
  const scratch = new Scratch();
  const textOf = (d: number): string => (units[collapsed.representative[d] as number] as DedupUnit).text;
  const isCut = (i: number, j: number): boolean => isCutOfOneText(textOf(i), sets[i] as Uint32Array, textOf(j), sets[j] as Uint32Array, o, scratch);
  const clustering = clusterFamilies(weighted, found.pairs, RELATION_RULES, o, isCut);
  const related = clustering.extra.length === 0 ? found.pairs : [...found.pairs, ...clustering.extra];
  const families = buildFamilies(units, collapsed, clustering, RELATION_RULES, o);

  // Pairs: copy groups as stars, then the verified pairs, in input order.
  const ordered = [...copyPairs(units, collapsed), ...verifiedPairs(units, collapsed, related)];
  ordered.sort((p, q) => p.first - q.first || p.second - q.second);
  const pairs = ordered.map((p) => p.pair);

  return {
    units: units.map((u, i) => {
      const d = collapsed.distinctOf[i] as number;
      return { id: u.id, chars: u.text.length, shingles: d < 0 ? 0 : (sets[d] as Uint32Array).length };
    }),
    pairs,
    families,
    stats: {
      units: units.length,
      distinct,
      verified: found.verified,
      pairs: pairs.length,
      families: families.length,
      exhaustive,
      boilerplateSentences: collapsed.boilerplateSentences,
      boilerplateShare: collapsed.boilerplateShare,
    },
    options: o,
  };
}
