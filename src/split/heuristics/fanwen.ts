import { HEADER_NUMBER } from '../numbers.js';
import type { HeaderHeuristic } from '../types.js';
import { regexHeuristic } from './regex-header.js';

// "范文1", "范文一", "工会工作计划范文(二)", "X范文一:", "範文三" (範 folds to 范 before we look).
const RE = new RegExp(`^(.{0,40}?)\\s*范文\\s*(?:${HEADER_NUMBER}(?!\\s*篇)|\\(\\s*${HEADER_NUMBER}\\s*\\))`);

export const fanwen: HeaderHeuristic = regexHeuristic('fanwen', RE, '范文', { strong: true, needs: ['范文'] });
