import { headerNumber, normalizeStem, STEM_SENTENCE } from '../numbers.js';
import { readRest, type RestOptions } from '../rest.js';
import type { HeaderHeuristic, LabelKind } from '../types.js';

/**
 * A header style that is one regular expression anchored at the start of the text and ending just
 * after the marker: group 1 is the stem (the text before the marker), the first later group that
 * matched is the variant number. What follows is a subtitle or a glued body (see rest.ts); a body
 * glued on with no separator makes the header depend on the page's evidence (not strong).
 */
export function regexHeuristic(
  name: string,
  re: RegExp,
  kind: LabelKind,
  options: { strong: boolean; minStemChars?: number; bracketed?: boolean; rest?: RestOptions },
): HeaderHeuristic {
  return {
    name,
    minStemChars: options.minStemChars ?? 0,
    match(text) {
      const m = re.exec(text);
      if (!m) return null;
      const rawStem = m[1] as string;
      if (STEM_SENTENCE.test(rawStem)) return null;
      const raw = m.slice(2).find((g) => g !== undefined);
      const number = raw === undefined ? null : headerNumber(raw);
      if (number === null) return null;
      const rest = readRest(text, m[0].length, options.rest, options.bracketed === true);
      const subtitle = rest.bodyStart === null ? normalizeStem(text.slice(m[0].length, rest.end)) : '';
      return { number, stem: normalizeStem(rawStem), kind, subtitle, end: rest.end, bodyStart: rest.bodyStart, strong: options.strong && !rest.tight };
    },
  };
}
