import type { Relation } from '../dedup/types.js';

/**
 * The family report's sentences and column labels, one table per language (families-zh.ts,
 * families-en.ts): the report says which units are copies of one plan, its canonical member, and
 * why each member joined (through which link, its relation to the canonical member, resemblance and
 * both containments).
 */
export interface FamilyMessages {
  summary(a: { units: number; families: number; alone: number; pairs: number }): string;
  pathsIn(dir: string): string;
  family(a: { id: string; members: number; canonical: string }): string;
  /** The name of each relation. */
  relation: Readonly<Record<Relation, string>>;
  /** How a member joined: `link` is an already translated relation name. */
  joinedVia(a: { link: string; via: string }): string;
  /** How a member joined through an overlap — which links only two cuts of one text. */
  joinedAsCut(a: { via: string }): string;
  memberColumns: readonly [string, string, string, string, string, string, string, string, string, string];
  memberNote: string;
  pairsHeading: string;
  pairColumns: readonly [string, string, string, string, string, string];
  aloneHeading: string;
}
