import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import iconv from 'iconv-lite';
import type { Span } from '../../src/core/span.js';
import { LineIndex } from '../../src/core/lines.js';
import { analyzeFile, type Analysis, type AnalyzeOptions, type VariantAnalysis } from '../../src/pipeline.js';
import { CORPUS_DIR, readManifest, type CorpusAnnotation, type CorpusManifest, type CorpusPage } from '../../scripts/make-corpus.js';

/**
 * The shipped corpus (corpus/ + manifest.json) as the integration tests see it: the manifest, each
 * page analysed once per test file (module-level cache: vitest runs each file in its own worker),
 * and the way a manifest claim ("this text, on this line, in this variant") is found in a page.
 */

export { CORPUS_DIR };
export type { CorpusAnnotation, CorpusManifest, CorpusPage };

export const MANIFEST: CorpusManifest = readManifest();
export const PAGES: readonly CorpusPage[] = MANIFEST.pages;

export function corpusPath(file: string): string {
  return resolve(CORPUS_DIR, file);
}

/**
 * The shipped pages as command-line inputs. corpus/ also holds the real dev set in corpus/real/ (its
 * own manifest, gold and test), which a recursive walk of the folder would add to every run; the
 * manifest's answers are about these pages only.
 */
export const CORPUS_INPUTS: readonly string[] = PAGES.map((p) => corpusPath(p.file));

const cache = new Map<string, Promise<Analysis>>();

/** analyzeFile on a corpus page (or any path), once per path and options key in this worker. */
export function analyzed(path: string, options: AnalyzeOptions = {}, key = 'full'): Promise<Analysis> {
  const k = `${key}\u0000${path}`;
  let p = cache.get(k);
  if (p === undefined) {
    p = analyzeFile(path, options);
    cache.set(k, p);
  }
  return p;
}

export function analyzedPage(page: CorpusPage): Promise<Analysis> {
  return analyzed(corpusPath(page.file));
}

/** Read, normalise and split only (no segmentation, outline or slots): enough for split and dedup checks. */
export const SPLIT_ONLY = { segment: false, outline: false, slots: false } as const satisfies AnalyzeOptions;

export function splitOnly(path: string): Promise<Analysis> {
  return analyzed(path, SPLIT_ONLY, 'split-only');
}

export function variantOf(a: Analysis, label: string): VariantAnalysis {
  const v = a.variants.find((x) => x.variant.label === label);
  if (v === undefined) throw new Error(`${a.document.path}: no variant ${label} (found ${a.variants.map((x) => x.variant.label).join(', ')})`);
  return v;
}

const lineIndexes = new WeakMap<Analysis, LineIndex>();
export function linesOf(a: Analysis): LineIndex {
  let li = lineIndexes.get(a);
  if (li === undefined) {
    li = new LineIndex(a.document.text);
    lineIndexes.set(a, li);
  }
  return li;
}

export function lineOf(a: Analysis, offset: number): number {
  return linesOf(a).lineOf(offset);
}

/**
 * Where a claim's text is in the document text: inside the variant's body, on the claim's line (text
 * pages), or as the only occurrence in the body (HTML pages, whose claims carry no line). Throws
 * with the reason when the claim cannot be found, so a failing lookup names the claim.
 */
export function locate(a: Analysis, v: VariantAnalysis, text: string, line: number | null): Span {
  const { start, end } = v.variant.body;
  const hits: number[] = [];
  for (let at = a.document.text.indexOf(text, start); at >= 0 && at + text.length <= end; at = a.document.text.indexOf(text, at + 1)) hits.push(at);
  const where = `${a.document.path} ${v.variant.label} "${text}"`;
  if (line !== null) {
    const onLine = hits.filter((h) => lineOf(a, h) === line);
    if (onLine.length === 0) throw new Error(`${where}: not on line ${line} (found on lines ${hits.map((h) => lineOf(a, h)).join(', ') || 'none'})`);
    return { start: onLine[0] as number, end: (onLine[0] as number) + text.length };
  }
  if (hits.length !== 1) throw new Error(`${where}: expected one occurrence in the body, found ${hits.length}`);
  return { start: hits[0] as number, end: (hits[0] as number) + text.length };
}

/** The claim's line in the analysed text (its own line on text pages, the located one on HTML pages). */
export function claimLine(a: Analysis, claim: CorpusAnnotation): number {
  return lineOf(a, locate(a, variantOf(a, claim.variant), claim.text, claim.line).start);
}

/**
 * A page decoded on its own, with iconv-lite and the manifest's encoding (BOM stripped), without
 * plankit's read stage: the independent reference for line/column checks of text pages.
 */
export function rawDecoded(page: CorpusPage): string {
  return iconv.decode(readFileSync(corpusPath(page.file)), page.encoding, { stripBOM: true });
}

/** Lines of a text, split at "\n", "\r\n" or "\r" the way an editor counts them (breaks excluded). */
export function editorLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/** "a.txt#篇2" → "篇2". */
export function labelOfId(id: string): string {
  return id.slice(id.lastIndexOf('#') + 1);
}
