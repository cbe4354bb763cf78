import { HEADER_NUMBER } from '../numbers.js';
import type { HeaderHeuristic } from '../types.js';
import { regexHeuristic } from './regex-header.js';

// "【篇1】", "【第二篇】2023年工会工作计划", "X【第一篇】", "【范文3】": the bracket itself closes the
// header, so a title may follow it without a separator. [ ] are the width-folded ［ ］.
const RE = new RegExp(
  `^(.{0,40}?)\\s*[【\\[]\\s*(?:篇\\s*${HEADER_NUMBER}|第\\s*${HEADER_NUMBER}\\s*篇)\\s*[】\\]]`,
);
const RE_FANWEN = new RegExp(`^(.{0,40}?)\\s*[【\\[]\\s*范文\\s*${HEADER_NUMBER}\\s*[】\\]]`);

export const bracket: HeaderHeuristic = regexHeuristic('bracket', RE, '篇', { strong: true, bracketed: true });
export const bracketFanwen: HeaderHeuristic = regexHeuristic('bracket-fanwen', RE_FANWEN, '范文', { strong: true, bracketed: true });
