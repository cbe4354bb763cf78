import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** One line-start item of an outline gold file (see DEVSET-FORMAT: gold/<id>.outline.json). */
export interface GoldItem {
  line: number;
  column: number;
  marker: string;
  style: string;
  ordinal: number;
  depth: number;
}

export interface OutlineGold {
  /** Where the gold came from (for messages). */
  name: string;
  /** The document text the gold annotates. */
  text: string;
  items: GoldItem[];
}

interface GoldFile {
  file: string;
  variants: Array<{ items: Array<Omit<GoldItem, 'column'> & { column?: number }> }>;
}

/** Reads one outline gold file; `base` is the folder its `file` is relative to. */
export function readOutlineGold(path: string, base: string, name: string, docPath?: string): OutlineGold {
  const gold = JSON.parse(readFileSync(path, 'utf8')) as GoldFile;
  const text = readFileSync(docPath ?? resolve(base, gold.file), 'utf8').replace(/^\uFEFF/, '');
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const items = gold.variants.flatMap((v) =>
    v.items.map((it) => {
      // Gold without columns (the seed's) marks the line: the marker starts after the indentation.
      const column = it.column ?? (lines[it.line - 1] ?? '').search(/\S/);
      return { line: it.line, column, marker: it.marker, style: it.style, ordinal: it.ordinal, depth: it.depth };
    }),
  );
  return { name, text, items };
}

/**
 * Every outline gold the project has: the seed page's (../shared/gold, when present), the page
 * fixtures' (fixtures/pages/*.outline.json) and the real documents' (corpus/real/gold/*.outline.json).
 */
export function allOutlineGolds(repoRoot: string): OutlineGold[] {
  const out: OutlineGold[] = [];
  const shared = resolve(repoRoot, '../shared');
  const seedGold = join(shared, 'gold/seed-outline.json');
  const seedDoc = join(shared, 'corpus/seed/000_7ba693d13d610300.txt');
  if (existsSync(seedGold) && existsSync(seedDoc)) out.push(readOutlineGold(seedGold, dirname(seedDoc), 'seed', seedDoc));
  const pages = join(repoRoot, 'fixtures/pages');
  if (existsSync(pages)) {
    for (const f of readdirSync(pages).filter((x) => x.endsWith('.outline.json')).sort()) {
      out.push(readOutlineGold(join(pages, f), pages, `fixtures/pages/${f}`));
    }
  }
  const real = join(repoRoot, 'corpus/real');
  const realGold = join(real, 'gold');
  if (existsSync(realGold)) {
    for (const f of readdirSync(realGold).filter((x) => x.endsWith('.outline.json')).sort()) {
      out.push(readOutlineGold(join(realGold, f), real, `corpus/real/gold/${f}`));
    }
  }
  return out;
}
