import type { Clustering } from './cluster.js';
import type { Collapsed } from './collapse.js';
import { verbatimKey } from './normalise.js';
import type { DedupOptions } from './options.js';
import { IdentitySet } from './identity-set.js';
import { forEachParagraph, isAbsent, paragraphSets, type ParagraphSet } from './paragraphs.js';
import type { PairMeasure, RelationRule } from './relations/rule.js';
import { Scratch } from './scratch.js';
import { intersectionSize } from './shingles.js';
import type { DedupFamily, DedupUnit, MemberDelta, MemberJoin } from './types.js';
import { classify } from './verify.js';

/**
 * The families of the units, from the clustering of their distinct texts (cluster.ts): every copy of
 * a distinct text goes where that text went; a unit with nothing to compare is a family of its own.
 * The canonical member is the centre's longest copy (then the first). Ids F1, F2 … follow each
 * family's first member in the input; members keep input order. Each member other than the
 * canonical one says why it joined and what it lacks and adds.
 */
export function buildFamilies(
  units: readonly DedupUnit[],
  collapsed: Collapsed,
  clustering: Clustering,
  rules: readonly RelationRule[],
  o: DedupOptions,
): DedupFamily[] {
  const n = units.length;
  const groups: number[][] = [];
  const groupOfFamily = new Map<number, number[]>();
  for (let u = 0; u < n; u++) {
    const d = collapsed.distinctOf[u] as number;
    if (d < 0) {
      groups.push([u]);
      continue;
    }
    const f = clustering.familyOf[d] as number;
    let g = groupOfFamily.get(f);
    if (g === undefined) {
      g = [];
      groupOfFamily.set(f, g);
      groups.push(g);
    }
    g.push(u);
  }
  const textLength = (u: number): number => (units[u] as DedupUnit).text.length;
  return groups.map((members, k) => {
    const d0 = collapsed.distinctOf[members[0] as number] as number;
    let canonical = members[0] as number;
    if (d0 >= 0) {
      const centre = clustering.centres[clustering.familyOf[d0] as number] as number;
      canonical = -1;
      for (const m of members) {
        if (collapsed.distinctOf[m] !== centre) continue;
        if (canonical < 0 || textLength(m) > textLength(canonical)) canonical = m;
      }
    }
    const joins = members.length === 1 ? new Map<number, MemberJoin>() : memberJoins(units, collapsed, clustering, members, canonical, rules, o);
    return {
      id: `F${k + 1}`,
      members: members.map((m) => (units[m] as DedupUnit).id),
      canonical: (units[canonical] as DedupUnit).id,
      delta: members.length === 1 ? [] : memberDeltas(units, collapsed, members, canonical, joins, o),
    };
  });
}

/**
 * Why each member joined: a copy of another member's text comes in with that member (identical
 * when only whitespace differs); otherwise through the near-duplicate or contained link the
 * clustering followed. Measures are against the canonical member.
 */
function memberJoins(
  units: readonly DedupUnit[],
  collapsed: Collapsed,
  clustering: Clustering,
  members: number[],
  canonical: number,
  rules: readonly RelationRule[],
  o: DedupOptions,
): Map<number, MemberJoin> {
  const centre = collapsed.distinctOf[canonical] as number;
  const id = (u: number): string => (units[u] as DedupUnit).id;
  const verbatim = (u: number): string => verbatimKey((units[u] as DedupUnit).text);
  // The unit that stands for a distinct text in this family: the canonical member for the centre.
  const standIn = (d: number): number => (d === centre ? canonical : (collapsed.representative[d] as number));
  const copyOf = (u: number, of: number): 'identical' | 'near-duplicate' => (verbatim(u) === verbatim(of) ? 'identical' : 'near-duplicate');
  const out = new Map<number, MemberJoin>();
  for (const u of members) {
    if (u === canonical) continue;
    const d = collapsed.distinctOf[u] as number;
    const s = standIn(d);
    if (d === centre) {
      const rel = copyOf(u, canonical);
      out.set(u, { via: id(canonical), link: rel, relation: rel, resemblance: 1, containment: [1, 1] });
      continue;
    }
    const m = clustering.toCentre[d] as PairMeasure;
    const relation = classify(m, rules, o) ?? 'overlap';
    const measures = { relation, resemblance: m.resemblance, containment: [m.aInB, m.bInA] as [number, number] };
    if (u !== s) out.set(u, { via: id(s), link: copyOf(u, s), ...measures });
    else out.set(u, { via: id(standIn(clustering.via[d] as number)), link: clustering.link[d] ?? 'near-duplicate', ...measures });
  }
  return out;
}

/** What each member lacks and adds against the canonical one, in shingle shares and paragraphs. */
function memberDeltas(
  units: readonly DedupUnit[],
  collapsed: Collapsed,
  members: number[],
  canonical: number,
  joins: Map<number, MemberJoin>,
  o: DedupOptions,
): MemberDelta[] {
  const cd = collapsed.distinctOf[canonical] as number;
  const cset = collapsed.sets[cd] as Uint32Array;
  const scratch = new Scratch();
  const canonIds = new IdentitySet().load(cset);
  const memberIds = new IdentitySet();
  let canonParagraphs: ParagraphSet[] | null = null;
  const out: MemberDelta[] = [];
  for (const m of members) {
    if (m === canonical) continue;
    const id = (units[m] as DedupUnit).id;
    const md = collapsed.distinctOf[m] as number;
    if (md === cd) {
      out.push({ id, join: joins.get(m) as MemberJoin, missing: 0, extra: 0, missingParagraphs: [], extraParagraphs: [] });
      continue;
    }
    const mset = collapsed.sets[md] as Uint32Array;
    const inter = intersectionSize(cset, mset);
    canonParagraphs ??= paragraphSets((units[canonical] as DedupUnit).text, o, scratch);
    const extraParagraphs: number[] = [];
    forEachParagraph((units[m] as DedupUnit).text, o, scratch, (index, set) => {
      if (isAbsent(set, canonIds, o)) extraParagraphs.push(index);
    });
    memberIds.load(mset);
    out.push({
      id,
      join: joins.get(m) as MemberJoin,
      missing: 1 - inter / cset.length,
      extra: 1 - inter / mset.length,
      missingParagraphs: canonParagraphs.filter((p) => isAbsent(p.set, memberIds, o)).map((p) => p.index),
      extraParagraphs,
    });
  }
  return out;
}
