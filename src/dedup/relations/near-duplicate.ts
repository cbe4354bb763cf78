import type { RelationRule } from './rule.js';

/** Almost the same text: Jaccard resemblance at or above `nearDuplicate`. */
export const nearDuplicateRule: RelationRule = {
  relation: 'near-duplicate',
  holds: (m, o) => m.resemblance >= o.nearDuplicate,
};
