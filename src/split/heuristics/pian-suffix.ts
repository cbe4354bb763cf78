import { HEADER_NUMBER, SUBTITLE } from '../numbers.js';
import type { HeaderHeuristic } from '../types.js';
import { regexHeuristic } from './regex-header.js';

// "2023企业工会年度工作计划 篇1", "篇一", "篇二：加强班组建设". 篇 must be followed directly by the
// number and then the line must end or a subtitle start, so 千篇一律 inside a sentence never matches.
const RE = new RegExp(`^(.*?)\\s*篇\\s*${HEADER_NUMBER}${SUBTITLE}$`);

export const pianSuffix: HeaderHeuristic = regexHeuristic('pian-suffix', RE, '篇');
