import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Document } from '../../src/core/document.js';
import { normalize } from '../../src/normalize/index.js';

/** Repository root (this file is test/helpers/seed.ts). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** The shared folder beside the repository: the seed page and its gold annotations. */
export const SHARED_DIR = resolve(REPO_ROOT, '../shared');
export const SEED_PATH = resolve(SHARED_DIR, 'corpus/seed/000_7ba693d13d610300.txt');
export const GOLD_DIR = resolve(SHARED_DIR, 'gold');

/** True when ../shared is there; tests that need it use `describe.skipIf(!HAS_SHARED)`. */
export const HAS_SHARED = existsSync(SEED_PATH) && existsSync(GOLD_DIR);
if (!HAS_SHARED) {
  // Visible in the test output so a skipped gold test is never mistaken for a pass.
  console.warn('[plankit tests] ../shared not found: seed and gold tests are skipped');
}

export function seedText(): string {
  return readFileSync(SEED_PATH, 'utf8');
}

/** The seed page as a normalised Document (UTF-8 text, no BOM), without going through read/. */
export function seedDocument(path = 'seed.txt'): Document {
  return textDocument(seedText(), path);
}

/** A normalised Document from a string (for unit tests). */
export function textDocument(text: string, path = 'test.txt'): Document {
  return normalize({
    path,
    encoding: 'utf-8',
    encodingCertain: true,
    format: 'text',
    text,
    byteLength: Buffer.byteLength(text),
    diagnostics: [],
  });
}

export function loadGold<T = unknown>(name: 'seed-outline' | 'seed-slots' | 'seed-variants'): T {
  return JSON.parse(readFileSync(resolve(GOLD_DIR, `${name}.json`), 'utf8')) as T;
}
