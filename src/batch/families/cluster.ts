import type { DedupOptions } from '../../dedup/options.js';
import type { SqlConnection } from '../../store/connection.js';
import { saveOwnedStep } from '../job.js';
import { relatedToCentre, type RelatedPair } from './rule.js';
import type { SetCache } from './sets.js';

/** Rows per INSERT while writing families and members. */
const WRITE_CHUNK = 5000;

export interface ClusterCounts {
  families: number;
  multiMember: number;
  /** Related pairs found while checking units against centres that no candidate had offered. */
  extra: number;
}

/**
 * Families from the related pairs in the store, by findDuplicates' rule (dedup/cluster.ts): grown
 * from centres, heaviest distinct text first (shingle weight, then shingles, then corpus order),
 * along the pairs that may link a family (fam_pairs.link: near-duplicate, contained, two cuts of one
 * text), each unit let in only if it is itself related to the centre — no chaining through a hub.
 * Copies of a text go where their representative went; a unit with nothing to compare is a family
 * of its own. Families are numbered F1, F2 … in corpus order of their first member, members listed
 * in corpus order; the canonical member is the centre's longest copy (then the first). Written in
 * one transaction replacing the previous families and templates. Memory: typed arrays of one entry
 * per unit and per link; sets of the units checked against a centre come through the cache.
 */
export async function clusterAndWrite(sql: SqlConnection, n: number, jobId: number, runId: number, sets: SetCache, o: DedupOptions, analysed: string): Promise<ClusterCounts> {
  // Link adjacency over ords (neighbours ascending, as in memory), in two passes over the pairs.
  const start = new Uint32Array(n + 1);
  for await (const r of sql.iterate<{ a: number; b: number }>('SELECT a, b FROM fam_pairs WHERE link = 1')) {
    start[Number(r.a) + 1] = (start[Number(r.a) + 1] as number) + 1;
    start[Number(r.b) + 1] = (start[Number(r.b) + 1] as number) + 1;
  }
  for (let u = 0; u < n; u++) start[u + 1] = (start[u + 1] as number) + (start[u] as number);
  const target = new Uint32Array(start[n] as number);
  const fill = start.slice(0, n);
  for await (const r of sql.iterate<{ a: number; b: number }>('SELECT a, b FROM fam_pairs WHERE link = 1')) {
    const a = Number(r.a);
    const b = Number(r.b);
    target[fill[a] as number] = b;
    fill[a] = (fill[a] as number) + 1;
    target[fill[b] as number] = a;
    fill[b] = (fill[b] as number) + 1;
  }
  for (let u = 0; u < n; u++) {
    const s = start[u] as number;
    const e = start[u + 1] as number;
    if (e - s > 1) target.subarray(s, e).sort();
  }

  // Centres, heaviest first.
  const order = Int32Array.from(
    await sql.all<{ ord: number }>('SELECT u.ord FROM fam_units u JOIN fam_mass m ON m.ord = u.ord WHERE u.rep = u.ord ORDER BY m.mass DESC, u.shingles DESC, u.ord'),
    (r) => Number(r.ord),
  );
  const familyOf = new Int32Array(n).fill(-1);
  const turnedAwayBy = new Int32Array(n).fill(-1);
  const centres: number[] = [];
  const extra: RelatedPair[] = [];
  const queue: number[] = [];
  const pending: number[] = [];
  for (const c of order) {
    if (familyOf[c] !== -1) continue;
    const f = centres.length;
    centres.push(c);
    familyOf[c] = f;
    queue.length = 0;
    queue.push(c);
    for (let head = 0; head < queue.length; head++) {
      const y = queue[head] as number;
      pending.length = 0;
      for (let e = start[y] as number; e < (start[y + 1] as number); e++) {
        const x = target[e] as number;
        if (familyOf[x] !== -1 || turnedAwayBy[x] === c) continue;
        pending.push(x);
      }
      if (pending.length === 0) continue;
      // A neighbour of the centre is linked to it (so related); any other is measured against it.
      if (y !== c) await sets.load([c, ...pending]);
      for (const x of pending) {
        if (y !== c) {
          const pair = relatedToCentre(x, c, sets.get(x), sets.get(c), o);
          if (pair === null) {
            turnedAwayBy[x] = c;
            continue;
          }
          extra.push(pair);
        }
        familyOf[x] = f;
        queue.push(x);
      }
    }
  }

  // Corpus order: family numbers by first member, sizes, canonical members (the centre's longest copy).
  const outOf = new Int32Array(centres.length).fill(-1);
  const familyOfUnit = new Int32Array(n);
  const size: number[] = [];
  const best: number[] = [];
  const bestChars: number[] = [];
  for await (const r of sql.iterate<{ ord: number; rep: number; chars: number }>('SELECT ord, rep, chars FROM fam_units ORDER BY ord')) {
    const u = Number(r.ord);
    const rep = Number(r.rep);
    const chars = Number(r.chars);
    let f: number;
    if (rep < 0) {
      f = size.length;
      size.push(0);
      best.push(u);
      bestChars.push(chars);
    } else {
      const g = familyOf[rep] as number;
      f = outOf[g] as number;
      if (f < 0) {
        f = size.length;
        outOf[g] = f;
        size.push(0);
        best.push(-1);
        bestChars.push(-1);
      }
      if (rep === centres[g] && chars > (bestChars[f] as number)) {
        best[f] = u;
        bestChars[f] = chars;
      }
    }
    familyOfUnit[u] = f;
    size[f] = (size[f] as number) + 1;
  }
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
    const canonicalId = new Array<string>(size.length);
    for (let from = 0; from < n; from += WRITE_CHUNK) {
      for (const r of await idsOf(from)) {
        const u = Number(r.ord);
        if (isCanonical[u] === 1) canonicalId[familyOfUnit[u] as number] = r.variant_id;
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
      const members = (await idsOf(from)).map((r) => [familyIds[familyOfUnit[Number(r.ord)] as number] as number, r.variant_id] as [number, string]);
      await tx.insert('family_members', ['family_id', 'variant_id'], members);
    }
    for (let k = 0; k < extra.length; k += WRITE_CHUNK / 10) {
      const part = extra.slice(k, k + WRITE_CHUNK / 10);
      // Pairs measured against a centre: known ones are there already (the same measures).
      await tx.run(
        `INSERT INTO fam_pairs (a, b, relation, resemblance, a_in_b, b_in_a, shared, link) VALUES ${part.map(() => '(?, ?, ?, ?, ?, ?, ?, 0)').join(', ')} ON CONFLICT (a, b) DO NOTHING`,
        part.flatMap((p) => [p.a, p.b, p.relation, p.resemblance, p.aInB, p.bInA, p.shared]),
      );
    }
    return { families: size.length, multiMember: size.filter((s) => s > 1).length, extra: extra.length };
  });
}
