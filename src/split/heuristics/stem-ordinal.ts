import { headerNumber, normalizeStem, STEM_SENTENCE } from '../numbers.js';
import { readRest } from '../rest.js';
import { firstDigitReading } from './regex-header.js';
import { endsLikeTitle } from '../title-words.js';
import type { HeaderHeuristic, HeaderMatch } from '../types.js';

/** A bare-ordinal stem shorter than this must repeat the page title. */
export const MIN_ORDINAL_STEM_CHARS = 4;

// "学校安全工作计划1", "学校安全工作计划 1", "消防演练方案一": a title followed by a bare ordinal, on a
// line of its own. Only a stem that ends like a title (…计划, …方案, …制度) is read here; a stem the
// page already knows (its title, or a stem other headers share) is matched with its glued body by
// knownStemHeuristic. Either way the ordinal alone proves nothing: the evidence decides.
const RE = /^(.{0,40}?[^\s0-9第])\s*(?:([0-9]{1,2})|([一二三四五六七八九十]{1,3}))$/;

export const stemOrdinal: HeaderHeuristic = {
  name: 'stem-ordinal',
  minStemChars: MIN_ORDINAL_STEM_CHARS,
  match(text) {
    const m = RE.exec(text);
    if (!m) return null;
    const stem = normalizeStem(m[1] as string);
    if (STEM_SENTENCE.test(stem) || !endsLikeTitle(stem)) return null;
    const number = headerNumber((m[2] ?? m[3]) as string);
    return number === null ? null : { number, stem, kind: '篇', subtitle: '', end: text.length, bodyStart: null, strong: false };
  },
};

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A header that starts with a stem the page already knows, followed by a bare ordinal — Arabic
 * (X1, X 1, and glued: "…工作计划1第一、…"), in brackets (X(一), X(1)) or a Chinese numeral ending
 * the header (X一, X一:). The stem may be written with spaces between its characters.
 */
export function knownStemHeuristic(stem: string): HeaderHeuristic {
  const chars = [...stem].map(escape).join('\\s*');
  const re = new RegExp(
    `^(${chars})\\s*(?:\\(\\s*([0-9]{1,2}|[一二三四五六七八九十]{1,3})\\s*\\)|([0-9]{1,2})(?![0-9.%]|\\s*[年月日号])|([一二三四五六七八九十]{1,3})(?=$|\\s|:))`,
  );
  return {
    name: 'known-stem',
    minStemChars: 0,
    match(text): HeaderMatch | null {
      const m = re.exec(text);
      if (!m) return null;
      const number = headerNumber((m[2] ?? m[3] ?? m[4]) as string);
      if (number === null) return null;
      const rest = readRest(text, m[0].length);
      const subtitle = rest.bodyStart === null ? normalizeStem(text.slice(m[0].length, rest.end)) : '';
      const out: HeaderMatch = { number, stem: normalizeStem(m[1] as string), kind: '篇', subtitle, end: rest.end, bodyStart: rest.bodyStart, strong: false };
      const alt = m[3] === undefined ? undefined : firstDigitReading(m[3], m[0], rest.bodyStart);
      if (alt !== undefined) out.alt = alt;
      return out;
    },
  };
}
