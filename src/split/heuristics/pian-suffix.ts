import { HEADER_NUMBER, SUBTITLE, headerNumber, normalizeStem } from '../numbers.js';
import type { HeaderHeuristic } from '../types.js';

// "2023企业工会年度工作计划 篇1", "篇一", "篇二：加强班组建设". 篇 must be followed directly by the
// number and then the line must end or a subtitle start, so 千篇一律 inside a sentence never matches.
const RE = new RegExp(`^(.*?)\\s*篇\\s*${HEADER_NUMBER}${SUBTITLE}$`);

export const pianSuffix: HeaderHeuristic = {
  name: 'pian-suffix',
  minStemChars: 0,
  match(line) {
    const m = RE.exec(line);
    if (!m) return null;
    const number = headerNumber(m[2] as string);
    return number === null ? null : { number, stem: normalizeStem(m[1] as string), kind: '篇' };
  },
};
