/**
 * Writes the shipped sample corpus (`corpus/*`) from the UTF-8 sources in `scripts/corpus-src/`,
 * as `corpus/manifest.json` declares each page: script (the Traditional page is written in
 * Simplified and machine-converted with opencc-js, the way 范文 sites produce their Traditional
 * pages), line endings, byte-order mark and encoding (iconv-lite).
 *
 *   npx tsx scripts/make-corpus.ts          write every page
 *   npx tsx scripts/make-corpus.ts --check  only compare; exit 1 when a page is out of date
 *
 * The manifest is hand-maintained: it also carries the expected answers (variants, families,
 * numbering quirks, slots) that test/corpus/corpus.test.ts checks against the pages.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import iconv from 'iconv-lite';
import { convertToTraditional } from '../src/normalize/fold-script.js';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const CORPUS_DIR = resolve(REPO_ROOT, 'corpus');
export const SOURCE_DIR = resolve(REPO_ROOT, 'scripts/corpus-src');
export const MANIFEST_PATH = resolve(CORPUS_DIR, 'manifest.json');

export type CorpusRelation = 'identical' | 'near-duplicate' | 'contained' | 'overlap';

/** One expected finding inside a variant, located by a unique snippet of its text. */
export interface CorpusAnnotation {
  variant: string;
  /** Text on the line (as decoded, in the page's own script); unique within the variant. */
  text: string;
  /** 1-based line in the decoded text; null for HTML pages (lines depend on text extraction). */
  line: number | null;
  [key: string]: unknown;
}

export interface CorpusVariant {
  /** Canonical label, as variant ids use it: 篇N or 范文N with an Arabic N (第一篇, 篇一, (1) → 篇1). */
  label: string;
  /** The variant marker as the header writes it: 篇一, 第1篇, 范文三, (2) … */
  written: string;
  /** The header line exactly as decoded. */
  header: string;
  /** 1-based line of the header in the decoded text; null for HTML pages. */
  line: number | null;
}

export interface CorpusPage {
  file: string;
  source: string;
  format: 'text' | 'html';
  /** iconv-lite encoding name used to write (and to read back) the file. */
  encoding: string;
  bom: boolean;
  eol: 'lf' | 'crlf';
  script: 'simplified' | 'traditional';
  /** Set when the source is Simplified and the page is converted to Traditional. */
  convert?: 'traditional';
  topic: string;
  title: string;
  headerStyle: string;
  variants: CorpusVariant[];
  families: string[][];
  relations: Array<{ a: string; b: string; relation: CorpusRelation; note: string }>;
  outline: CorpusAnnotation[];
  slots: CorpusAnnotation[];
  notSlots: CorpusAnnotation[];
}

export interface CorpusManifest {
  description: string;
  pages: CorpusPage[];
}

export function readManifest(path = MANIFEST_PATH): CorpusManifest {
  return JSON.parse(readFileSync(path, 'utf8')) as CorpusManifest;
}

/** The page text as it is meant to decode: script converted, line endings applied, no BOM. */
export function renderPageText(page: CorpusPage, source: string): string {
  let text = source.replace(/\r\n?/g, '\n');
  if (page.convert === 'traditional') text = convertToTraditional(text);
  if (page.eol === 'crlf') text = text.replace(/\n/g, '\r\n');
  return text;
}

/**
 * The file bytes. Refuses a text the encoding cannot carry (iconv-lite would silently write '?'),
 * so a Big5 or GBK page never ships with a lost character.
 */
export function encodePage(page: CorpusPage, text: string): Buffer {
  const { file, encoding } = page;
  if (!iconv.encodingExists(encoding)) throw new Error(`${file}: unknown encoding ${String(encoding)}`);
  const bytes = iconv.encode(page.bom ? `\uFEFF${text}` : text, page.encoding);
  const back = iconv.decode(bytes, page.encoding, { stripBOM: true });
  if (back !== text) {
    const lost = new Set<string>();
    const a = [...text];
    const b = [...back];
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) lost.add(a[i] as string);
    throw new Error(`${page.file}: ${page.encoding} cannot encode ${[...lost].slice(0, 10).join(' ')}`);
  }
  return bytes;
}

export function buildPage(page: CorpusPage): Buffer {
  const source = readFileSync(resolve(SOURCE_DIR, page.source), 'utf8');
  return encodePage(page, renderPageText(page, source));
}

function main(argv: string[]): number {
  const check = argv.includes('--check');
  const manifest = readManifest();
  let stale = 0;
  for (const page of manifest.pages) {
    const bytes = buildPage(page);
    const target = resolve(CORPUS_DIR, page.file);
    const same = existsSync(target) && readFileSync(target).equals(bytes);
    if (check) {
      if (!same) {
        stale++;
        console.error(`out of date: corpus/${page.file}`);
      }
    } else if (!same) {
      writeFileSync(target, bytes);
      console.log(`wrote corpus/${page.file} (${bytes.length} bytes, ${page.encoding})`);
    } else {
      console.log(`unchanged corpus/${page.file}`);
    }
  }
  return stale === 0 ? 0 : 1;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main(process.argv.slice(2));
}
