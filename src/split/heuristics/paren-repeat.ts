import { HEADER_NUMBER } from '../numbers.js';
import type { HeaderHeuristic } from '../types.js';
import { regexHeuristic } from './regex-header.js';

/**
 * A stem shorter than this must repeat the page title: "附表(1)" / "附表(2)" are captions and
 * "(2)" alone is an outline marker, but "2023年度工会工作计划(2)" names a variant.
 */
export const MIN_REPEAT_STEM_CHARS = 6;

// "2023年工作计划(2)", "工会工作计划(三)", "X（1）": a title with a bracketed number ((（ ）) are
// width-folded to ASCII before we look). A bare ordinal: the page's evidence decides.
const RE = new RegExp(`^(.{0,40}?\\S)\\s*\\(\\s*${HEADER_NUMBER}\\s*\\)`);

export const parenRepeat: HeaderHeuristic = regexHeuristic('paren-repeat', RE, '篇', { strong: false, minStemChars: MIN_REPEAT_STEM_CHARS, needs: ['('] });
