import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OUTLINE_STYLES } from '../../src/core/outline.js';
import { REPO_ROOT } from '../helpers/seed.js';

/**
 * The held-out dev set (corpus/holdout/): public-domain documents of organs and repositories that
 * corpus/real does not use, annotated by the same conventions, for measuring whether the rules
 * generalise. Only well-formedness is checked here — provenance, markers and slots where the gold
 * says, families of existing files, no document shared with corpus/real — never a score: the
 * held-out set must not become a tuning target.
 */

const REAL_DIR = resolve(REPO_ROOT, 'corpus/holdout');
const TRAINING_DIR = resolve(REPO_ROOT, 'corpus/real');

interface Source {
  repository: string;
  path: string;
  commit: string;
  url?: string;
}
interface ManifestEntry {
  id: string;
  file: string;
  title: string;
  organ: string;
  docno: string;
  date: string;
  script: string;
  genre: string;
  source: Source;
  features: string[];
  tests: string;
}
interface GoldItem {
  line: number;
  column: number;
  marker: string;
  style: string;
  ordinal: number;
  parent: number | null;
  depth: number;
}
interface GoldOutline {
  file: string;
  title: { line: number; text: string };
  variants: {
    label: string | null;
    header_line: number | null;
    items: GoldItem[];
    diagnostics: { line: number; code: string; note: string }[];
  }[];
}
interface GoldSlot {
  line: number;
  column: number;
  length: number;
  value: string;
  kind: string;
  type: string;
  unit: string;
  must: boolean;
  context: string;
}
interface Families {
  families: { id: string; members: string[]; note: string }[];
  distractors: string[];
}

const ID_PATTERN = /^[a-z]{2}-[a-z0-9]+(?:-[a-z0-9]+)*$/;
const COMMIT_PATTERN = /^[0-9a-f]{40}$/;
const REPOSITORY_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]*\/[A-Za-z0-9][A-Za-z0-9_.-]*$/;
const DATE_PATTERN = /^\d{4}(?:-\d{2}-\d{2})?$/;
const DIAGNOSTIC_CODES = new Set(['gap', 'duplicate', 'restart', 'malformed', 'out-of-order']);
const SLOT_KINDS = new Set(['placeholder', 'hollow', 'literal']);
const SLOT_TYPES = new Set(['count', 'amount', 'percent', 'year', 'date', 'time', 'ordinal', 'org', 'redacted', 'text', 'docno']);
const STYLES = new Set<string>(OUTLINE_STYLES);

function readJson<T>(relative: string): T {
  return JSON.parse(readFileSync(resolve(REAL_DIR, relative), 'utf8')) as T;
}

/** The document as lines, the coordinate system of every gold file (1-based lines, UTF-16 columns). */
function linesOf(file: string): string[] {
  return readFileSync(resolve(REAL_DIR, file), 'utf8').split('\n');
}

function goldName(file: string, kind: 'outline' | 'slots'): string {
  return `gold/${file.replace(/^docs\//, '').replace(/\.txt$/, '')}.${kind}.json`;
}

const manifest = readJson<ManifestEntry[]>('manifest.json');
const files = new Set(manifest.map((entry) => entry.file));

describe('corpus/holdout manifest', () => {
  it('lists documents sorted by id, each once, each file docs/<id>.txt', () => {
    expect(manifest.length).toBeGreaterThan(0);
    const ids = manifest.map((entry) => entry.id);
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(ids.length);
    for (const entry of manifest) {
      expect(entry.id, entry.id).toMatch(ID_PATTERN);
      expect(entry.file, entry.id).toBe(`docs/${entry.id}.txt`);
    }
  });

  it('gives every document its metadata and full provenance', () => {
    for (const entry of manifest) {
      for (const field of ['title', 'organ', 'genre', 'tests'] as const) {
        expect(entry[field].trim().length, `${entry.id}.${field}`).toBeGreaterThan(0);
      }
      expect(typeof entry.docno, entry.id).toBe('string');
      expect(entry.date, entry.id).toMatch(DATE_PATTERN);
      expect(['simplified', 'traditional'], entry.id).toContain(entry.script);
      expect(Array.isArray(entry.features), entry.id).toBe(true);
      expect(entry.source.repository, entry.id).toMatch(REPOSITORY_PATTERN);
      expect(entry.source.path.length, entry.id).toBeGreaterThan(0);
      expect(entry.source.commit, entry.id).toMatch(COMMIT_PATTERN);
    }
  });

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

  it('has a file for every entry and an entry for every file', () => {
    for (const entry of manifest) expect(existsSync(resolve(REAL_DIR, entry.file)), entry.file).toBe(true);
    const onDisk = readdirSync(resolve(REAL_DIR, 'docs')).map((name) => `docs/${name}`);
    expect(onDisk.sort()).toEqual([...files].sort());
  });

  it('stores each document as UTF-8 text with LF line breaks, no BOM, one paragraph a line', () => {
    for (const entry of manifest) {
      const text = readFileSync(resolve(REAL_DIR, entry.file), 'utf8');
      expect(text.charCodeAt(0), entry.id).not.toBe(0xfeff);
      expect(text.includes('\r'), entry.id).toBe(false);
      expect(text.includes('\uFFFD'), entry.id).toBe(false);
      expect(text.endsWith('\n'), entry.id).toBe(true);
      const lines = text.slice(0, -1).split('\n');
      expect(lines.every((line) => line.trim().length > 0), `${entry.id}: blank line`).toBe(true);
    }
  });
});

describe('corpus/holdout outline gold', () => {
  it('exists and parses for every document', () => {
    for (const entry of manifest) {
      const name = goldName(entry.file, 'outline');
      expect(existsSync(resolve(REAL_DIR, name)), name).toBe(true);
      const gold = readJson<GoldOutline>(name);
      expect(gold.file, name).toBe(entry.file);
      expect(gold.variants.length, name).toBeGreaterThan(0);
    }
  });

  it('names a title line whose text is that line', () => {
    for (const entry of manifest) {
      const gold = readJson<GoldOutline>(goldName(entry.file, 'outline'));
      const lines = linesOf(entry.file);
      expect(lines[gold.title.line - 1]?.trim(), entry.id).toBe(gold.title.text);
    }
  });

  it('puts every item marker at its line and column, with a style the code knows', () => {
    for (const entry of manifest) {
      const gold = readJson<GoldOutline>(goldName(entry.file, 'outline'));
      const lines = linesOf(entry.file);
      for (const variant of gold.variants) {
        for (const item of variant.items) {
          const where = `${entry.id}:${item.line}`;
          const line = lines[item.line - 1];
          expect(line, where).toBeDefined();
          expect(line!.slice(item.column, item.column + item.marker.length), where).toBe(item.marker);
          // A line-start item: only indentation before the marker.
          expect(line!.slice(0, item.column).trim(), where).toBe('');
          expect(STYLES.has(item.style), `${where} style ${item.style}`).toBe(true);
          expect(Number.isInteger(item.ordinal) && item.ordinal > 0, where).toBe(true);
        }
      }
    }
  });

  it('builds a tree: items in line order, parents earlier items, depth one below the parent', () => {
    for (const entry of manifest) {
      const gold = readJson<GoldOutline>(goldName(entry.file, 'outline'));
      for (const variant of gold.variants) {
        const byLine = new Map<number, GoldItem>();
        let previous = 0;
        for (const item of variant.items) {
          const where = `${entry.id}:${item.line}`;
          expect(item.line, where).toBeGreaterThan(previous);
          previous = item.line;
          if (item.parent === null) {
            expect(item.depth, where).toBe(1);
          } else {
            const parent = byLine.get(item.parent);
            expect(parent, `${where} parent ${item.parent}`).toBeDefined();
            expect(item.depth, where).toBe(parent!.depth + 1);
          }
          byLine.set(item.line, item);
        }
      }
    }
  });

  it('uses known diagnostic codes on lines of the document', () => {
    for (const entry of manifest) {
      const gold = readJson<GoldOutline>(goldName(entry.file, 'outline'));
      const lineCount = linesOf(entry.file).length;
      for (const variant of gold.variants) {
        for (const diagnostic of variant.diagnostics) {
          expect(DIAGNOSTIC_CODES.has(diagnostic.code), `${entry.id} ${diagnostic.code}`).toBe(true);
          expect(diagnostic.line >= 1 && diagnostic.line <= lineCount, entry.id).toBe(true);
          expect(diagnostic.note.length, entry.id).toBeGreaterThan(0);
        }
      }
    }
  });
});

describe('corpus/holdout slot gold', () => {
  const slotFiles = readdirSync(resolve(REAL_DIR, 'gold')).filter((name) => name.endsWith('.slots.json'));

  it('belongs to documents of the manifest', () => {
    expect(slotFiles.length).toBeGreaterThan(0);
    for (const name of slotFiles) {
      const gold = readJson<{ file: string; slots: GoldSlot[] }>(`gold/${name}`);
      expect(files.has(gold.file), name).toBe(true);
      expect(goldName(gold.file, 'slots'), name).toBe(`gold/${name}`);
    }
  });

  it('slices every value back out of its line at column and length', () => {
    for (const name of slotFiles) {
      const gold = readJson<{ file: string; slots: GoldSlot[] }>(`gold/${name}`);
      const lines = linesOf(gold.file);
      for (const slot of gold.slots) {
        const where = `${name}:${slot.line}:${slot.column}`;
        const line = lines[slot.line - 1];
        expect(line, where).toBeDefined();
        expect(slot.column + slot.length <= line!.length, where).toBe(true);
        expect(slot.length, where).toBe(slot.value.length);
        expect(line!.slice(slot.column, slot.column + slot.length), where).toBe(slot.value);
        if (slot.kind === 'hollow') expect(slot.length, where).toBe(0);
      }
    }
  });

  it('writes each context from the text around the slot', () => {
    for (const name of slotFiles) {
      const gold = readJson<{ file: string; slots: GoldSlot[] }>(`gold/${name}`);
      const lines = linesOf(gold.file);
      for (const slot of gold.slots) {
        const where = `${name}:${slot.line}:${slot.column}`;
        const match = /^(.*)⟨(.*)⟩(.*)$/su.exec(slot.context);
        expect(match, where).not.toBeNull();
        const [, left, shown, right] = match as unknown as [string, string, string, string];
        expect(shown, where).toBe(slot.length === 0 ? '∅' : slot.value);
        const line = lines[slot.line - 1]!;
        expect(line.slice(slot.column - left.length, slot.column), where).toBe(left);
        expect(line.slice(slot.column + slot.length, slot.column + slot.length + right.length), where).toBe(right);
      }
    }
  });

  it('uses the shared kinds and types and keeps slots of a line apart', () => {
    for (const name of slotFiles) {
      const gold = readJson<{ file: string; slots: GoldSlot[] }>(`gold/${name}`);
      const byLine = new Map<number, GoldSlot[]>();
      for (const slot of gold.slots) {
        const where = `${name}:${slot.line}:${slot.column}`;
        expect(SLOT_KINDS.has(slot.kind), where).toBe(true);
        expect(SLOT_TYPES.has(slot.type), where).toBe(true);
        expect(typeof slot.unit, where).toBe('string');
        expect(typeof slot.must, where).toBe('boolean');
        byLine.set(slot.line, [...(byLine.get(slot.line) ?? []), slot]);
      }
      for (const [line, slots] of byLine) {
        const sorted = [...slots].sort((a, b) => a.column - b.column);
        for (let i = 1; i < sorted.length; i++) {
          const before = sorted[i - 1]!;
          expect(before.column + before.length <= sorted[i]!.column, `${name}:${line} overlap`).toBe(true);
        }
      }
    }
  });
});

describe('corpus/holdout families', () => {
  const gold = readJson<Families>('gold/families.json');

  it('groups existing documents, each in one family at most', () => {
    const seen = new Set<string>();
    for (const family of gold.families) {
      expect(family.members.length, family.id).toBeGreaterThanOrEqual(2);
      expect(family.note.length, family.id).toBeGreaterThan(0);
      for (const member of family.members) {
        expect(files.has(member.replace(/#.*$/, '')), `${family.id} ${member}`).toBe(true);
        expect(seen.has(member), `${member} in two families`).toBe(false);
        seen.add(member);
      }
    }
    expect(new Set(gold.families.map((family) => family.id)).size).toBe(gold.families.length);
  });

  it('names distractor pairs of existing documents', () => {
    const pairs = (gold as Families & { distractor_pairs?: { members: string[]; note: string }[] }).distractor_pairs ?? [];
    for (const pair of pairs) {
      expect(pair.members.length).toBe(2);
      for (const member of pair.members) expect(files.has(member), member).toBe(true);
      expect(pair.note.length).toBeGreaterThan(0);
    }
  });

  it('lists distractors that exist and are no family member', () => {
    const members = new Set(gold.families.flatMap((family) => family.members));
    for (const distractor of gold.distractors) {
      expect(files.has(distractor), distractor).toBe(true);
      expect(members.has(distractor), distractor).toBe(false);
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
