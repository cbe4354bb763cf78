import { findDuplicates, type DedupOptions, type DedupUnit } from '../dedup/index.js';
import type { Store } from './store.js';

export interface FamilyOptions {
  dedup?: Partial<DedupOptions>;
  /**
   * Corpus-wide dedup holds every variant's shingle set, signature and candidate-index entries in
   * memory at once (see DEFAULT_MAX_FAMILY_UNITS). Above this many variants it is skipped, and the
   * run says so, rather than risk running out of memory; the per-file results are complete either way.
   */
  maxUnits: number;
}

/**
 * Measured on the generated corpus (scripts/gen-docs-corpus.ts: ~2.5 variants per page, ~1,330
 * folded characters each) with two workers: the per-file phase peaks at ~1.1 GB (the workers keep
 * theirs while idle), and the family phase adds ~7–10 KB per variant — dedup's shingle pool (4 bytes
 * per character of text), candidate indexes, signatures, pairs and families; the texts themselves
 * are read from the store on demand (storedUnits). 36k pages (90,012 variants): families 27 s, the
 * whole run 1.76 GB peak RSS. 100k pages (250k variants) need ~2.3 GB for dedup alone, hence this
 * cap; raise it with --max-family-units when memory allows (memory grows with the characters).
 */
export const DEFAULT_MAX_FAMILY_UNITS = 90_000;

export type FamilySummary =
  | { status: 'built'; units: number; families: number; multiMember: number; pairs: number }
  /** Skipped: `units` variants are over the `limit` (maxUnits, --max-family-units). */
  | { status: 'skipped'; units: number; limit: number };

/**
 * Every stored variant as a dedup unit, in corpus order (path, then position in the page), whose
 * `text` (the folded body) is read from the store each time dedup asks for it instead of being held:
 * the texts were a fifth of the family phase's memory (2 bytes per character as JS strings), and
 * dedup reads each one only a few times (lengths, shingling, the deltas of multi-member families),
 * one indexed row each. Only the variant ids (shared with the families written afterwards) stay.
 */
export function storedUnits(store: Store): DedupUnit[] {
  const folded = store.db.prepare('SELECT folded FROM variants WHERE id = ?').pluck();
  const rows = store.db
    .prepare(`SELECT v.id AS row, v.variant_id AS id FROM variants v JOIN files f ON f.id = v.file_id ORDER BY f.path, v.idx`)
    .all() as Array<{ row: number; id: string }>;
  return rows.map(({ row, id }) => ({
    id,
    get text(): string {
      return folded.get(row) as string;
    },
  }));
}

/**
 * Corpus-wide families: findDuplicates over every stored variant (folded text), in corpus order,
 * replacing the families of earlier runs. Singletons are stored too, so every variant has a family.
 */
export function buildFamilies(store: Store, runId: number, options: FamilyOptions): FamilySummary {
  const units = (store.db.prepare(`SELECT count(*) AS n FROM variants`).get() as { n: number }).n;
  if (units > options.maxUnits) {
    store.replaceFamilies(runId, []); // no stale families from an earlier, smaller corpus
    return { status: 'skipped', units, limit: options.maxUnits };
  }
  const result = findDuplicates(storedUnits(store), options.dedup);
  const summary: FamilySummary = {
    status: 'built',
    units,
    families: result.families.length,
    multiMember: result.families.filter((f) => f.members.length > 1).length,
    pairs: result.pairs.length,
  };
  // Only the member lists go on: the pairs, deltas and per-unit figures can be collected while the
  // families are written.
  const families = result.families.map((f) => ({ family: f.id, canonical: f.canonical, members: f.members }));
  result.families.length = 0;
  result.pairs.length = 0;
  result.units.length = 0;
  store.replaceFamilies(runId, families);
  return summary;
}
