import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { convertToTraditional } from '../../src/normalize/index.js';
import { REPO_ROOT } from '../helpers/seed.js';

/** Reads the annotated slot fixtures (fixtures/template/slots/README.md). */
export interface ExpectedSlot {
  start: number;
  length: number;
  kind: string;
  type: string;
  value: string;
}

export interface AnnotatedText {
  text: string;
  expected: ExpectedSlot[];
}

const MARK = /⟦(\w+) (\w+)(?::([^⟧]*))?⟧/gu;

export function fixturePath(name: string): string {
  return resolve(REPO_ROOT, 'fixtures/template/slots', name);
}

/** Strips the marks; `script: 'traditional'` converts every piece of text (and value) on its own. */
export function readAnnotated(name: string, script: 'simplified' | 'traditional' = 'simplified'): AnnotatedText {
  const convert = script === 'traditional' ? convertToTraditional : (s: string) => s;
  const source = readFileSync(fixturePath(name), 'utf8')
    .split('\n')
    .filter((l) => !l.startsWith('#'))
    .join('\n');
  let text = '';
  const expected: ExpectedSlot[] = [];
  let last = 0;
  for (const m of source.matchAll(MARK)) {
    text += convert(source.slice(last, m.index));
    const value = convert(m[3] ?? '');
    expected.push({ start: text.length, length: value.length, kind: m[1] as string, type: m[2] as string, value });
    text += value;
    last = m.index + m[0].length;
  }
  text += convert(source.slice(last));
  return { text, expected };
}
