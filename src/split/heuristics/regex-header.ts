import { headerNumber, normalizeStem, STEM_SENTENCE } from '../numbers.js';
import { readRest, type RestOptions } from '../rest.js';
import type { HeaderHeuristic, HeaderMatch, LabelKind } from '../types.js';

/**
 * "篇11 目的" / "X21 目的": a two- or three-digit number ending the marker with a body glued on
 * may be a one-digit header number followed by the body's own number; the other reading.
 */
export function firstDigitReading(raw: string, matched: string, bodyStart: number | null): HeaderMatch['alt'] {
  if (bodyStart === null || !/^[0-9]{2,3}$/.test(raw) || !matched.endsWith(raw)) return undefined;
  const number = Number(raw[0]);
  return number >= 1 ? { number, end: matched.length - raw.length + 1 } : undefined;
}

/**
 * A header style that is one regular expression anchored at the start of the text and ending just
 * after the marker: group 1 is the stem (the text before the marker), the first later group that
 * matched is the variant number. What follows is a subtitle or a glued body (see rest.ts); a body
 * glued on with no separator makes the header depend on the page's evidence (not strong).
 * `needs`: words one of which every match holds (a cheap test before the expression).
 */
export function regexHeuristic(
  name: string,
  re: RegExp,
  kind: LabelKind | ((marker: string) => LabelKind),
  options: { strong: boolean; minStemChars?: number; bracketed?: boolean; rest?: RestOptions; needs?: readonly string[] },
): HeaderHeuristic {
  const needs = options.needs;
  return {
    name,
    minStemChars: options.minStemChars ?? 0,
    match(text) {
      // Every header is tried at every line start of every page: text holding none of the words the
      // expression cannot match without is turned away by a few indexOf calls.
      if (needs !== undefined && !needs.some((w) => text.includes(w))) return null;
      const m = re.exec(text);
      if (!m) return null;
      const rawStem = m[1] as string;
      // A stem is one stretch of title text: punctuation or a run of blanks (chrome blanked out
      // between two texts) means the marker belongs to something later.
      if (STEM_SENTENCE.test(rawStem) || /\S\s{4,}\S/.test(m[0])) return null;
      const raw = m.slice(2).find((g) => g !== undefined);
      const number = raw === undefined ? null : headerNumber(raw);
      if (number === null) return null;
      const rest = readRest(text, m[0].length, options.rest, options.bracketed === true);
      const subtitle = rest.bodyStart === null ? normalizeStem(text.slice(m[0].length, rest.end)) : '';
      const label = typeof kind === 'function' ? kind(m[0].slice(rawStem.length)) : kind;
      const out: HeaderMatch = { number, stem: normalizeStem(rawStem), kind: label, subtitle, end: rest.end, bodyStart: rest.bodyStart, strong: options.strong && !rest.tight };
      const alt = firstDigitReading(raw as string, m[0], rest.bodyStart);
      if (alt !== undefined) out.alt = alt;
      return out;
    },
  };
}
