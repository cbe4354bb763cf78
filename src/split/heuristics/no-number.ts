import { normalizeStem, STEM_SENTENCE } from '../numbers.js';
import type { HeaderHeuristic } from '../types.js';
import { regexHeuristic } from './regex-header.js';

// "重阳节敬老活动方案 NO.2", "X No.3" (full-width ＮＯ．folds to NO.): the numero sign after a title.
// It is a bare ordinal after a stem like X(2), so the page's evidence decides (a stem of at least
// MIN_NO_STEM_CHARS, or one that repeats the title); "型号NO.3" inside a sentence has no title stem.
export const MIN_NO_STEM_CHARS = 4;
const RE = /^(.{0,40}?[^\sA-Za-z0-9])\s*(?:NO|No|no)\s*[.:]?\s*([0-9]{1,3})(?![0-9.])/;

const base = regexHeuristic('no-number', RE, '篇', { strong: false, minStemChars: MIN_NO_STEM_CHARS, needs: ['NO', 'No', 'no'] });
export const noNumber: HeaderHeuristic = {
  ...base,
  match(text) {
    const m = base.match(text);
    return m === null || STEM_SENTENCE.test(normalizeStem(m.stem)) ? null : m;
  },
};
