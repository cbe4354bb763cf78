import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as OpenCC from 'opencc-js';
import { decodeBytes } from '../../src/read/index.js';
import { REPO_ROOT, SEED_PATH } from './seed.js';

/**
 * Real text pieces for property tests: the paragraphs (lines) of the seed page, the shipped
 * corpus, the page fixtures and corpus/real when it is there, decoded as plankit reads them. The
 * seed is read from ../shared at test time and never copied.
 */
const SOURCES = ['corpus', 'fixtures/pages', 'corpus/real/docs'];
/** A paragraph shorter than this is a heading or chrome line: pieces are real sentences. */
const MIN_PIECE = 8;

function filesOf(dir: string): string[] {
  const abs = resolve(REPO_ROOT, dir);
  if (!existsSync(abs)) return [];
  return readdirSync(abs)
    .filter((f) => /\.(txt|html?)$/.test(f))
    .sort()
    .map((f) => join(abs, f));
}

export function textPieces(): string[] {
  const files = [...(existsSync(SEED_PATH) ? [SEED_PATH] : []), ...SOURCES.flatMap(filesOf)];
  const out = new Set<string>();
  for (const f of files) {
    const text = decodeBytes(f, readFileSync(f)).text;
    for (const line of text.split(/\r?\n/)) {
      const p = line.trim();
      if (p.length >= MIN_PIECE) out.add(p);
    }
  }
  return [...out];
}

const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });
const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });

/** The copy in the other script, as opencc-js converts it (phrases and all). */
export function otherScript(text: string): string {
  const simplified = toSimplified(text);
  return simplified !== text ? simplified : toTraditional(text);
}

const WIDE: Record<string, string> = { ',': '，', ':': '：', ';': '；', '(': '（', ')': '）', '!': '！', '?': '？' };
const NARROW: Record<string, string> = Object.fromEntries(Object.entries(WIDE).map(([a, b]) => [b, a]));

/**
 * The same text with spacing noise, as a second site or a PDF extraction gives it: spaces around
 * numbers, full-width and half-width punctuation swapped, and lines wrapped at `width` characters.
 */
export function noisy(text: string, width: number): string {
  const spaced = text.replace(/[0-9]+(?:\.[0-9]+)?/g, (n) => ` ${n} `);
  const swapped = [...spaced].map((c) => WIDE[c] ?? NARROW[c] ?? c).join('');
  return swapped
    .split('\n')
    .map((line) => {
      const parts: string[] = [];
      for (let i = 0; i < line.length; i += width) parts.push(line.slice(i, i + width));
      return parts.join('\n');
    })
    .join('\n');
}
