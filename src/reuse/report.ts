import { usageError } from '../core/errors.js';
import { resolveReuseOptions, type ReuseOptions } from './options.js';
import { distinguishingTerms } from './tfidf.js';
import type {
  DocumentReuse,
  FamilyReport,
  PassageOccurrence,
  RecurringPassage,
  ReuseFamily,
  ReuseInput,
  ReuseReport,
} from './types.js';

interface KeyStats {
  kind: PassageOccurrence['kind'];
  key: number;
  chars: number;
  first: { doc: number; occurrence: PassageOccurrence };
  text: string | undefined;
  docs: number[];
  occurrences: number;
  /** Occurs in enough documents to be reported. */
  recurring: boolean;
}

/** Per kind, keyed by the numeric passage key (no string built per occurrence: there are millions). */
type KeyTable = Record<PassageOccurrence['kind'], Map<number, KeyStats>>;

/**
 * Passage-level reuse across a corpus: which sentences and paragraphs recur in more than one
 * document, how much of each document is found elsewhere (its boilerplate ratio), and the dedup
 * families with the terms that set each apart.
 */
export function reuseReport(input: ReuseInput, options: Partial<ReuseOptions> = {}): ReuseReport {
  const o = resolveReuseOptions(options);
  const stats = collectKeys(input);

  const ranked: Array<{ passage: RecurringPassage; firstDoc: number }> = [];
  for (const s of [...stats.sentence.values(), ...stats.paragraph.values()]) {
    if (s.docs.length < o.minDocuments || s.chars < o.minPassageChars) continue;
    s.recurring = true;
    const passage: RecurringPassage = {
      kind: s.kind,
      key: s.key,
      text: s.text ?? '',
      chars: s.chars,
      documents: s.docs.length,
      occurrences: s.occurrences,
      firstSeen: { path: (input.documents[s.first.doc] as ReuseInput['documents'][number]).path, variant: s.first.occurrence.variant, line: s.first.occurrence.line },
      paths: s.docs.map((d) => (input.documents[d] as ReuseInput['documents'][number]).path),
    };
    ranked.push({ passage, firstDoc: s.first.doc });
  }
  ranked.sort(
    ({ passage: a, firstDoc: fa }, { passage: b, firstDoc: fb }) =>
      b.documents - a.documents ||
      b.chars - a.chars ||
      fa - fb ||
      a.firstSeen.line - b.firstSeen.line ||
      (a.kind === b.kind ? 0 : a.kind === 'paragraph' ? -1 : 1) ||
      a.key - b.key,
  );
  const passages = ranked.map((r) => r.passage);

  // Boilerplate: sentences tile a document's text, so counting sentence characters never counts twice.
  const documents: DocumentReuse[] = input.documents.map((d) => {
    let reusedChars = 0;
    for (const p of d.passages) if (p.kind === 'sentence' && stats.sentence.get(p.key)?.recurring === true) reusedChars += p.normChars;
    return { path: d.path, chars: d.normChars, reusedChars, boilerplate: ratio(reusedChars, d.normChars) };
  });

  const families = familyReports(input.families, o);
  const sizes = new Map<number, number>();
  for (const f of input.families) sizes.set(f.size, (sizes.get(f.size) ?? 0) + 1);

  const chars = documents.reduce((n, d) => n + d.chars, 0);
  const reusedChars = documents.reduce((n, d) => n + d.reusedChars, 0);
  const ratios = documents.map((d) => d.boilerplate).sort((a, b) => a - b);
  return {
    summary: {
      documents: documents.length,
      chars,
      reusedChars,
      boilerplate: ratio(reusedChars, chars),
      meanBoilerplate: ratios.length === 0 ? 0 : round(ratios.reduce((a, b) => a + b, 0) / ratios.length),
      medianBoilerplate: median(ratios),
      recurringSentences: passages.filter((p) => p.kind === 'sentence').length,
      recurringParagraphs: passages.filter((p) => p.kind === 'paragraph').length,
      families: input.families.length,
      reportedFamilies: families.length,
      largestFamily: input.families.reduce((m, f) => Math.max(m, f.size), 0),
    },
    passages,
    documents,
    families,
    familySizes: [...sizes.entries()].sort((a, b) => a[0] - b[0]).map(([size, n]) => ({ size, families: n })),
    options: o,
  };
}

function collectKeys(input: ReuseInput): KeyTable {
  const stats: KeyTable = { sentence: new Map(), paragraph: new Map() };
  input.documents.forEach((doc, d) => {
    for (const p of doc.passages) {
      const table = stats[p.kind];
      let s = table.get(p.key);
      if (s === undefined) {
        s = { kind: p.kind, key: p.key, chars: p.normChars, first: { doc: d, occurrence: p }, text: p.text, docs: [], occurrences: 0, recurring: false };
        table.set(p.key, s);
      } else if (d === s.first.doc && p.line < s.first.occurrence.line) {
        s.first = { doc: d, occurrence: p };
        if (p.text !== undefined) s.text = p.text;
      }
      s.text ??= p.text;
      if (s.docs[s.docs.length - 1] !== d) s.docs.push(d);
      s.occurrences++;
    }
  });
  return stats;
}

function familyReports(all: readonly ReuseFamily[], o: ReuseOptions): FamilyReport[] {
  const chosen = all
    .map((f, i) => ({ f, i }))
    .filter(({ f }) => f.size >= o.minFamilySize)
    .sort((a, b) => b.f.size - a.f.size || a.i - b.i)
    .slice(0, o.maxFamilies)
    .map(({ f }) => f);
  for (const f of chosen) {
    if (f.members.length !== f.size) throw usageError('family-size-mismatch', { family: f.id, size: f.size, members: f.members.length });
  }
  const termSets = chosen.map((f) => {
    const sum: Record<string, number> = {};
    for (const m of f.members) for (const [t, n] of Object.entries(m.terms)) if (t.length >= o.minTermChars) sum[t] = (sum[t] ?? 0) + n;
    return sum;
  });
  const terms = distinguishingTerms(termSets, o.topTerms);
  return chosen.map((f, i) => ({
    id: f.id,
    size: f.size,
    documents: new Set(f.members.map((m) => m.path)).size,
    canonical: f.canonical,
    members: f.members.map((m) => m.id),
    terms: terms[i] ?? [],
  }));
}

function ratio(part: number, whole: number): number {
  return whole === 0 ? 0 : round(part / whole);
}

function median(sorted: number[]): number {
  if (sorted.length === 0) return 0;
  const mid = sorted.length >> 1;
  return round(sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2);
}

/** Ratios to six decimals so JSON and CSV outputs are stable. */
function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
