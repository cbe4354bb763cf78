import type { RelationRule } from './rule.js';

/**
 * A truncated copy: one unit lies (almost) wholly inside the other although their resemblance may be
 * low — the seed's 篇7 shares under half of 篇1's shingles, yet every one of its own is in 篇1.
 */
export const containedRule: RelationRule = {
  relation: 'contained',
  holds: (m, o) => Math.max(m.aInB, m.bInA) >= o.contained,
};
