import type { FamilyMessages } from './families.js';

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** English sentences and labels of the family report (`plankit dedup`, `plankit run`). */
export const FAMILIES_EN: FamilyMessages = {
  summary: (a) =>
    `${plural(a.units, 'unit', 'units')}: ${plural(a.families, 'family', 'families')} of copies, ${plural(a.alone, 'unit', 'units')} alone, ${plural(a.pairs, 'related pair', 'related pairs')}`,
  pathsIn: (dir) => `(paths below are in ${dir})`,
  family: (a) => `${a.id}  ${plural(a.members, 'member', 'members')}, canonical (the most complete, every member is related to it): ${a.canonical}`,
  relation: { identical: 'identical', 'near-duplicate': 'near-duplicate', contained: 'contained', overlap: 'overlap' },
  joinedVia: (a) => `${a.link} with ${a.via}`,
  joinedAsCut: (a) => `another cut of ${a.via}`,
  memberColumns: ['member', 'joined through', 'relation to canonical', 'resemblance', 'in canonical', 'canonical in it', 'lacks', 'adds', 'canonical paragraphs it lacks', 'paragraphs of its own'],
  memberNote:
    'A member joins through a near-duplicate or contained link, or as another cut of the same text (each holding at least half of the other as whole paragraphs), to a member already in, and only if it is itself related to the canonical member (no chaining); boilerplate sentences weigh less in every share. Paragraphs are the non-blank lines of a variant, numbered from 1; * marks the canonical member.',
  pairsHeading: 'Related pairs (a in b: share of a found in b)',
  pairColumns: ['a', 'b', 'relation', 'resemblance', 'a in b', 'b in a'],
  aloneHeading: 'Alone',
};
