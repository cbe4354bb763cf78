/**
 * The dev set as the scorers see it: every annotated document, where its gold lives, and which
 * stages it is annotated for. Three sources:
 * - the seed page (../shared, when present) with its graded gold;
 * - fixtures/pages: pages written for the project in the shapes real 范文 sites have;
 * - corpus/real: real public-domain government documents;
 * - corpus/holdout: held-out documents (organs and repositories corpus/real does not use) and
 *   held-out pages, scored beside the others to show whether the rules generalise. Never tune on it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { GoldSlot } from '../lib/slot-score.js';

export const REPO = resolve(import.meta.dirname, '../..');
export const SHARED = resolve(REPO, '../shared');
const PAGES = resolve(REPO, 'fixtures/pages');
const REAL = resolve(REPO, 'corpus/real');
const HOLDOUT = resolve(REPO, 'corpus/holdout');

export type Source = 'seed' | 'pages' | 'real' | 'holdout' | 'holdout-pages';

export interface GoldOutlineItem {
  line: number;
  column?: number;
  marker: string;
  style: string;
  ordinal: number;
  parent: number | null;
  parent_column?: number | null;
  depth: number;
}
export interface GoldOutline {
  title?: { line: number; column?: number; text: string };
  variants: Array<{ label: string | null; header_line?: number | null; items: GoldOutlineItem[] }>;
}
export type { GoldSlot };
export interface GoldSlots {
  /** Line ranges [first, last] the gold covers (the seed annotates two variants); absent = whole file. */
  variants?: Record<string, [number, number]>;
  slots: GoldSlot[];
}
export interface GoldPage {
  title: { line: number; column?: number };
  variants: Array<{ label: string; header_line: number; header_column?: number; body_start_line?: number; body_start_column?: number }>;
  chrome: Array<{ from: number; to: number; kind: string; column?: number; length?: number }>;
  families: string[][];
}

export interface DevDoc {
  /** Path relative to the repository root (or ../shared/… for the seed). */
  name: string;
  path: string;
  source: Source;
  script?: string;
  outline?: GoldOutline;
  slots?: GoldSlots;
  page?: GoldPage;
}

const json = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;
const maybe = <T>(path: string): T | undefined => (existsSync(path) ? json<T>(path) : undefined);

function seedDocs(): DevDoc[] {
  const file = resolve(SHARED, 'corpus/seed/000_7ba693d13d610300.txt');
  if (!existsSync(file)) return [];
  const variants = json<{ variants: Array<{ label: string; header_line: number }>; families: string[][] }>(resolve(SHARED, 'gold/seed-variants.json'));
  const outline = json<GoldOutline>(resolve(SHARED, 'gold/seed-outline.json'));
  return [
    {
      name: '../shared/corpus/seed/000_7ba693d13d610300.txt',
      path: file,
      source: 'seed',
      script: 'traditional',
      outline,
      slots: json<GoldSlots>(resolve(SHARED, 'gold/seed-slots.json')),
      page: { title: outline.title ?? { line: 1 }, variants: variants.variants, chrome: [], families: variants.families },
    },
  ];
}

function pageDocs(dir = PAGES, source: Source = 'pages'): DevDoc[] {
  if (!existsSync(dir)) return [];
  const prefix = dir.slice(REPO.length + 1).split('\\').join('/');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.gold.json'))
    .sort()
    .map((g) => {
      const page = json<GoldPage & { file: string }>(resolve(dir, g));
      const stem = page.file.replace(/\.[a-z]+$/, '');
      const doc: DevDoc = { name: `${prefix}/${page.file}`, path: resolve(dir, page.file), source, page };
      const outline = maybe<GoldOutline>(resolve(dir, `${stem}.outline.json`));
      const slots = maybe<GoldSlots>(resolve(dir, `${stem}.slots.json`));
      if (outline) doc.outline = outline;
      if (slots) doc.slots = slots;
      return doc;
    });
}

interface ManifestEntry {
  id: string;
  file: string;
  script: string;
}

function realDocs(dir = REAL, source: Source = 'real'): DevDoc[] {
  if (!existsSync(resolve(dir, 'manifest.json'))) return [];
  const prefix = dir.slice(REPO.length + 1).split('\\').join('/');
  return json<ManifestEntry[]>(resolve(dir, 'manifest.json')).map((e) => {
    const doc: DevDoc = { name: `${prefix}/${e.file}`, path: resolve(dir, e.file), source, script: e.script };
    const outline = maybe<GoldOutline>(resolve(dir, `gold/${e.id}.outline.json`));
    const slots = maybe<GoldSlots>(resolve(dir, `gold/${e.id}.slots.json`));
    if (outline) doc.outline = outline;
    if (slots) doc.slots = slots;
    return doc;
  });
}

export interface RealFamilies {
  families: Array<{ id: string; members: string[] }>;
  distractors: string[];
}

export function realFamilies(): RealFamilies | undefined {
  return maybe<RealFamilies>(resolve(REAL, 'gold/families.json'));
}

/** The held-out documents' families (corpus/holdout/gold/families.json). */
export function holdoutFamilies(): RealFamilies | undefined {
  return maybe<RealFamilies>(resolve(HOLDOUT, 'gold/families.json'));
}

export function realDir(): string {
  return REAL;
}

export function devSet(): DevDoc[] {
  return [...seedDocs(), ...pageDocs(), ...realDocs(), ...realDocs(HOLDOUT, 'holdout'), ...pageDocs(resolve(HOLDOUT, 'pages'), 'holdout-pages')];
}
