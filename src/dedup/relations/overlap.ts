import type { RelationRule } from './rule.js';

/**
 * The same article cut differently: each unit has parts the other lacks, but at least `overlap` of
 * one of them is in the other (篇1 keeps the opening, 篇2 the later sections).
 */
export const overlapRule: RelationRule = {
  relation: 'overlap',
  holds: (m, o) => Math.max(m.aInB, m.bInA) >= o.overlap,
};
