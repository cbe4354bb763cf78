import { groupByKey } from '../../core/group-by-key.js';
import type { SqlConnection } from '../../store/connection.js';

/** Representatives read per query while loading the postings. */
const LOAD_UNITS = 5000;

/**
 * Bytes the postings take per entry (one representative holding one informative sentence: its ord
 * and sentence index while loading, then the two grouped lists), per sentence (its key in a Map and
 * its offset) and per unit (offset, sentence count, counter) — what `load` compares with its budget
 * before reading anything.
 */
const BYTES_PER_ENTRY = 16;
const BYTES_PER_SENTENCE = 64;
const BYTES_PER_UNIT = 12;

/**
 * The shared-sentence candidate index held in memory: for every sentence held by two to
 * `maxPosting` distinct texts (fam_sentences), the representatives holding it in ord order, and for
 * every representative those sentences and its count of informative sentences (fam_units.sentences).
 * It answers the query candidates.ts otherwise sends to the store per batch — the same pairs, the
 * same counts — without the store's join and `GROUP BY` over every (unit, sentence, unit) triple,
 * which was most of the family phase on a news corpus. Loaded only when it fits its budget; above
 * it the store's query is used.
 */
export class SentencePostings {
  private constructor(
    /** Representative ord → its informative sentence count (0 for other units). */
    private readonly sentences: Int32Array,
    /** Representative ord → [unitStart[ord], unitStart[ord + 1]) in unitSentence. */
    private readonly unitStart: Uint32Array,
    private readonly unitSentence: Uint32Array,
    /** Sentence index → [sentenceStart[s], sentenceStart[s + 1]) in sentenceUnit, ords ascending. */
    private readonly sentenceStart: Uint32Array,
    private readonly sentenceUnit: Uint32Array,
    /** Per-pair counters, zero between calls. */
    private readonly shared: Uint32Array,
  ) {}

  /** The postings of the representatives in the store (after buildCandidateTables), or null when they would take more than `budgetBytes`. */
  static async load(sql: SqlConnection, units: number, maxPosting: number, budgetBytes: number): Promise<SentencePostings | null> {
    const size = await sql.get<{ entries: number | null; sentences: number }>('SELECT sum(df) AS "entries", count(*) AS "sentences" FROM fam_sentences WHERE df <= ?', [maxPosting]);
    const entries = Number(size?.entries ?? 0);
    const nSentences = Number(size?.sentences ?? 0);
    if (entries * BYTES_PER_ENTRY + nSentences * BYTES_PER_SENTENCE + units * BYTES_PER_UNIT > budgetBytes) return null;

    const sentences = new Int32Array(units);
    for (let lo = 0; lo < units; lo += LOAD_UNITS) {
      for (const r of await sql.all<{ ord: number; sentences: number }>('SELECT ord, sentences FROM fam_units WHERE ord >= ? AND ord < ? AND rep = ord', [lo, lo + LOAD_UNITS])) {
        sentences[Number(r.ord)] = Number(r.sentences);
      }
    }
    // df counts the representatives holding a sentence, so `entries` rows are read — checked below.
    const rowUnit = new Uint32Array(entries);
    const rowSentence = new Uint32Array(entries);
    const index = new Map<number, number>();
    let n = 0;
    for (let lo = 0; lo < units; lo += LOAD_UNITS) {
      const rows = await sql.all<{ ord: number; key: number }>(
        `SELECT u.ord AS "ord", s.sentence_key AS "key"
         FROM fam_units u JOIN unit_sentences s ON s.variant = u.variant JOIN fam_sentences f ON f.key = s.sentence_key
         WHERE u.ord >= ? AND u.ord < ? AND u.rep = u.ord AND f.df <= ?`,
        [lo, lo + LOAD_UNITS, maxPosting],
      );
      if (n + rows.length > entries) throw new Error('sentence postings: more rows than fam_sentences counts');
      for (const r of rows) {
        const key = Number(r.key);
        let s = index.get(key);
        if (s === undefined) index.set(key, (s = index.size));
        rowUnit[n] = Number(r.ord);
        rowSentence[n] = s;
        n++;
      }
    }
    if (n !== entries) throw new Error('sentence postings: fewer rows than fam_sentences counts');
    const [unitStart, unitSentence] = groupBy(rowUnit, rowSentence, units);
    const [sentenceStart, sentenceUnit] = groupBy(rowSentence, rowUnit, index.size);
    return new SentencePostings(sentences, unitStart, unitSentence, sentenceStart, sentenceUnit, new Uint32Array(units));
  }

  /**
   * For every representative a in [lo, hi) and every later representative b sharing informative
   * sentences with it whose estimate (sharedEstimate) reaches `minEstimate`: `visit(a, b, estimate)`.
   * The estimate is checked here, before any call: nearly all pairs sharing a sentence fall short.
   */
  forEachSharing(lo: number, hi: number, minEstimate: number, visit: (a: number, b: number, estimate: number) => void): void {
    const { unitStart, unitSentence, sentenceStart, sentenceUnit, shared, sentences } = this;
    const touched: number[] = [];
    const end = Math.min(hi, sentences.length);
    for (let a = Math.max(0, lo); a < end; a++) {
      touched.length = 0;
      for (let i = unitStart[a] as number; i < (unitStart[a + 1] as number); i++) {
        const s = unitSentence[i] as number;
        const stop = sentenceStart[s + 1] as number;
        // Ords ascending: skip to the first one after a.
        for (let j = firstAbove(sentenceUnit, sentenceStart[s] as number, stop, a); j < stop; j++) {
          const b = sentenceUnit[j] as number;
          if (shared[b] === 0) touched.push(b);
          shared[b] = (shared[b] as number) + 1;
        }
      }
      const na = sentences[a] as number;
      for (const b of touched) {
        const estimate = sharedEstimate(shared[b] as number, na, sentences[b] as number);
        if (estimate >= minEstimate) visit(a, b, estimate);
        shared[b] = 0;
      }
    }
  }
}

/**
 * How related two texts sharing `shared` informative sentences look: shared / the smaller one's
 * informative sentence count (it finds truncated copies, whose resemblance is low).
 */
export function sharedEstimate(shared: number, na: number, nb: number): number {
  return shared / Math.max(1, Math.min(na, nb));
}

/** The first index in [from, to) of ascending `list` whose value is greater than `value`. */
function firstAbove(list: Uint32Array, from: number, to: number, value: number): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((list[mid] as number) <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Counting sort of the pairs (key[i], value[i]) by key into offsets (length groups + 1) and values;
 * within a key the values keep their input order, sorted ascending afterwards.
 */
function groupBy(key: Uint32Array, value: Uint32Array, groups: number): [Uint32Array, Uint32Array] {
  const { start, items: out } = groupByKey(key, groups, value);
  for (let g = 0; g < groups; g++) {
    const s = start[g] as number;
    const e = start[g + 1] as number;
    if (e - s > 1) out.subarray(s, e).sort();
  }
  return [start, out];
}
