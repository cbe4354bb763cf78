import { navWords } from './nav-words.js';

export const MENU_RULE = 'split/chrome/menu-line';

/** A sentence mark or a comma: menus have none. */
const SENTENCE = /[。!?;:,，、“”]/;
const SEPARATORS = /[\s|·/]+/;

export interface MenuOptions {
  /** Fewest tokens a menu line has. */
  minTokens: number;
  /** Longest token a menu item is (characters). */
  maxTokenChars: number;
  /** Share of tokens that must be menu words (data/chrome/nav-words.tsv). */
  minMenuShare: number;
}

export const MENU_DEFAULTS: MenuOptions = { minTokens: 3, maxTokenChars: 8, minMenuShare: 0.6 };

/**
 * A site menu: a short line of short tokens separated by spaces or bars, most of them menu words
 * (首页 登录 注册, or the category names a 范文 site lists: 工作计划 工作总结 心得体会 …), with no
 * sentence punctuation. A plan's own line rarely has three bare category names in a row.
 */
export function isMenuLine(line: string, o: MenuOptions = MENU_DEFAULTS): boolean {
  if (SENTENCE.test(line)) return false;
  const tokens = line.split(SEPARATORS).filter((t) => t !== '');
  if (tokens.length < o.minTokens || tokens.some((t) => t.length > o.maxTokenChars)) return false;
  const words = navWords();
  const known = tokens.filter((t) => words.has(t)).length;
  return known / tokens.length >= o.minMenuShare;
}
