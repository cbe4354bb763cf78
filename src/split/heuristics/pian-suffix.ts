import { HEADER_NUMBER } from '../numbers.js';
import type { HeaderHeuristic } from '../types.js';
import { regexHeuristic } from './regex-header.js';

// "2023企业工会年度工作计划 篇1", "篇一", "篇二：加强班组建设", "…方案篇一 为了…" (body glued on).
// 千篇一律 inside a sentence reads as 篇一 followed by 律… with no separator: not strong, and its
// stem (the words before it) never repeats the title, so the page's evidence turns it down.
const RE = new RegExp(`^(.{0,40}?)\\s*篇\\s*${HEADER_NUMBER}`);

export const pianSuffix: HeaderHeuristic = regexHeuristic('pian-suffix', RE, '篇', { strong: true, needs: ['篇'] });
