import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/seed.js';
import { checkDevSetGold, SLOT_KINDS, SLOT_TYPES, STYLES, type Families, type GoldOutline, type GoldSlot, type ManifestEntry } from './devset-gold.js';

/**
 * The held-out dev set (corpus/holdout/): public-domain documents of organs and repositories that
 * corpus/real does not use, annotated by the same conventions, for measuring whether the rules
 * generalise. Only well-formedness is checked here — provenance, markers and slots where the gold
 * says, families of existing files, no document shared with corpus/real — never a score: the
 * held-out set must not become a tuning target.
 */

const REAL_DIR = resolve(REPO_ROOT, 'corpus/holdout');
const TRAINING_DIR = resolve(REPO_ROOT, 'corpus/real');

checkDevSetGold('corpus/holdout', REAL_DIR);

describe('corpus/holdout as a held-out set', () => {
  const manifest = JSON.parse(readFileSync(resolve(REAL_DIR, 'manifest.json'), 'utf8')) as ManifestEntry[];
  const files = new Set(manifest.map((entry) => entry.file));
  const gold = JSON.parse(readFileSync(resolve(REAL_DIR, 'gold/families.json'), 'utf8')) as Families;

  it('holds what a held-out set needs: both scripts, many organs, none of corpus/real\'s sources', () => {
    expect(manifest.length).toBeGreaterThanOrEqual(24);
    expect(manifest.filter((entry) => entry.script === 'traditional').length).toBeGreaterThanOrEqual(8);
    expect(new Set(manifest.map((entry) => entry.organ)).size).toBeGreaterThanOrEqual(8);
    const training = JSON.parse(readFileSync(resolve(TRAINING_DIR, 'manifest.json'), 'utf8')) as ManifestEntry[];
    const usedRepositories = new Set(training.map((entry) => entry.source.repository));
    const usedTexts = new Set(training.map((entry) => readFileSync(resolve(TRAINING_DIR, entry.file), 'utf8')));
    for (const entry of manifest) {
      expect(usedRepositories.has(entry.source.repository), entry.id).toBe(false);
      expect(usedTexts.has(readFileSync(resolve(REAL_DIR, entry.file), 'utf8')), entry.id).toBe(false);
    }
  });

  it('names distractor pairs of existing documents', () => {
    const pairs = (gold as Families & { distractor_pairs?: { members: string[]; note: string }[] }).distractor_pairs ?? [];
    for (const pair of pairs) {
      expect(pair.members.length).toBe(2);
      for (const member of pair.members) expect(files.has(member), member).toBe(true);
      expect(pair.note.length).toBeGreaterThan(0);
    }
  });
});

describe('corpus/holdout pages', () => {
  const PAGES_DIR = resolve(REAL_DIR, 'pages');
  const CHROME_KINDS = new Set(['breadcrumb', 'login-menu', 'collection-title', 'editor-blurb', 'read-count', 'viewer-page', 'download', 'file-name', 'timestamp', 'related-list', 'copyright-footer']);
  const CN_ORDINALS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
  interface PageGold {
    file: string;
    title: { line: number; column?: number; text: string };
    variants: { label: string; header_line: number; header_column?: number; body_start_line: number; body_start_column?: number }[];
    chrome: { from: number; to: number; kind: string; column?: number; length?: number; text?: string }[];
    families: string[][];
  }
  const goldFiles = readdirSync(PAGES_DIR).filter((name) => name.endsWith('.gold.json')).sort();
  const pageJson = <T>(name: string): T => JSON.parse(readFileSync(resolve(PAGES_DIR, name), 'utf8')) as T;
  const pageLines = (file: string): string[] => readFileSync(resolve(PAGES_DIR, file), 'utf8').split('\n');

  it('has twelve pages, Traditional ones, run-together ones and pages without headers', () => {
    const golds = goldFiles.map((name) => pageJson<PageGold>(name));
    expect(golds.length).toBeGreaterThanOrEqual(12);
    expect(goldFiles.filter((name) => name.includes('-tw')).length).toBeGreaterThanOrEqual(4);
    expect(goldFiles.filter((name) => name.includes('run-together')).length).toBeGreaterThanOrEqual(2);
    expect(golds.filter((gold) => gold.variants.length === 0).length).toBeGreaterThanOrEqual(2);
  });

  describe.each(goldFiles)('%s', (goldFile) => {
    const gold = pageJson<PageGold>(goldFile);
    const lines = pageLines(gold.file);
    const stem = goldFile.replace(/\.gold\.json$/, '');

    it('names the title where it is written', () => {
      const line = lines[gold.title.line - 1]!;
      if (gold.title.column !== undefined) expect(line.slice(gold.title.column, gold.title.column + gold.title.text.length)).toBe(gold.title.text);
      else expect(line.trim()).toBe(gold.title.text);
    });

    it('puts each header on a line holding its number, bodies after headers', () => {
      for (const v of gold.variants) {
        expect(v.label).toMatch(/^(篇|范文)\d+$/);
        const n = Number(/\d+$/.exec(v.label)![0]);
        const line = lines[v.header_line - 1]!;
        const header = line.slice(v.header_column ?? 0, v.body_start_column ?? line.length);
        expect(header.includes(String(n)) || header.includes(CN_ORDINALS[n]!), `${v.label}: ${header}`).toBe(true);
        if (v.body_start_column === undefined) expect(v.body_start_line).toBeGreaterThan(v.header_line);
        else expect(v.body_start_line).toBe(v.header_line);
      }
    });

    it('marks chrome on lines that exist, inline chrome where its text is', () => {
      for (const c of gold.chrome) {
        expect(CHROME_KINDS.has(c.kind), c.kind).toBe(true);
        for (let n = c.from; n <= c.to; n++) expect(lines[n - 1]?.trim(), `${c.kind} ${n}`).toBeTruthy();
        if (c.column !== undefined) expect(lines[c.from - 1]!.slice(c.column, c.column + c.length!)).toBe(c.text);
      }
    });

    it('groups every variant into one family', () => {
      expect(gold.families.flat().sort()).toEqual(gold.variants.map((v) => v.label).sort());
    });

    it.runIf(existsSync(resolve(PAGES_DIR, `${stem}.outline.json`)))('puts every outline marker at its line and column, under its parent', () => {
      const outline = pageJson<GoldOutline>(`${stem}.outline.json`);
      for (const variant of outline.variants) {
        const depths = new Map<number, number>();
        for (const item of variant.items) {
          const line = lines[item.line - 1]!;
          expect(line.slice(item.column, item.column + item.marker.length), `${stem}:${item.line}`).toBe(item.marker);
          expect(line.slice(0, item.column).trim()).toBe('');
          expect(STYLES.has(item.style)).toBe(true);
          expect(item.depth).toBe(item.parent === null ? 1 : depths.get(item.parent)! + 1);
          depths.set(item.line, item.depth);
        }
      }
    });

    it.runIf(existsSync(resolve(PAGES_DIR, `${stem}.slots.json`)))('slices every slot value out of its line, inside its variant', () => {
      const slots = pageJson<{ variants?: Record<string, [number, number]>; slots: GoldSlot[] }>(`${stem}.slots.json`);
      for (const slot of slots.slots) {
        const line = lines[slot.line - 1]!;
        expect(line.slice(slot.column, slot.column + slot.length), `${stem}:${slot.line}:${slot.column}`).toBe(slot.value);
        expect(SLOT_KINDS.has(slot.kind) && SLOT_TYPES.has(slot.type)).toBe(true);
        if (slot.kind === 'hollow') expect(slot.length).toBe(0);
        if (slots.variants !== undefined) expect(Object.values(slots.variants).some(([a, b]) => slot.line >= a && slot.line <= b)).toBe(true);
      }
    });
  });
});
