import { HEADER_NUMBER, headerNumber, normalizeStem } from '../numbers.js';
import type { HeaderHeuristic } from '../types.js';

/**
 * A stem shorter than this must repeat the page title: "附表(1)" / "附表(2)" are captions and
 * "(2)" alone is an outline marker, but "2023年度工会工作计划(2)" names a variant.
 */
export const MIN_REPEAT_STEM_CHARS = 6;

// "2023年工作计划(2)", "工会工作计划(三)": the page title again with a bracketed number at the end
// ((（ ）) are width-folded to ASCII before we look).
const RE = new RegExp(`^(.*\\S)\\s*\\(\\s*${HEADER_NUMBER}\\s*\\)$`);

export const parenRepeat: HeaderHeuristic = {
  name: 'paren-repeat',
  minStemChars: MIN_REPEAT_STEM_CHARS,
  match(line) {
    const m = RE.exec(line);
    if (!m) return null;
    const number = headerNumber(m[2] as string);
    const stem = normalizeStem(m[1] as string);
    return number === null || stem === '' ? null : { number, stem, kind: '篇' };
  },
};
