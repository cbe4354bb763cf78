import { UnionFind } from '../../dedup/union-find.js';
import type { SqlConnection } from '../../store/connection.js';
import { saveOwnedStep } from '../job.js';
import type { FamilyRule, RelatedPair } from './rule.js';
import type { DedupOptions } from '../../dedup/options.js';

/** Rows per INSERT while writing families and members. */
const WRITE_CHUNK = 5000;

export interface ClusterCounts {
  families: number;
  multiMember: number;
}

/**
 * Families from the related pairs in the store: every unit joins its representative (copies of one
 * text), every linking pair joins its two units; families are numbered F1, F2 … in corpus order of
 * their first member, members listed in corpus order; the canonical member is the most complete
 * (most shingles, then longest, then first). Written in one transaction replacing the previous
 * families and templates. Memory: a few typed arrays of one entry per unit (24 bytes a unit),
 * whatever the number of pairs, which are streamed.
 */
export async function clusterAndWrite(sql: SqlConnection, n: number, jobId: number, runId: number, rule: FamilyRule, o: DedupOptions, analysed: string): Promise<ClusterCounts> {
  const uf = new UnionFind(n);
  for await (const r of sql.iterate<{ ord: number; rep: number }>('SELECT ord, rep FROM fam_units WHERE rep >= 0 AND rep <> ord ORDER BY ord')) {
    uf.union(Number(r.ord), Number(r.rep));
  }
  for await (const r of sql.iterate<{ a: number; b: number; relation: RelatedPair['relation']; resemblance: number; a_in_b: number; b_in_a: number }>(
    'SELECT a, b, relation, resemblance, a_in_b, b_in_a FROM fam_pairs ORDER BY a, b',
  )) {
    const pair: RelatedPair = { a: Number(r.a), b: Number(r.b), relation: r.relation, resemblance: r.resemblance, aInB: r.a_in_b, bInA: r.b_in_a };
    if (rule.links(pair, o)) uf.union(pair.a, pair.b);
  }

  // Pass 1, corpus order: family numbers by first member, sizes, canonical members.
  const familyOfRoot = new Int32Array(n).fill(-1);
  const familyOf = new Int32Array(n);
  const size: number[] = [];
  const best: number[] = [];
  const bestShingles: number[] = [];
  const bestChars: number[] = [];
  for await (const r of sql.iterate<{ ord: number; shingles: number; chars: number }>('SELECT ord, shingles, chars FROM fam_units ORDER BY ord')) {
    const u = Number(r.ord);
    const root = uf.find(u);
    let f = familyOfRoot[root] as number;
    if (f < 0) {
      f = size.length;
      familyOfRoot[root] = f;
      size.push(0);
      best.push(u);
      bestShingles.push(Number(r.shingles));
      bestChars.push(Number(r.chars));
    } else if (Number(r.shingles) > (bestShingles[f] as number) || (Number(r.shingles) === bestShingles[f] && Number(r.chars) > (bestChars[f] as number))) {
      best[f] = u;
      bestShingles[f] = Number(r.shingles);
      bestChars[f] = Number(r.chars);
    }
    familyOf[u] = f;
    size[f] = (size[f] as number) + 1;
  }
  bestShingles.length = 0;
  bestChars.length = 0;

  // Pass 2: write families and members, in one transaction.
  return sql.transaction(async (tx) => {
    // Only while the job is still this run's (it may have been taken for dead meanwhile).
    await saveOwnedStep(tx, jobId, runId, 'families:write', null);
    await tx.run(`DELETE FROM meta WHERE key = 'families_built'`);
    await tx.run(`INSERT INTO meta (key, value) VALUES ('families_built', ?)`, [JSON.stringify({ job: jobId, from: analysed })]);
    await tx.run('DELETE FROM templates');
    await tx.run('DELETE FROM family_members');
    await tx.run('DELETE FROM families');
    const isCanonical = new Uint8Array(n);
    for (const u of best) isCanonical[u] = 1;
    // Variant ids are read a range of ords at a time (all(), not a cursor: SQLite cannot write on a
    // connection while one of its queries is open).
    const idsOf = (from: number): Promise<Array<{ ord: number; variant_id: string }>> =>
      tx.all<{ ord: number; variant_id: string }>(
        'SELECT u.ord, v.variant_id FROM fam_units u JOIN variants v ON v.id = u.variant WHERE u.ord >= ? AND u.ord < ? ORDER BY u.ord',
        [from, from + WRITE_CHUNK],
      );
    const canonicalId: string[] = new Array(size.length);
    for (let from = 0; from < n; from += WRITE_CHUNK) {
      for (const r of await idsOf(from)) {
        const u = Number(r.ord);
        if (isCanonical[u] === 1) canonicalId[familyOf[u] as number] = r.variant_id;
      }
    }
    const familyIds = new Float64Array(size.length);
    for (let f0 = 0; f0 < size.length; f0 += WRITE_CHUNK) {
      const rows: Array<[string, string, number, number]> = [];
      for (let f = f0; f < Math.min(size.length, f0 + WRITE_CHUNK); f++) rows.push([`F${f + 1}`, canonicalId[f] as string, size[f] as number, runId]);
      const ids = await tx.insert('families', ['family', 'canonical', 'size', 'run_id'], rows, true);
      ids.forEach((id, k) => (familyIds[f0 + k] = id));
    }
    canonicalId.length = 0;
    for (let from = 0; from < n; from += WRITE_CHUNK) {
      const members = (await idsOf(from)).map((r) => [familyIds[familyOf[Number(r.ord)] as number] as number, r.variant_id] as [number, string]);
      await tx.insert('family_members', ['family_id', 'variant_id'], members);
    }
    return { families: size.length, multiMember: size.filter((s) => s > 1).length };
  });
}
