import type { Atom, Paragraph } from './atoms.js';

/**
 * Multi-member alignment, progressive: the first member is the backbone, every other member is
 * aligned against the backbone built so far, and what it has that the backbone lacks is inserted
 * in reading order. Columns hold one cell per member (null where the member has nothing), so each
 * member's paragraphs (and, inside a paragraph column, its atoms) appear exactly once and in order.
 */
export interface Aligner {
  /** Matched paragraph pairs [i in a, j in b], increasing in both; unmatched ones are gaps. */
  matchParagraphs(a: readonly string[], b: readonly string[]): Array<[number, number]>;
  /** Equal token pairs [i in a, j in b], increasing in both. */
  matchTokens(a: readonly string[], b: readonly string[]): Array<[number, number]>;
}

export interface Column<T> {
  cells: Array<T | null>;
}

/** The first non-empty cell: the text a column is represented by when the next member is aligned. */
function representative<T>(col: Column<T>): T {
  for (const c of col.cells) if (c !== null) return c;
  throw new Error('empty column');
}

/**
 * Merges `items` of member `m` into `columns` given matched pairs (column index, item index).
 * Between two matches, the backbone's unmatched columns come first, then the member's new items.
 */
function merge<T>(columns: Column<T>[], items: readonly T[], pairs: Array<[number, number]>, m: number, members: number): Column<T>[] {
  const out: Column<T>[] = [];
  let ci = 0;
  let ii = 0;
  const fresh = (item: T): Column<T> => {
    const cells = new Array<T | null>(members).fill(null);
    cells[m] = item;
    return { cells };
  };
  for (const [c, i] of pairs) {
    while (ci < c) out.push(columns[ci++] as Column<T>);
    while (ii < i) out.push(fresh(items[ii++] as T));
    const col = columns[ci++] as Column<T>;
    col.cells[m] = items[ii++] as T;
    out.push(col);
  }
  while (ci < columns.length) out.push(columns[ci++] as Column<T>);
  while (ii < items.length) out.push(fresh(items[ii++] as T));
  return out;
}

/** Checks that pairs are strictly increasing and in range, so a faulty aligner cannot lose text. */
function checked(pairs: Array<[number, number]>, na: number, nb: number): Array<[number, number]> {
  let pa = -1;
  let pb = -1;
  for (const [a, b] of pairs) {
    if (!(a > pa && b > pb && a < na && b < nb)) throw new Error(`aligner returned an invalid pair [${a}, ${b}]`);
    pa = a;
    pb = b;
  }
  return pairs;
}

export function alignParagraphColumns(members: readonly Paragraph[][], aligner: Aligner): Column<Paragraph>[] {
  let columns: Column<Paragraph>[] = [];
  members.forEach((paragraphs, m) => {
    if (m === 0) {
      columns = paragraphs.map((p) => {
        const cells = new Array<Paragraph | null>(members.length).fill(null);
        cells[0] = p;
        return { cells };
      });
      return;
    }
    const a = columns.map((c) => representative(c).key);
    const b = paragraphs.map((p) => p.key);
    columns = merge(columns, paragraphs, checked(aligner.matchParagraphs(a, b), a.length, b.length), m, members.length);
  });
  return columns;
}

/** Aligns the atoms of one paragraph column (members without the paragraph stay null throughout). */
export function alignAtomColumns(column: Column<Paragraph>, aligner: Aligner): Column<Atom>[] {
  const n = column.cells.length;
  let columns: Column<Atom>[] = [];
  let started = false;
  column.cells.forEach((p, m) => {
    if (p === null) return;
    if (!started) {
      started = true;
      columns = p.atoms.map((atom) => {
        const cells = new Array<Atom | null>(n).fill(null);
        cells[m] = atom;
        return { cells };
      });
      return;
    }
    const a = columns.map((c) => representative(c).key);
    const b = p.atoms.map((x) => x.key);
    columns = merge(columns, p.atoms, checked(aligner.matchTokens(a, b), a.length, b.length), m, n);
  });
  return columns;
}
