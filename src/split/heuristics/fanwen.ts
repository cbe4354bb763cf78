import { HEADER_NUMBER, SUBTITLE, headerNumber, normalizeStem } from '../numbers.js';
import type { HeaderHeuristic } from '../types.js';

// "范文1", "范文一", "工会工作计划范文(二)", "範文三" (範 folds to 范 before we look).
const RE = new RegExp(`^(.*?)\\s*范文\\s*(?:${HEADER_NUMBER}|\\(\\s*${HEADER_NUMBER}\\s*\\))${SUBTITLE}$`);

export const fanwen: HeaderHeuristic = {
  name: 'fanwen',
  minStemChars: 0,
  match(line) {
    const m = RE.exec(line);
    if (!m) return null;
    const number = headerNumber((m[2] ?? m[3]) as string);
    return number === null ? null : { number, stem: normalizeStem(m[1] as string), kind: '范文' };
  },
};
