import { execAt, type MarkerRule } from './rule.js';

/**
 * 首先 … 其次 … 再次 … 最后 — these enumerate only as a run that starts with 首先 (checked
 * after detection); a lone 其次是 in prose is not a list. 最后 takes the next number of its run.
 */
const WORDS: Record<string, number> = { 首先: 1, 其次: 2, 再次: 3, 最后: 0 };
const RE = /(首先|其次|再次|最后)[,、:]?/y;

export const cnSeqRule: MarkerRule = {
  style: 'cn-seq',
  first: /[首其再最]/,
  match(text, at) {
    const m = execAt(RE, text, at);
    if (m === null) return null;
    const n = WORDS[m[1] as string] as number;
    const base = { style: 'cn-seq' as const, end: at + m[0].length, key: 'cn-seq' };
    return n === 0 ? { ...base, ordinal: 0, ordinalFollowsRun: true } : { ...base, ordinal: n };
  },
  inline: { source: '首先|其次|再次|最后', needsBoundary: true },
  // The words carry their place in the run and are not renumbered.
  renumber: (written) => written,
};
