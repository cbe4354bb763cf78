import { words } from './lexicon/tables.js';

/**
 * Words that END in a unit character, where that character is part of the word and not a classifier
 * (工人, 个人, 国家, 层次, 事项 …: data/lexicon/straddling-words.tsv). A hollow blank is rejected when
 * such a word straddles the place the number would go: it starts before the blank and ends inside
 * the unit. Simplified forms only. The list holds the words that can end a clause (a hollow blank
 * is mostly followed by punctuation, hollow.ts) and those that a count cue can form with the unit
 * (查处 after 检查, 近期 after 近: hollow-noun.ts); a determiner and a unit (这个, 每项) need no
 * entry, the determiner rule below rejects them.
 */
const STRADDLING = words('straddling-words');

/**
 * Counted nouns that end right before the unit and override a straddling word: in 员工人 the 人
 * counts 员工 although 工人 is a word; in 讨论的有人 the 人 is counted although 有人 is a word.
 */
export const COUNTED_BEFORE: readonly string[] = words('counted-before');

const BY_LAST: Map<string, string[]> = new Map();
for (const w of STRADDLING) {
  if (w.length < 2) continue;
  const last = w[w.length - 1] as string;
  const bucket = BY_LAST.get(last) ?? [];
  bucket.push(w);
  BY_LAST.set(last, bucket);
}

/**
 * True when a listed word ends at `end` (exclusive) and starts before `blankAt`, i.e. the unit
 * character at end-1 belongs to a word that reaches left of where the number would go.
 */
export function straddlingWord(text: string, blankAt: number, end: number): string | null {
  const words = BY_LAST.get(text[end - 1] as string);
  if (words === undefined) return null;
  for (const w of words) {
    const start = end - w.length;
    if (start < blankAt && start >= 0 && text.startsWith(w, start)) return w;
  }
  return null;
}

/**
 * A unit and the noun it counts that read as a listed word when cut the other way: 名师生 is
 * 名 + 师生 (not 名师 + 生), 名优秀 is 名 + 优秀, 所学校 is 所 + 学校, 支队伍 is 支 + 队伍. They win
 * over the list above.
 */
const COUNTED_AFTER = words('counted-after');

/**
 * Words that START with a unit character (个人, 人员, 项目, 条件 …: data/lexicon/starting-words.tsv).
 * A blank followed by more text instead of punctuation (全镇__个行政村) is only accepted after a
 * strong cue, and then not when the unit and what follows it form one of these words.
 */
const STARTING_BY_FIRST = new Map<string, string[]>();
for (const w of words('starting-words').filter((x) => x.length > 1)) {
  const list = STARTING_BY_FIRST.get(w[0] as string) ?? [];
  list.push(w);
  STARTING_BY_FIRST.set(w[0] as string, list);
}

/** The listed word that starts at `at`, if any. */
export function startingWord(text: string, at: number): string | null {
  const words = STARTING_BY_FIRST.get(text[at] as string);
  const word = words?.find((w) => text.startsWith(w, at));
  if (word === undefined || COUNTED_AFTER.some((w) => text.startsWith(w, at))) return null;
  return word;
}

/**
 * Single characters that quantify (这个, 每项, 首次, 若干) — unless the character ends a longer word
 * (清单, 成本, 安全, 目前): 形成风险清单__条 has a blank although 单 can mean "single".
 */
export const DETERMINERS = new Set(words('determiners'));
const DETERMINER_WORD_ENDS = words('determiner-word-ends');

export function isDeterminerBefore(text: string, at: number): boolean {
  if (!DETERMINERS.has(text[at - 1] as string)) return false;
  return !DETERMINER_WORD_ENDS.some((w) => w.length > 0 && text.startsWith(w, at - w.length));
}
