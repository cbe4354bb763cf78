import type { Collapsed } from './collapse.js';
import type { DedupOptions } from './options.js';
import { forEachParagraph, isAbsent, paragraphSets, type ParagraphSet } from './paragraphs.js';
import { Scratch } from './scratch.js';
import { intersectionSize } from './shingles.js';
import type { DedupFamily, DedupUnit, MemberDelta } from './types.js';
import { UnionFind } from './union-find.js';

/**
 * Families are the connected components of "related" (any relation): a truncated copy joins the
 * article it was cut from, an overlapping cut joins both. Ids F1, F2 … follow each family's first
 * member in the input; members keep input order.
 */
export function buildFamilies(
  units: readonly DedupUnit[],
  collapsed: Collapsed,
  related: ReadonlyArray<readonly [number, number]>,
  o: DedupOptions,
): DedupFamily[] {
  const n = units.length;
  const uf = new UnionFind(n);
  for (let u = 0; u < n; u++) {
    const d = collapsed.distinctOf[u] as number;
    if (d >= 0) uf.union(u, collapsed.representative[d] as number);
  }
  for (const [a, b] of related) uf.union(a, b);
  const familyOfRoot = new Map<number, number[]>();
  const groups: number[][] = [];
  for (let u = 0; u < n; u++) {
    const root = uf.find(u);
    let g = familyOfRoot.get(root);
    if (g === undefined) {
      g = [];
      familyOfRoot.set(root, g);
      groups.push(g);
    }
    g.push(u);
  }
  const shingleCount = (u: number): number => {
    const d = collapsed.distinctOf[u] as number;
    return d < 0 ? 0 : (collapsed.sets[d] as Uint32Array).length;
  };
  return groups.map((members, f) => {
    let canonical = members[0] as number;
    for (const m of members) {
      const better =
        shingleCount(m) > shingleCount(canonical) ||
        (shingleCount(m) === shingleCount(canonical) && (units[m] as DedupUnit).text.length > (units[canonical] as DedupUnit).text.length);
      if (better) canonical = m;
    }
    return {
      id: `F${f + 1}`,
      members: members.map((m) => (units[m] as DedupUnit).id),
      canonical: (units[canonical] as DedupUnit).id,
      delta: members.length === 1 ? [] : memberDeltas(units, collapsed, members, canonical, o),
    };
  });
}

/** What each member lacks and adds against the canonical one, in shingle shares and paragraphs. */
function memberDeltas(units: readonly DedupUnit[], collapsed: Collapsed, members: number[], canonical: number, o: DedupOptions): MemberDelta[] {
  const cd = collapsed.distinctOf[canonical] as number;
  const cset = collapsed.sets[cd] as Uint32Array;
  const scratch = new Scratch();
  let canonParagraphs: ParagraphSet[] | null = null;
  const out: MemberDelta[] = [];
  for (const m of members) {
    if (m === canonical) continue;
    const id = (units[m] as DedupUnit).id;
    const md = collapsed.distinctOf[m] as number;
    if (md === cd) {
      out.push({ id, missing: 0, extra: 0, missingParagraphs: [], extraParagraphs: [] });
      continue;
    }
    const mset = collapsed.sets[md] as Uint32Array;
    const inter = intersectionSize(cset, mset);
    canonParagraphs ??= paragraphSets((units[canonical] as DedupUnit).text, o, scratch);
    const extraParagraphs: number[] = [];
    forEachParagraph((units[m] as DedupUnit).text, o, scratch, (index, set) => {
      if (isAbsent(set, cset, o)) extraParagraphs.push(index);
    });
    out.push({
      id,
      missing: 1 - inter / cset.length,
      extra: 1 - inter / mset.length,
      missingParagraphs: canonParagraphs.filter((p) => isAbsent(p.set, mset, o)).map((p) => p.index),
      extraParagraphs,
    });
  }
  return out;
}
