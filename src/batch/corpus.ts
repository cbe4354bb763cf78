import { findDuplicates, type DedupOptions } from '../dedup/index.js';
import type { Store } from './store.js';

export interface FamilyOptions {
  dedup?: Partial<DedupOptions>;
  /**
   * Corpus-wide dedup holds every variant's folded text and shingle set in memory at once (about
   * ~12 bytes per character). Above this many variants it is skipped, and the run says so, rather
   * than risk running out of memory; the per-file results are complete either way.
   */
  maxUnits: number;
}

/**
 * Measured: 25k variants of ~1,200 characters took 430 MB at the family phase's peak (~15 KB per
 * variant: texts, shingle sets, signatures), on top of the workers' ~1 GB: 60k keeps a run under
 * ~2 GB; raise it with --max-family-units when memory allows.
 */
export const DEFAULT_MAX_FAMILY_UNITS = 60_000;

export type FamilySummary =
  | { status: 'built'; units: number; families: number; multiMember: number; pairs: number }
  | { status: 'skipped'; units: number; reason: string };

/**
 * Corpus-wide families: findDuplicates over every stored variant (folded text), in corpus order
 * (path, then position in the page), replacing the families of earlier runs. Singletons are
 * stored too, so every variant has a family.
 */
export function buildFamilies(store: Store, runId: number, options: FamilyOptions): FamilySummary {
  const units = (store.db.prepare(`SELECT count(*) AS n FROM variants`).get() as { n: number }).n;
  if (units > options.maxUnits) {
    store.replaceFamilies(runId, []); // no stale families from an earlier, smaller corpus
    return { status: 'skipped', units, reason: `${units} variants is over the corpus dedup limit of ${options.maxUnits} (--max-family-units)` };
  }
  const rows = store.db
    .prepare(`SELECT v.variant_id AS id, v.folded AS text FROM variants v JOIN files f ON f.id = v.file_id ORDER BY f.path, v.idx`)
    .all() as Array<{ id: string; text: string }>;
  const result = findDuplicates(rows, options.dedup);
  rows.length = 0; // the texts are no longer needed; let them go before the families are written
  store.replaceFamilies(
    runId,
    result.families.map((f) => ({ family: f.id, canonical: f.canonical, members: f.members })),
  );
  return {
    status: 'built',
    units,
    families: result.families.length,
    multiMember: result.families.filter((f) => f.members.length > 1).length,
    pairs: result.pairs.length,
  };
}
