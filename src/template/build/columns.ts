/**
 * Multi-member alignment: every member's atoms placed in columns. Members are aligned one after the
 * other against the columns so far (each column represented by its first atom's key); between two
 * matches the columns' unmatched ones come first, then the member's new atoms. Every atom of every
 * member appears exactly once and in order.
 */

/**
 * How two key sequences are matched: equal pairs [i in a, j in b], increasing in both. `stops`
 * (when given) says after which tokens a sentence ends: an aligner may cut long texts there.
 */
export interface Aligner {
  matchTokens(a: readonly string[], b: readonly string[], stops?: { a: readonly boolean[]; b: readonly boolean[] }): Array<[number, number]>;
}

/** columns[c][m]: the index of member m's atom in column c, or -1 when m has none there. */
export interface Alignment {
  members: number;
  columns: Int32Array[];
  keys: string[];
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

function column(members: number, m: number, atom: number): Int32Array {
  const cells = new Int32Array(members).fill(-1);
  cells[m] = atom;
  return cells;
}

export function alignMembers(keys: readonly (readonly string[])[], aligner: Aligner, stops: readonly (readonly boolean[])[] = []): Alignment {
  const n = keys.length;
  let columns: Int32Array[] = [];
  let colKeys: string[] = [];
  let colStops: boolean[] = [];
  keys.forEach((memberKeys, m) => {
    const memberStops = stops[m] ?? [];
    const pairs = m === 0 ? [] : checked(aligner.matchTokens(colKeys, memberKeys, { a: colStops, b: memberStops }), colKeys.length, memberKeys.length);
    const out: Int32Array[] = [];
    const outKeys: string[] = [];
    const outStops: boolean[] = [];
    let ci = 0;
    let ai = 0;
    const keepColumn = (): void => {
      out.push(columns[ci] ?? column(n, m, -1));
      outKeys.push(colKeys[ci] ?? '');
      outStops.push(colStops[ci] ?? false);
      ci++;
    };
    const newColumn = (): void => {
      out.push(column(n, m, ai));
      outKeys.push(memberKeys[ai] ?? '');
      outStops.push(memberStops[ai] ?? false);
      ai++;
    };
    for (const [c, a] of pairs) {
      while (ci < c) keepColumn();
      while (ai < a) newColumn();
      const col = columns[ci];
      if (col !== undefined) col[m] = ai;
      keepColumn();
      ai++;
    }
    while (ci < columns.length) keepColumn();
    while (ai < memberKeys.length) newColumn();
    columns = out;
    colKeys = outKeys;
    colStops = outStops;
  });
  return { members: n, columns, keys: colKeys };
}

/**
 * For each member, next[m][c] = the index of its first atom in a column ≥ c (its atom count when
 * none): the atoms before and after any column boundary, in O(1).
 */
export function nextAtomTables(al: Alignment, atomCounts: readonly number[]): Int32Array[] {
  return atomCounts.map((count, m) => {
    const next = new Int32Array(al.columns.length + 1);
    let following = count;
    next[al.columns.length] = count;
    for (let c = al.columns.length - 1; c >= 0; c--) {
      const a = al.columns[c]?.[m] ?? -1;
      if (a >= 0) following = a;
      next[c] = following;
    }
    return next;
  });
}
