import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { foldScript } from '../../src/normalize/fold-script.js';
import { LexiconError, LEXICON_DIR, loadLexicon, parseLexicon } from '../../src/template/detect/lexicon/load.js';
import { CUE_COLUMNS, cues, CUE_ROLES, TYPED_COLUMNS, TYPED_LEXICONS, typedWords, UNIT_COLUMNS, units, WORD_COLUMNS, WORD_LEXICONS } from '../../src/template/detect/lexicon/tables.js';
import { HAS_SHARED, REPO_ROOT, seedText } from '../helpers/seed.js';

const JIEBA_DICT = resolve(REPO_ROOT, 'node_modules/nodejieba/submodules/cppjieba/dict/jieba.dict.utf8');

/** Every lexicon file with its columns and the key that must be unique in it. */
const FILES: Array<{ name: string; columns: readonly string[]; key: (c: Readonly<Record<string, string>>) => string }> = [
  ...WORD_LEXICONS.map((name) => ({ name, columns: WORD_COLUMNS, key: (c: Readonly<Record<string, string>>) => c['word'] as string })),
  { name: 'cues', columns: CUE_COLUMNS, key: (c) => `${c['word']} as ${c['role']}` },
  { name: 'units', columns: UNIT_COLUMNS, key: (c) => c['word'] as string },
  ...TYPED_LEXICONS.map((name) => ({ name, columns: TYPED_COLUMNS, key: (c: Readonly<Record<string, string>>) => c['word'] as string })),
];

function jiebaTags(): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  for (const line of readFileSync(JIEBA_DICT, 'utf8').split('\n')) {
    const [w, , tag] = line.split(' ');
    if (w === undefined || tag === undefined) continue;
    const set = map.get(w) ?? new Set<string>();
    set.add(tag);
    map.set(w, set);
  }
  return map;
}

/** The text a document source names, folded to Simplified as the detectors see it; null when absent here. */
function documentText(source: string): string | null {
  if (source === 'seed') return HAS_SHARED ? foldScript(seedText()) : null;
  const [scheme, path] = source.split(':') as [string, string];
  const file = scheme === 'corpus' ? resolve(REPO_ROOT, 'scripts/corpus-src', path)
    : scheme === 'fixture' ? resolve(REPO_ROOT, 'fixtures', path)
    : scheme === 'devset' ? [resolve(REPO_ROOT, 'corpus/real/docs', `${path}.txt`), resolve(REPO_ROOT, 'fixtures/pages', path)].find((p) => existsSync(p)) ?? ''
    : '';
  return existsSync(file) ? foldScript(readFileSync(file, 'utf8')) : null;
}

describe('lexicons (data/lexicon)', () => {
  it('holds exactly the files the tables read', () => {
    const present = readdirSync(LEXICON_DIR).filter((f) => f.endsWith('.tsv')).map((f) => f.replace(/\.tsv$/, '')).sort();
    expect(present).toEqual(FILES.map((f) => f.name).sort());
  });

  for (const { name, columns, key } of FILES) {
    it(`${name}.tsv: no entry twice, every entry with a source`, () => {
      const entries = loadLexicon(name, columns);
      expect(entries.length).toBeGreaterThan(0);
      const seen = new Map<string, number>();
      const repeats: string[] = [];
      for (const e of entries) {
        const k = key(e.cells);
        if (seen.has(k)) repeats.push(`${k} (lines ${seen.get(k)} and ${e.line})`);
        seen.set(k, e.line);
        expect(e.cells['source'], `line ${e.line}`).toMatch(/\S/);
      }
      expect(repeats).toEqual([]);
    });
  }

  it('every source holds: jieba tags are in the dictionary, compounds are made of dictionary words, documents contain the word', () => {
    const tags = jiebaTags();
    const wrong: string[] = [];
    const texts = new Map<string, string | null>();
    for (const { name, columns } of FILES) {
      for (const e of loadLexicon(name, columns)) {
        const word = e.cells['word'] as string;
        const source = e.cells['source'] as string;
        const where = `${name}.tsv:${e.line} ${word} (${source})`;
        if (source.startsWith('jieba:')) {
          if (!tags.get(word)?.has(source.slice('jieba:'.length))) wrong.push(where);
        } else if (source.startsWith('compound:')) {
          const [a, b] = source.slice('compound:'.length).split('+') as [string, string];
          if (a + b !== word || !tags.has(a) || !tags.has(b)) wrong.push(where);
        } else if (/^(seed|corpus:|fixture:|devset:)/.test(source)) {
          if (!texts.has(source)) texts.set(source, documentText(source));
          const text = texts.get(source);
          if (text !== null && text !== undefined && !text.includes(word)) wrong.push(where);
          if (text === null && source !== 'seed') wrong.push(`${where}: no such document`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('tables: every cue role and unit role is used, units carry slot types', () => {
    for (const role of CUE_ROLES) expect(cues(role).length, role).toBeGreaterThan(0);
    expect(units().find((u) => u.word === '人次')).toMatchObject({ type: 'count' });
    expect(units().find((u) => u.word === '万元')).toBeUndefined(); // scales are grammar, not units
    expect(typedWords('field-labels').get('姓名')).toBe('text');
  });

  it('a malformed line fails the loader with the file and line named', () => {
    const header = 'word\tsource\tnote';
    expect(() => parseLexicon(`${header}\n工人\tjieba:n\tok\n个人\tjieba:n\n`, 'data/lexicon/x.tsv', WORD_COLUMNS)).toThrow(
      'data/lexicon/x.tsv:3: expected 3 tab-separated columns, found 2',
    );
    expect(() => parseLexicon(`${header}\n# comment\n\n工人\t\tno source\n`, 'x.tsv', WORD_COLUMNS)).toThrow('x.tsv:4: column "source" is empty');
    expect(() => parseLexicon(`${header}\n工人\twikipedia\t\n`, 'x.tsv', WORD_COLUMNS)).toThrow(/x\.tsv:2: source "wikipedia"/);
    expect(() => parseLexicon('word\tnote\n', 'x.tsv', WORD_COLUMNS)).toThrow(/x\.tsv:1: header must be/);
    expect(() => parseLexicon('# only a comment\n', 'x.tsv', WORD_COLUMNS)).toThrow(LexiconError);
    expect(() => loadLexicon('no-such-lexicon', WORD_COLUMNS)).toThrow(/data\/lexicon\/no-such-lexicon\.tsv:0: cannot be read/);
  });

  it('accepts an empty note, comments and CRLF line ends', () => {
    const entries = parseLexicon('word\tsource\tnote\r\n# c\r\n工人\tjieba:n\t\r\n', 'x.tsv', WORD_COLUMNS);
    expect(entries).toEqual([{ line: 3, cells: { word: '工人', source: 'jieba:n', note: '' } }]);
  });
});
