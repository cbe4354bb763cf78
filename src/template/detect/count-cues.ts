import { endsWithAt, isHan } from './context.js';
import { UNIT_TYPES } from './units.js';
import { cues } from './lexicon/tables.js';

/**
 * Words after which a classifier with no number before it can only be a stripped count, even when
 * the noun it counts follows (辖区__个老旧小区, 为__名高龄老人, 新建__所学校). Chinese puts no bare
 * classifier after these: the number is what is missing. Used by hollow-noun.ts.
 */

/** A whole area or organisation, or a jurisdiction: what follows is counted within it. */
const SCOPE_WORDS = cues('scope');

/**
 * Prepositions that introduce the counted beneficiaries or objects, and verbs that take a counted
 * object (founding, holding events, visiting, selecting people, works and goods, totals and
 * bounds). Nouns that are also verbs (服务, 联系) are left out: 服务台, 联系户 are words.
 */
const COUNT_VERBS = cues('count-verb');

/** Verbs that take a sum of money: 投入__万元用于, 奖励__元现金. */
const AMOUNT_VERBS = cues('amount-verb');

/** Time words a rate is given per (每人每天__元), besides the units of the lexicon. */
const RATE_WORDS = new Set(cues('rate-word'));
/** Longest word between 每 and the blank of a rate (每平方米). */
const RATE_WORD_MAX = 3;

/** Words by their last character, longest first: most places are rejected by one map lookup. */
function byLast(words: readonly string[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const w of [...words].sort((a, b) => b.length - a.length)) {
    const list = map.get(w[w.length - 1] as string) ?? [];
    list.push(w);
    map.set(w[w.length - 1] as string, list);
  }
  return map;
}

const COUNT_CUES = byLast([...SCOPE_WORDS, ...COUNT_VERBS]);
const AMOUNT_CUES = byLast(AMOUNT_VERBS);

function longestEnding(text: string, at: number, words: ReadonlyMap<string, string[]>): string | null {
  for (const w of words.get(text[at - 1] as string) ?? []) if (endsWithAt(text, at, w)) return w;
  return null;
}

/** The scope word or counting verb that ends at `at`, if any (the longest). */
export function countCueBefore(text: string, at: number): string | null {
  return longestEnding(text, at, COUNT_CUES);
}

const SCOPES = new Set(SCOPE_WORDS);
/** Scope words are nouns: a word across their end and the unit may be the right cut (全|市场主体). */
export function isScopeWord(word: string): boolean {
  return SCOPES.has(word);
}

/** A rate (每人, 每天, 每平方米) or a verb of money that ends at `at`. */
export function amountCueBefore(text: string, at: number): string | null {
  for (let len = 1; len <= RATE_WORD_MAX; len++) {
    const p = at - len - 1;
    if (p < 0 || text[p] !== '每') continue;
    const word = text.slice(p + 1, at);
    if (UNIT_TYPES.has(word) || RATE_WORDS.has(word)) return `每${word}`;
  }
  return longestEnding(text, at, AMOUNT_CUES);
}

/**
 * Nouns naming people, institutions or organisations. Some classifiers count only one kind of thing,
 * so a blank before them is only believed when such a noun follows (or, for 名, stands before it):
 * 名 and 位 count people, 所 schools and stations, 家 organisations and homes. People and
 * institutions are named by a last character (党员, 老人, 护士, 小学, 卫生院); 家 by whole words,
 * since the characters that end organisations (行, 地, 点, 心) also start everyday words (进行, 地方).
 */
export const PERSON_HEADS = new Set(cues('person-head'));
const INSTITUTION_HEADS = new Set(cues('institution-head'));
const ORGANISATION_WORDS = cues('organisation');
/**
 * A head character that starts a word here does not end the noun: 生产, 工作, 长期, 医疗, 属于.
 * Only pairs that can follow a classifier in plan prose are listed.
 */
const NOT_FINAL = cues('not-final');

export type HeadKind = 'person' | 'institution' | 'organisation';

/** Where the noun phrase after a classifier certainly ends (the enumeration mark 、 does not end it). */
const PHRASE_BREAKS = new Set([',', '。', ';', ':', '!', '?', '\n', '(', ')', '“', '”', '《', '》']);

function headAt(text: string, p: number, kind: HeadKind): boolean {
  if (kind === 'organisation') return ORGANISATION_WORDS.some((w) => text.startsWith(w, p));
  const heads = kind === 'person' ? PERSON_HEADS : INSTITUTION_HEADS;
  return heads.has(text[p] as string) && !NOT_FINAL.some((w) => text.startsWith(w, p));
}

/** True when a noun of `kind` stands within `window` characters after `from` (before the phrase ends). */
export function headAfter(text: string, from: number, end: number, kind: HeadKind, window: number): boolean {
  for (let p = from; p < Math.min(end, from + window); p++) {
    const c = text[p] as string;
    if (PHRASE_BREAKS.has(c) || (!isHan(c) && c !== '、')) return false;
    if (headAt(text, p, kind)) return true;
  }
  return false;
}
