import TfIdfModule from 'natural/lib/natural/tfidf/index.js';
import type { FamilyTerm } from './types.js';

// Only natural's TF-IDF module: the package root loads all of natural (slow, and it prints dotenv notices).
const { TfIdf } = TfIdfModule;

/**
 * TF-IDF of each term set against the others (natural's TfIdf: tf = count, idf = 1 + ln(N / (1 + df))).
 * The top `top` terms of each set, highest score first, ties by term so the order is stable.
 */
export function distinguishingTerms(sets: ReadonlyArray<Record<string, number>>, top: number): FamilyTerm[][] {
  const tfidf = new TfIdf();
  // natural accepts a ready term → count map as a document (it returns non-string, non-array input as is).
  for (const counts of sets) tfidf.addDocument(counts as unknown as Record<string, string>);
  return sets.map((_, d) =>
    tfidf
      .listTerms(d)
      .map((t) => ({ term: t.term, tf: t.tf, tfidf: round(t.tfidf) }))
      .sort((a, b) => b.tfidf - a.tfidf || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0))
      .slice(0, top),
  );
}

/** Six decimals: enough to rank, and stable across platforms' last-bit differences in Math.log. */
function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
