import { CharSet } from '../../core/char-set.js';
import type { SlotType } from '../../core/template.js';
import { units, unitsWith } from './lexicon/tables.js';

/**
 * The unit and classifier lexicon. jieba emits no classifier tag (人, 人次 come out as nouns, 万元 as a
 * numeral), so which words count things is listed here. All forms are Simplified: detectors match
 * on the folded text, which has the same offsets as the original.
 */

/** Base units and the slot type a number before them has (data/lexicon/units.tsv). Calendar units are typed again by value. */
const BASE_UNITS: ReadonlyArray<[string, SlotType]> = units().map((u) => [u.word, u.type]);

export const UNIT_TYPES: ReadonlyMap<string, SlotType> = new Map(BASE_UNITS);
const BY_LENGTH = [...UNIT_TYPES.keys()].sort((a, b) => b.length - a.length);

/** 万/亿/千 between a number and its unit scale it: 3万元 = 30000 元, 10余万人. */
export const SCALES: Readonly<Record<string, number>> = { 万: 1e4, 亿: 1e8, 千: 1e3 };
/** Base units a scale may stand before (千 only before money and people: 千米 is its own unit). */
const SCALABLE = unitsWith('scalable');

/** Approximation words: before the number (约), between number and unit (余, 多), after the unit (左右, 以上). */
export const PRE_QUALIFIERS = ['大约', '约', '近', '超过', '逾', '不少于', '不低于', '至少'] as const;
export const MID_QUALIFIERS = ['余', '多'] as const;
export const POST_QUALIFIERS = ['左右', '以上', '以下', '以内', '上下', '之内'] as const;

/** A parsed unit after a number (or after the place a number was stripped from). */
export interface UnitMatch {
  /** Offsets in the folded text: from the first character after the number to the end of the unit. */
  start: number;
  end: number;
  /** The base unit (Simplified): 元, 人, %. */
  base: string;
  /** Offsets of the characters that form the unit as a person reads it (万 + 元, without 余). */
  unitChars: number[];
  type: SlotType;
  scale: number;
  /** 余/多 between the number and the unit, and 左右/以上 … after it. */
  qualifiers: string[];
  /** Where the unit ends, after any trailing qualifier. */
  tailEnd: number;
}

/** First characters of anything unitAt can match, to skip most positions at once (by char code: hollow calls it at every character). */
const FIRST_CHARS = new CharSet([...BY_LENGTH.map((u) => u[0] as string), ...MID_QUALIFIERS, ...Object.keys(SCALES)]);

/** Units by their first character, longest first: most positions are rejected by one map lookup. */
const BY_FIRST = new Map<string, string[]>();
for (const u of BY_LENGTH) {
  const list = BY_FIRST.get(u[0] as string) ?? [];
  list.push(u);
  BY_FIRST.set(u[0] as string, list);
}

function baseAt(text: string, at: number): string | null {
  const list = BY_FIRST.get(text[at] as string);
  if (list === undefined) return null;
  for (const u of list) if (u.length === 1 || text.startsWith(u, at)) return u;
  return null;
}

function midAt(text: string, at: number): string | null {
  const c = text[at];
  return c !== undefined && (MID_QUALIFIERS as readonly string[]).includes(c) ? c : null;
}

export function postQualifierAt(text: string, at: number): string | null {
  for (const q of POST_QUALIFIERS) if (text.startsWith(q, at)) return q;
  return null;
}

/**
 * Parses `[余|多] [万|亿|千] [余|多] unit [左右|以上 …]` at `at` (3万余元, 10余万人, 100多人, 5%以上).
 * `allowScales` is off for hollow blanks where 千元 would be read as "a thousand yuan".
 */
const ALL_SCALES: readonly string[] = Object.keys(SCALES);
/** The scales a hollow blank may stand before (千元 reads as "a thousand yuan"). */
export const BLANK_SCALES: readonly string[] = ['万', '亿'];

export function unitAt(text: string, at: number, allowScales: readonly string[] = ALL_SCALES): UnitMatch | null {
  if (!FIRST_CHARS.has(text.charCodeAt(at))) return null;
  let p = at;
  const qualifiers: string[] = [];
  const unitChars: number[] = [];
  let scale = 1;
  const mid1 = midAt(text, p);
  if (mid1 !== null) {
    qualifiers.push(mid1);
    p++;
  }
  const s = text[p];
  if (s !== undefined && allowScales.includes(s)) {
    let q = p + 1;
    const mid2 = midAt(text, q);
    if (mid2 !== null) q++;
    const base = baseAt(text, q);
    if (base !== null && SCALABLE.has(base) && !(s === '千' && base === '米')) {
      scale = SCALES[s] as number;
      unitChars.push(p);
      if (mid2 !== null) qualifiers.push(mid2);
      p = q;
    }
  }
  const base = baseAt(text, p);
  if (base === null) return null;
  for (let i = 0; i < base.length; i++) unitChars.push(p + i);
  const end = p + base.length;
  let tailEnd = end;
  const post = postQualifierAt(text, end);
  if (post !== null) {
    qualifiers.push(post);
    tailEnd = end + post.length;
  }
  return { start: at, end, base, unitChars, type: UNIT_TYPES.get(base) as SlotType, scale, qualifiers, tailEnd };
}

/** The unit as written in the user's script (the original text), without 余/多. */
export function unitText(original: string, m: UnitMatch): string {
  return m.unitChars.map((i) => original[i]).join('');
}
