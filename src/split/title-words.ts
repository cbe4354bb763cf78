import { loadDataFile } from './data-file.js';

export const GENRE_WORDS_FILE = 'data/split/genre-words.tsv';

let suffixes: RegExp | null = null;

/**
 * Whether a text ends the way a document title does: with a genre word (工作计划, 实施方案, 管理办法 …,
 * data/split/genre-words.tsv), optionally followed by 范文 or a closing bracket.
 */
export function endsLikeTitle(text: string): boolean {
  if (suffixes === null) {
    const words = loadDataFile(GENRE_WORDS_FILE).rows.map((r) => r.cells['word'] as string);
    words.sort((a, b) => b.length - a.length);
    suffixes = new RegExp(`(?:${words.join('|')})(?:范文|模板|例文)?[)》」】]?$`);
  }
  return suffixes.test(text);
}
