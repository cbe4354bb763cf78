import { endsWithAt } from './context.js';
import { cues } from './lexicon/tables.js';

/**
 * Words that announce a quantity right after them. A Chinese numeral is a quantity slot only after
 * one of these (了二期, 连续三天, 已经有两名): elsewhere 一/二/三 are mostly parts of words
 * (实现二次创业, 三季度, 一线) or enumerations.
 */
const QUANTITY_CUES = cues('quantity');

export function quantityCueBefore(text: string, at: number): string | null {
  for (const w of QUANTITY_CUES) if (endsWithAt(text, at, w)) return w;
  return null;
}

/**
 * Words before 人/名 that mean people are being counted: the end of a person noun (员工, 党员,
 * 组长, 志愿者, 学生 …) or a verb of counting people (培训, 慰问, 参加 …). A hollow 人 needs one,
 * because 人 ends so many words (见 hollow-words.ts) that the word list alone is not enough.
 */
const PERSON_NOUN_ENDINGS = new Set(cues('person-ending'));
const PEOPLE_CUES = cues('people');

/** The counting verbs of PEOPLE_CUES (two characters or more): 选派, 培训, 招聘 … */
export function peopleVerbBefore(text: string, at: number): string | null {
  for (const w of PEOPLE_CUES) if (w.length >= 2 && endsWithAt(text, at, w)) return w;
  return null;
}

export function peopleContextBefore(text: string, at: number): boolean {
  if (PERSON_NOUN_ENDINGS.has(text[at - 1] as string)) return true;
  return PEOPLE_CUES.some((w) => endsWithAt(text, at, w));
}

/**
 * Cues strong enough that a blank may be followed by its noun instead of punctuation: a whole
 * area (全镇__个行政村), a holding (现有, 下辖), a total (累计), a duration (为期__天的培训).
 */
const STRONG_CUES = cues('strong');

export function strongCueBefore(text: string, at: number): string | null {
  for (const w of STRONG_CUES) if (endsWithAt(text, at, w)) return w;
  return null;
}

/**
 * Words that bound or total an amount (不少于, 达到, 累计, 约): the only places where a unit that is
 * also a noun (课时, 学时: 不随意增减课时) is a blank at the end of a clause (每年不少于__学时).
 */
const BOUND_CUES = cues('bound');

export function boundCueBefore(text: string, at: number): string | null {
  for (const w of BOUND_CUES) if (endsWithAt(text, at, w)) return w;
  return null;
}
