/**
 * The project's only door to nodejieba. nodejieba keeps ONE dictionary per process: `load` builds
 * it, and every later cut uses it. So the dictionary is loaded lazily, once, on the first segment
 * call — with the caller's user dictionary if that call names one. A later call naming a different
 * user dictionary cannot be honoured without changing what every other caller gets, and is refused
 * with a usage error; a call naming none uses whatever is loaded.
 */
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import nodejieba from 'nodejieba';
import { errnoOf, isPlankitError, usageError, type PlankitError } from '../core/errors.js';
import { foldText } from '../normalize/index.js';

// Exported by nodejieba's index.js but missing from its type declarations.
const DEFAULT_USER_DICT = (nodejieba as unknown as { DEFAULT_USER_DICT: string }).DEFAULT_USER_DICT;

/** jieba's HMM finds unknown words and keeps digit and letter runs whole (6000, 15.5, ab12). */
const USE_HMM = true;

/** null = default dictionaries; a string = the absolute path of the user dictionary loaded. */
let loaded: { userDict: string | null } | null = null;

/** The user dictionary in effect (absolute path), null for none, undefined before the first load. */
export function loadedUserDict(): string | null | undefined {
  return loaded === null ? undefined : loaded.userDict;
}

export function ensureDictionary(userDict?: string): void {
  if (userDict === undefined) {
    if (loaded === null) {
      nodejieba.load();
      loaded = { userDict: null };
    }
    return;
  }
  const path = resolve(userDict);
  if (loaded !== null && loaded.userDict === path) return;
  // A broken file is reported as such even when it could not be loaded anyway.
  const lines = readUserDict(userDict, path);
  if (loaded !== null) {
    throw usageError('dict-switch', { current: loaded.userDict }, userDict);
  }
  // cppjieba aborts the process on a file it cannot open and splits paths on "|" and ";", so it
  // only ever sees a checked copy in a fresh temporary folder, next to its own default user words.
  const dir = mkdtempSync(join(tmpdir(), 'plankit-dict-'));
  try {
    const copy = join(dir, 'user.dict.utf8');
    writeFileSync(copy, lines.join('\n') + '\n');
    nodejieba.load({ userDict: `${DEFAULT_USER_DICT}|${copy}` });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  loaded = { userDict: path };
}

/**
 * Reads a user dictionary: one entry a line, `word`, `word tag`, `word freq tag`, or the Python
 * jieba form `word freq` (read as `word freq nz`); blank lines and lines starting with # are skipped.
 * Words are folded like the text (Simplified, half-width), so a Traditional dictionary works.
 */
function readUserDict(given: string, path: string): string[] {
  let raw: string;
  try {
    if (!statSync(path).isFile()) throw usageError('dict-not-file', {}, given);
    raw = readFileSync(path, 'utf8');
  } catch (e) {
    if (isPlankitError(e)) throw e;
    throw usageError('dict-unreadable', { errno: errnoOf(e) ?? 'unknown' }, given);
  }
  const out: string[] = [];
  raw
    .replace(/^\uFEFF/, '')
    .split(/\r?\n|\r/)
    .forEach((line, i) => {
      const fields = line.trim().split(/\s+/);
      if (fields[0] === '' || fields[0]?.startsWith('#')) return;
      const bad = (value?: string): PlankitError =>
        usageError('dict-line', value === undefined ? { line: i + 1, problem: 'fields' } : { line: i + 1, problem: 'frequency', value }, given);
      if (fields.length > 3) throw bad();
      const word = foldText(fields[0] as string).folded;
      const [, second, third] = fields;
      if (fields.length === 1) out.push(word);
      else if (fields.length === 2 && /^\d+$/.test(second as string)) out.push(`${word} ${positive(second as string, bad)} nz`);
      else if (fields.length === 2) out.push(`${word} ${second}`);
      else out.push(`${word} ${positive(second as string, bad)} ${third}`);
    });
  return out;
}

function positive(s: string, bad: (value: string) => Error): number {
  const n = Number(s);
  if (!/^\d+$/.test(s) || n < 1) throw bad(s);
  return n;
}

/** Words of `text` in order; their lengths add up to the text's length (checked by the caller). */
export function cutWords(text: string): string[] {
  return nodejieba.cut(text, USE_HMM);
}

/** Words with jieba part-of-speech tags (same segmentation as cutWords, about twice as slow). */
export function tagWords(text: string): Array<{ word: string; tag: string }> {
  return nodejieba.tag(text);
}
