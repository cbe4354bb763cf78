import { amountCueBefore, countCueBefore, headAfter, isScopeWord, type HeadKind } from './count-cues.js';
import { isHan } from './context.js';
import { startingWord } from './hollow-words.js';
import type { UnitMatch } from './units.js';
import { cues, unitsWith } from './lexicon/tables.js';

/**
 * A hollow blank followed by the noun it counts: 对辖区__户低保家庭, 为__名高龄老人提供助餐,
 * 与辖区内__个驻区单位签订协议, 每人每天__元包干使用. hollow.ts accepts a blank mostly where the
 * unit ends its clause; here the clause goes on, so more must hold:
 *  1. the unit is a classifier (or money) and the text after it does not make a word with it
 *     (个人, 名单, 户口, 家庭, 项目, 处理, 支持 — hollow-words.ts);
 *  2. a word right before it asks for a count: a scope (辖区, 全镇, 本单位), a preposition or a verb
 *     that takes a counted object (为, 对, 新建, 走访, 不少于 — count-cues.ts); for money, a rate
 *     (每人每天) or a verb of money (投入, 奖励);
 *  3. a classifier that counts one kind of thing has such a noun after it: 名/位 people (after 的 too:
 *     选送的__名学员), 所 schools and stations, 家 organisations and homes; 名/位 right after a person
 *     noun need nothing more (推荐优秀团员__名作为…).
 * hollow.ts applies the checks on the left (no numeral or determiner, no straddling word) before.
 */

/** Classifiers that may stand before their noun, and the kind of noun some of them need. */
const NOUN_CLASSIFIERS: ReadonlyMap<string, HeadKind | null> = new Map<string, HeadKind | null>([
  ...[...unitsWith('classifier')].map((c): [string, null] => [c, null]),
  ...[...unitsWith('classifier-person')].map((c): [string, HeadKind] => [c, 'person']),
  ...[...unitsWith('classifier-institution')].map((c): [string, HeadKind] => [c, 'institution']),
  ...[...unitsWith('classifier-organisation')].map((c): [string, HeadKind] => [c, 'organisation']),
]);

/** Ends of person nouns that 名/位 may count from behind: 团员__名, 学生__名. */
const PERSON_BEFORE = new Set(cues('person-before'));

export interface CountedNoun {
  /** The word before the blank that asks for a count. */
  cue: string;
  /** The cue is a verb or preposition, which keeps its last character (排查|处, not 排|查处). */
  verb: boolean;
  /** The counted noun's kind was confirmed (people, institutions, organisations). */
  head: boolean;
}

/** Base units this rule may make a blank before (hollow.ts looks at these even when not clause units). */
export function countsNouns(base: string): boolean {
  return NOUN_CLASSIFIERS.has(base);
}

/**
 * The cue that makes `m` at `at` a blank followed by its noun, or null. `end` bounds the text looked
 * at; `window` is how far after the unit the noun of a kind (rule 3) may end.
 */
export function countedNounAt(folded: string, at: number, m: UnitMatch, end: number, window: number): CountedNoun | null {
  if (m.end >= end || m.tailEnd !== m.end || !isHan(folded[m.end])) return null;
  if (m.type !== 'amount' && !NOUN_CLASSIFIERS.has(m.base)) return null;
  if (startingWord(folded, m.end - m.base.length) !== null) return null;
  if (m.type === 'amount') {
    const cue = amountCueBefore(folded, at);
    return cue === null ? null : { cue, verb: !cue.startsWith('每'), head: false };
  }
  if (m.scale !== 1 || !NOUN_CLASSIFIERS.has(m.base)) return null;
  const kind = NOUN_CLASSIFIERS.get(m.base) ?? null;
  const left = folded[at - 1] as string;
  if (kind === 'person' && PERSON_BEFORE.has(left)) return { cue: left, verb: false, head: true };
  const cue = countCueBefore(folded, at) ?? (kind === 'person' && left === '的' ? left : null);
  if (cue === null) return null;
  const verb = !isScopeWord(cue);
  if (kind === null) return { cue, verb, head: false };
  return headAfter(folded, m.end, end, kind, window) ? { cue, verb, head: true } : null;
}
