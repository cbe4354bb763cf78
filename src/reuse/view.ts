import type { DocumentReuse, FamilyReport, RecurringPassage, ReuseReport, ReuseSummary } from './types.js';
import type { ReuseOptions } from './options.js';

/** Bins of the boilerplate-ratio histogram (0–10 %, 10–20 % …). */
export const RATIO_BINS = 10;

/** A recurring passage as a table row: the documents it is in only when asked for (JSON). */
export type PassageRow = Omit<RecurringPassage, 'paths'> & { paths?: string[] };

/**
 * A reuse report as the renderers read it: the small parts whole (summary, families, family sizes,
 * histogram), the long tables as streams, so a report over a corpus of any size is written from
 * cursors on the store (batch/reuse-view.ts) without ever being held. An in-memory report is
 * viewed the same way (viewOf), so both give the same bytes.
 */
export interface ReuseView {
  summary: ReuseSummary;
  options: ReuseOptions;
  /** Families of at least minFamilySize, largest first (at most maxFamilies). */
  families: FamilyReport[];
  familySizes: Array<{ size: number; families: number }>;
  /** Documents per boilerplate-ratio bin (RATIO_BINS of them). */
  ratioBins: number[];
  /** Recurring passages, most documents first (the report's order), with their documents when `withPaths`. */
  passages(withPaths: boolean): AsyncIterable<PassageRow>;
  /** (passage, document) pairs in passage order, documents in corpus order. */
  passageDocuments(): AsyncIterable<{ kind: RecurringPassage['kind']; key: number; path: string }>;
  /** Every document, in corpus order. */
  documents(): AsyncIterable<DocumentReuse>;
  /** The `limit` documents with most boilerplate (ties by path). */
  mostBoilerplate(limit: number): Promise<DocumentReuse[]>;
}

/** Documents per ratio bin, as the HTML histogram shows them. */
export function ratioBin(boilerplate: number): number {
  return Math.min(RATIO_BINS - 1, Math.floor(boilerplate * RATIO_BINS));
}

async function* each<T>(items: readonly T[]): AsyncGenerator<T> {
  yield* items;
}

/** An in-memory report as a view. */
export function viewOf(report: ReuseReport): ReuseView {
  const bins = new Array<number>(RATIO_BINS).fill(0);
  for (const d of report.documents) bins[ratioBin(d.boilerplate)]! += 1;
  return {
    summary: report.summary,
    options: report.options,
    families: report.families,
    familySizes: report.familySizes,
    ratioBins: bins,
    passages: (withPaths) =>
      each(
        report.passages.map((p) => {
          if (withPaths) return p;
          const { paths: _paths, ...rest } = p;
          return rest;
        }),
      ),
    passageDocuments: () => each(report.passages.flatMap((p) => p.paths.map((path) => ({ kind: p.kind, key: p.key, path })))),
    documents: () => each(report.documents),
    mostBoilerplate: async (limit) =>
      [...report.documents].sort((a, b) => b.boilerplate - a.boilerplate || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)).slice(0, limit),
  };
}
