import { HEADER_NUMBER, SUBTITLE } from '../numbers.js';
import type { HeaderHeuristic } from '../types.js';
import { regexHeuristic } from './regex-header.js';

// "第一篇", "第2篇：安全生产工作计划", "2023年工作计划 第三篇". A sentence that mentions 第三篇 in a
// body is long or ends otherwise; a short line "详见第三篇" has a stem no other header shares.
const RE = new RegExp(`^(.*?)\\s*第\\s*${HEADER_NUMBER}\\s*篇${SUBTITLE}$`);

export const diPian: HeaderHeuristic = regexHeuristic('di-pian', RE, '篇');
