import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataFilePath, loadDataFile, parseDataFile } from '../../src/split/data-file.js';
import { chromePatterns, PATTERNS_FILE } from '../../src/split/chrome/patterns.js';
import { NAV_WORDS_FILE, navWords } from '../../src/split/chrome/nav-words.js';
import { GENRE_WORDS_FILE } from '../../src/split/title-words.js';
import { ISSUER_WORDS_FILE } from '../../src/split/title.js';
import { HEADER_NOUNS_FILE } from '../../src/split/header-nouns.js';

/** The key columns of each data file: an entry is a duplicate when these repeat. */
const FILES: Array<[string, string[]]> = [
  [PATTERNS_FILE, ['scope', 'pattern']],
  [NAV_WORDS_FILE, ['word']],
  [GENRE_WORDS_FILE, ['word']],
  [ISSUER_WORDS_FILE, ['word']],
  [HEADER_NOUNS_FILE, ['word']],
];

describe('data files', () => {
  it('every file under data/chrome and data/split is checked here', () => {
    const found = ['chrome', 'split'].flatMap((d) => readdirSync(dataFilePath(`data/${d}`)).map((f) => `data/${d}/${f}`));
    expect(found.sort()).toEqual(FILES.map(([f]) => f).sort());
  });

  it.each(FILES)('%s: no duplicate entries, every entry has a source and a note', (path, keys) => {
    const file = loadDataFile(path);
    expect(file.rows.length).toBeGreaterThan(0);
    const seen = new Map<string, number>();
    for (const { line, cells } of file.rows) {
      expect(cells['source']?.trim(), `${path}:${line} source`).not.toBe('');
      expect(cells['note']?.trim(), `${path}:${line} note`).not.toBe('');
      const key = keys.map((k) => cells[k]).join('\u0000');
      expect(seen.has(key), `${path}:${line} repeats line ${seen.get(key)}`).toBe(false);
      seen.set(key, line);
    }
  });

  it('the parser refuses a row that does not fit its header, and a header without source/note', () => {
    expect(() => parseDataFile('x.tsv', 'word\tsource\tnote\na\tb\n')).toThrow(/x\.tsv:2: 2 columns/);
    expect(() => parseDataFile('x.tsv', 'word\tnote\na\tb\n')).toThrow(/no "source" column/);
    expect(parseDataFile('x.tsv', '# comment\n\nword\tsource\tnote\na\tseen\tbecause\n').rows).toEqual([{ line: 4, cells: { word: 'a', source: 'seen', note: 'because' } }]);
  });

  it('patterns compile, with their data line as the rule', () => {
    const patterns = chromePatterns();
    expect(patterns.length).toBe(loadDataFile(PATTERNS_FILE).rows.length);
    for (const p of patterns) expect(p.rule).toMatch(/^split\/chrome\/patterns#\d+$/);
    expect(navWords().get('登录')).toBe('nav');
    expect(navWords().get('工作计划')).toBe('category');
    void join;
  });
});
