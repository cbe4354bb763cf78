import type { EncodingRule } from './rule.js';

/** --encoding wins over everything: the user knows the file better than any heuristic. */
export const overrideRule: EncodingRule = {
  name: 'override',
  detect: (input) => (input.override === undefined ? null : { encoding: input.override, certain: true }),
};
