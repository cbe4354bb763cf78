import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GoldSlot as ScoredGoldSlot } from '../../scripts/lib/slot-score.js';
import { OUTLINE_STYLES } from '../../src/core/outline.js';

/**
 * Well-formedness of a dev set of real documents (corpus/real, corpus/holdout): everything is
 * checked against the files themselves, generically over the manifest, so a document added later
 * (Simplified or Traditional) is held to the same rules: full provenance, a gold outline whose
 * markers sit where it says, slots whose values slice back out of the text, and families whose
 * members exist. Never a score.
 */

export interface Source {
  repository: string;
  path: string;
  commit: string;
  url?: string;
}
export interface ManifestEntry {
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
export interface GoldItem {
  line: number;
  column: number;
  marker: string;
  style: string;
  ordinal: number;
  parent: number | null;
  depth: number;
}
export interface GoldOutline {
  file: string;
  title: { line: number; text: string };
  variants: {
    label: string | null;
    header_line: number | null;
    items: GoldItem[];
    diagnostics: { line: number; code: string; note: string }[];
  }[];
}
/** A gold slot as the scorer reads it; the dev-set files always give its context. */
export interface GoldSlot extends ScoredGoldSlot {
  context: string;
}
export interface Families {
  families: { id: string; members: string[]; note: string }[];
  distractors: string[];
}

const ID_PATTERN = /^[a-z]{2}-[a-z0-9]+(?:-[a-z0-9]+)*$/;
const COMMIT_PATTERN = /^[0-9a-f]{40}$/;
const REPOSITORY_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]*\/[A-Za-z0-9][A-Za-z0-9_.-]*$/;
const DATE_PATTERN = /^\d{4}(?:-\d{2}-\d{2})?$/;
export const DIAGNOSTIC_CODES = new Set(['gap', 'duplicate', 'restart', 'malformed', 'out-of-order']);
export const SLOT_KINDS = new Set(['placeholder', 'hollow', 'literal']);
export const SLOT_TYPES = new Set(['count', 'amount', 'percent', 'year', 'date', 'time', 'ordinal', 'org', 'redacted', 'text', 'docno']);
export const STYLES = new Set<string>(OUTLINE_STYLES);

/** Declares the checks of the dev set in `dir` (a folder with manifest.json, docs/ and gold/), titled `name`. */
export function checkDevSetGold(name: string, dir: string): void {
  const REAL_DIR = dir;
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

  describe(`${name} manifest`, () => {
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

  describe(`${name} outline gold`, () => {
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

  describe(`${name} slot gold`, () => {
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

  describe(`${name} families`, () => {
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

    it('lists distractors that exist and are no family member', () => {
      const members = new Set(gold.families.flatMap((family) => family.members));
      for (const distractor of gold.distractors) {
        expect(files.has(distractor), distractor).toBe(true);
        expect(members.has(distractor), distractor).toBe(false);
      }
    });
  });
}
