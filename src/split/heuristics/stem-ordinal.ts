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

const ORDINAL_END: ReadonlySet<number> = new Set([...'0123456789一二三四五六七八九十'].map((c) => c.charCodeAt(0)));

export const stemOrdinal: HeaderHeuristic = {
  name: 'stem-ordinal',
  minStemChars: MIN_ORDINAL_STEM_CHARS,
  match(text) {
    // The pattern ends in the ordinal: a line ending otherwise is not run through it (it is tried
    // on every line of every page).
    if (!ORDINAL_END.has(text.charCodeAt(text.length - 1))) return null;
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

/** JavaScript's `\s` (what the stem-and-marker pattern allowed between a stem's characters). */
function isRegexSpace(c: number): boolean {
  return (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * Where `stem` ends at the start of `text`, its characters possibly spaced apart ("工 作 计 划"), or
 * -1. A hand-written scan: a regular expression per stem was compiled anew on every page, and the
 * compiling cost more than all the matching.
 */
function stemEnd(text: string, chars: readonly string[]): number {
  let at = 0;
  for (let k = 0; k < chars.length; k++) {
    if (k > 0) while (at < text.length && isRegexSpace(text.charCodeAt(at))) at++;
    const c = chars[k] as string;
    if (!text.startsWith(c, at)) return -1;
    at += c.length;
  }
  return at;
}

/** The marker after a known stem: X(一) / X(1), X1 (not a quantity or date: X10%, X5年), X一. */
const MARKER_AFTER = /\s*(?:\(\s*([0-9]{1,2}|[一二三四五六七八九十]{1,3})\s*\)|([0-9]{1,2})(?![0-9.%]|\s*[年月日号])|([一二三四五六七八九十]{1,3})(?=$|\s|:))/y;

/**
 * A header that starts with a stem the page already knows, followed by a bare ordinal — Arabic
 * (X1, X 1, and glued: "…工作计划1第一、…"), in brackets (X(一), X(1)) or a Chinese numeral ending
 * the header (X一, X一:). The stem may be written with spaces between its characters.
 */
export function knownStemHeuristic(stem: string): HeaderHeuristic {
  const chars = [...stem];
  // Stems are normalised without blanks; one with a blank inside is matched as the pattern would,
  // where a blank of the stem may also stand for several.
  const spaced = /\s/.test(stem) ? new RegExp(`^${chars.map(escape).join('\\s*')}`) : null;
  return {
    name: 'known-stem',
    minStemChars: 0,
    match(text): HeaderMatch | null {
      const end = spaced === null ? stemEnd(text, chars) : (spaced.exec(text)?.[0].length ?? -1);
      if (end < 0) return null;
      MARKER_AFTER.lastIndex = end;
      const marker = MARKER_AFTER.exec(text);
      if (marker === null) return null;
      const matched = text.slice(0, MARKER_AFTER.lastIndex);
      const number = headerNumber((marker[1] ?? marker[2] ?? marker[3]) as string);
      if (number === null) return null;
      const rest = readRest(text, matched.length);
      const subtitle = rest.bodyStart === null ? normalizeStem(text.slice(matched.length, rest.end)) : '';
      const out: HeaderMatch = { number, stem: normalizeStem(text.slice(0, end)), kind: '篇', subtitle, end: rest.end, bodyStart: rest.bodyStart, strong: false };
      const alt = marker[2] === undefined ? undefined : firstDigitReading(marker[2], matched, rest.bodyStart);
      if (alt !== undefined) out.alt = alt;
      return out;
    },
  };
}
