/**
 * Writes a generated dedup corpus the way users hold one: a folder with one .txt file per unit (the
 * unit's text, title line first, exactly), the same units as a JSON Lines file ({"id","text"} per
 * line), and the gold family of every unit. Both generators:
 *   boilerplate — unrelated plans share stock paragraphs (boilerplate-corpus.ts);
 *   previous    — the earlier generator, whose unrelated plans share nothing (dedup-corpus.ts).
 */
import { createWriteStream, mkdirSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { generateBoilerplateCorpus } from './boilerplate-corpus.js';
import { generateCorpus } from './dedup-corpus.js';

export type CorpusKind = 'boilerplate' | 'previous';
export const CORPUS_KINDS: readonly CorpusKind[] = ['boilerplate', 'previous'];

export interface GeneratedUnit {
  id: string;
  family: string;
  text: string;
}

export function generate(kind: CorpusKind, units: number, seed: number): GeneratedUnit[] {
  const corpus = kind === 'boilerplate' ? generateBoilerplateCorpus({ units, seed }) : generateCorpus({ units, seed });
  return corpus.map(({ id, family, text }) => ({ id, family, text }));
}

export interface WrittenCorpus {
  folder: string;
  jsonl: string;
  /** Gold family by unit id (the file name without .txt). */
  gold: Map<string, string>;
  units: number;
  bytes: number;
}

/** Writes `units` into `dir`/units/*.txt, `dir`/units.jsonl and `dir`/gold.json. */
export async function writeCorpus(dir: string, units: readonly GeneratedUnit[]): Promise<WrittenCorpus> {
  const folder = join(dir, 'units');
  mkdirSync(folder, { recursive: true });
  const jsonl = join(dir, 'units.jsonl');
  const out = createWriteStream(jsonl);
  const gold = new Map<string, string>();
  let bytes = 0;
  for (const u of units) {
    const text = `${u.text}\n`;
    writeFileSync(join(folder, `${u.id}.txt`), text);
    bytes += Buffer.byteLength(text);
    gold.set(u.id, u.family);
    if (!out.write(JSON.stringify({ id: u.id, text: u.text }) + '\n')) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  writeFileSync(join(dir, 'gold.json'), JSON.stringify(Object.fromEntries(gold)) + '\n');
  return { folder, jsonl, gold, units: units.length, bytes };
}
