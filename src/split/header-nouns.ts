import { foldText } from '../normalize/index.js';
import { loadDataFile } from './data-file.js';
import type { LabelKind } from './types.js';

export const HEADER_NOUNS_FILE = 'data/split/header-nouns.tsv';

export interface HeaderNoun {
  /** The noun as the folded text writes it. */
  word: string;
  label: LabelKind;
  /** Whether "<stem><noun>N" (without 第, 之 or brackets) is a header form. */
  afterStem: boolean;
}

let nouns: HeaderNoun[] | null = null;

/** The nouns that name a variant (data/split/header-nouns.tsv), folded, longest first, one entry per folded word. */
export function headerNouns(): HeaderNoun[] {
  if (nouns === null) {
    const byWord = new Map<string, HeaderNoun>();
    for (const r of loadDataFile(HEADER_NOUNS_FILE).rows) {
      const label = r.cells['label'];
      if (label !== '篇' && label !== '范文') throw new Error(`${HEADER_NOUNS_FILE}:${r.line}: label must be 篇 or 范文`);
      const word = foldText(r.cells['word'] as string).folded;
      if (!byWord.has(word)) byWord.set(word, { word, label, afterStem: r.cells['after_stem'] === 'yes' });
    }
    nouns = [...byWord.values()].sort((a, b) => b.word.length - a.word.length);
  }
  return nouns;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A regex alternation of the nouns that pass `keep`, as a capturing group. */
export function nounGroup(keep: (n: HeaderNoun) => boolean = () => true): string {
  return `(${headerNouns().filter(keep).map((n) => escape(n.word)).join('|')})`;
}

/** The label family of a folded noun. */
export function nounLabel(word: string): LabelKind {
  return headerNouns().find((n) => n.word === word)?.label ?? '篇';
}
