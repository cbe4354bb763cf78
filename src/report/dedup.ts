import type { DedupFamily, DedupPair, DedupResult, DedupStats, DedupUnitInfo } from '../dedup/types.js';
import type { DedupOptions } from '../dedup/options.js';

/** Where a unit comes from (the dedup stage only sees ids and folded text). */
export interface UnitSource {
  path: string;
  label: string | null;
  startLine: number;
  endLine: number;
}

/** The `plankit dedup --format json` contract (DESIGN.md), plus where each unit is and what the run did. */
export interface DedupJson {
  units: Array<DedupUnitInfo & Partial<UnitSource>>;
  pairs: DedupPair[];
  families: DedupFamily[];
  options: DedupOptions;
  stats: DedupStats;
}

/** Shares rounded to four decimals: stable output, no float noise. */
const round = (x: number): number => Math.round(x * 10_000) / 10_000;

export function dedupJson(r: DedupResult, sources: ReadonlyMap<string, UnitSource>): DedupJson {
  return {
    units: r.units.map((u) => ({ ...u, ...sources.get(u.id) })),
    pairs: r.pairs.map((p) => ({ ...p, resemblance: round(p.resemblance), containment: [round(p.containment[0]), round(p.containment[1])] })),
    families: r.families.map((f) => ({
      ...f,
      delta: f.delta.map((m) => ({
        ...m,
        join: { ...m.join, resemblance: round(m.join.resemblance), containment: [round(m.join.containment[0]), round(m.join.containment[1])] },
        missing: round(m.missing),
        extra: round(m.extra),
      })),
    })),
    options: r.options,
    stats: r.stats,
  };
}
