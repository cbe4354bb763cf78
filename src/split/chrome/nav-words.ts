import { loadDataFile } from '../data-file.js';

export const NAV_WORDS_FILE = 'data/chrome/nav-words.tsv';

let words: ReadonlyMap<string, 'nav' | 'category'> | null = null;

/** Menu words (data/chrome/nav-words.tsv): word → nav (site furniture) or category (a text genre). */
export function navWords(): ReadonlyMap<string, 'nav' | 'category'> {
  if (words !== null) return words;
  const file = loadDataFile(NAV_WORDS_FILE);
  const m = new Map<string, 'nav' | 'category'>();
  for (const { line, cells } of file.rows) {
    const type = cells['type'];
    if (type !== 'nav' && type !== 'category') throw new Error(`${file.path}:${line}: type must be nav or category`);
    m.set(cells['word'] as string, type);
  }
  words = m;
  return words;
}
