/**
 * Counting sort of the items 0 … key.length − 1 by their key (0 … groups − 1): `start` (length
 * groups + 1) and `items`, so that group g is items[start[g] … start[g + 1]). Within a group the
 * items keep their input order; `value[i]` stands for item i when given. The compressed rows every
 * in-memory candidate index is built of (postings by sentence, bucket members by unit).
 */
export function groupByKey(key: ArrayLike<number>, groups: number, value?: ArrayLike<number>): { start: Uint32Array; items: Uint32Array } {
  const start = new Uint32Array(groups + 1);
  for (let i = 0; i < key.length; i++) start[(key[i] as number) + 1] = (start[(key[i] as number) + 1] as number) + 1;
  for (let g = 0; g < groups; g++) start[g + 1] = (start[g + 1] as number) + (start[g] as number);
  const fill = start.slice(0, groups);
  const items = new Uint32Array(key.length);
  for (let i = 0; i < key.length; i++) {
    const g = key[i] as number;
    items[fill[g] as number] = value === undefined ? i : (value[i] as number);
    fill[g] = (fill[g] as number) + 1;
  }
  return { start, items };
}
