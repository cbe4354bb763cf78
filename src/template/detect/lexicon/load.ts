import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Lexicons are data (data/lexicon/*.tsv), not arrays in code: one entry per line, tab-separated, a
 * header line naming the columns, `#` comment lines and blank lines ignored. Every entry names its
 * source, so a reader can tell why a word is listed:
 *  - `jieba:<tag>`: the word is in jieba's dictionary with that part-of-speech tag;
 *  - `compound:<a>+<b>`: both parts are in jieba's dictionary (全街道 = 全 + 街道);
 *  - `GB 3100` (or another standard, `GB/T 3101`): a legal unit of measurement;
 *  - `seed`, `corpus:<file>`, `fixture:<path>`, `devset:<id>`: a document of the dev set where the
 *    word occurs in the role the lexicon gives it.
 * A malformed line stops the loader with the file and line named.
 */

/** Directory of the lexicon files: data/lexicon at the package root (src/ and dist/ are both 3 levels down). */
export const LEXICON_DIR = fileURLToPath(new URL('../../../../data/lexicon/', import.meta.url));

export const SOURCE_RE = /^(?:jieba:[a-z]+|compound:[^+\s]+\+[^+\s]+|GB(?:\/T)? \d+(?:\.\d+)?|seed|corpus:[\w.-]+|fixture:[\w./-]+|devset:[\w./#-]+)$/u;

/** Columns that may be empty; every other column must hold a value. */
const OPTIONAL_COLUMNS = new Set(['note']);

export class LexiconError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly reason: string,
  ) {
    super(`${file}:${line}: ${reason}`);
    this.name = 'LexiconError';
  }
}

export interface LexiconEntry {
  /** 1-based line of the entry in its file. */
  line: number;
  cells: Readonly<Record<string, string>>;
}

/** Parses the text of one lexicon file whose header must be exactly `columns`. */
export function parseLexicon(text: string, file: string, columns: readonly string[]): LexiconEntry[] {
  const lines = text.split('\n');
  const out: LexiconEntry[] = [];
  let header = false;
  for (let i = 0; i < lines.length; i++) {
    const raw = (lines[i] as string).replace(/\r$/, '');
    if (raw.trim() === '' || raw.startsWith('#')) continue;
    const cells = raw.split('\t');
    if (!header) {
      if (cells.join('\t') !== columns.join('\t')) throw new LexiconError(file, i + 1, `header must be "${columns.join(' ⇥ ')}", found "${cells.join(' ⇥ ')}"`);
      header = true;
      continue;
    }
    if (cells.length !== columns.length) throw new LexiconError(file, i + 1, `expected ${columns.length} tab-separated columns, found ${cells.length}`);
    const record: Record<string, string> = {};
    columns.forEach((c, k) => {
      const v = cells[k] as string;
      if (v !== v.trim()) throw new LexiconError(file, i + 1, `column "${c}" has leading or trailing spaces`);
      if (v === '' && !OPTIONAL_COLUMNS.has(c)) throw new LexiconError(file, i + 1, `column "${c}" is empty`);
      record[c] = v;
    });
    if (record['source'] !== undefined && !SOURCE_RE.test(record['source'])) {
      throw new LexiconError(file, i + 1, `source "${record['source']}" is not jieba:<tag>, compound:<a>+<b>, a standard (GB 3100), seed, corpus:, fixture: or devset:`);
    }
    out.push({ line: i + 1, cells: record });
  }
  if (!header) throw new LexiconError(file, 1, 'no header line');
  return out;
}

const cache = new Map<string, LexiconEntry[]>();

/** Reads data/lexicon/<name>.tsv once (cached). */
export function loadLexicon(name: string, columns: readonly string[]): LexiconEntry[] {
  const hit = cache.get(name);
  if (hit !== undefined) return hit;
  const file = `data/lexicon/${name}.tsv`;
  let text: string;
  try {
    text = readFileSync(`${LEXICON_DIR}${name}.tsv`, 'utf8');
  } catch (e) {
    throw new LexiconError(file, 0, `cannot be read (${(e as Error).message})`);
  }
  const entries = parseLexicon(text, file, columns);
  cache.set(name, entries);
  return entries;
}
