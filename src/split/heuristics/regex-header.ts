import { headerNumber, normalizeStem } from '../numbers.js';
import type { HeaderHeuristic, LabelKind } from '../types.js';

/**
 * A header style that is one regular expression: group 1 is the stem (the text before the marker),
 * and the first later group that matched is the variant number.
 */
export function regexHeuristic(name: string, re: RegExp, kind: LabelKind): HeaderHeuristic {
  return {
    name,
    minStemChars: 0,
    match(line) {
      const m = re.exec(line);
      if (!m) return null;
      const raw = m.slice(2).find((g) => g !== undefined);
      const number = raw === undefined ? null : headerNumber(raw);
      return number === null ? null : { number, stem: normalizeStem(m[1] as string), kind };
    },
  };
}
