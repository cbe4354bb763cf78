import { hashRange } from './hash.js';
import { normaliseForShingles } from './normalise.js';
import type { DedupOptions } from './options.js';
import { ShinglePool } from './pool.js';
import { Scratch } from './scratch.js';
import { CODE_BITS as BITS, shingleSet } from './shingles.js';
import type { DedupUnit } from './types.js';
import { BoilerplateShingles, SentenceFrequencies, WEIGHT_ONE as ONE, weightCode } from './weights.js';

/** Units after collapsing copies: only distinct normalised texts are compared with each other. */
export interface Collapsed {
  /** For each unit, its distinct index, or -1 when it has no shingles (empty or punctuation only). */
  distinctOf: Int32Array;
  /** For each distinct index, the first unit that has that normalised text. */
  representative: number[];
  /** For each distinct index, the sorted weighted shingle entries (views into the pool's chunks). */
  sets: Uint32Array[];
  /** Distinct sentences held by more than `boilerplateDf` distinct units. */
  boilerplateSentences: number;
  /** Share of all shingle entries that weigh less than 1. */
  boilerplateShare: number;
}

function equalArrays(a: Uint16Array, b: Uint16Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Seeds of the two sentence hashes and of the second text hash (any fixed odd constants). */
const SENTENCE_SEED_1 = 0x3c6ef372;
const SENTENCE_SEED_2 = 0xa54ff53a;
const TEXT_SEED_2 = 0x9e3779b9;

/** Collapse key: two 32-bit hashes of the normalised text and its length folded into one safe integer. */
function textKey(norm: Uint16Array, seed: number): number {
  return hashRange(norm, 0, norm.length, seed) * 0x200000 + ((hashRange(norm, 0, norm.length, seed ^ TEXT_SEED_2) ^ norm.length) & 0x1fffff);
}

// Module-local copies: read once per shingle.
const CODE_BITS = BITS;
const CODE_MASK = (1 << CODE_BITS) - 1;
const WEIGHT_ONE = ONE;

/**
 * The shingles inside each boilerplate sentence (held by more than `boilerplateDf` distinct units),
 * each with the sentence's weight code — read from the sentence's first occurrence, so only the
 * units that first showed a boilerplate sentence are normalised again.
 */
function boilerplateShingles(
  units: readonly DedupUnit[],
  frequencies: SentenceFrequencies,
  o: DedupOptions,
  scratch: Scratch,
): BoilerplateShingles & { sentences: number } {
  const table = Object.assign(new BoilerplateShingles(), { sentences: 0 });
  const byUnit = new Map<number, Array<{ start: number; end: number; code: number }>>();
  for (const s of frequencies.above(o.boilerplateDf)) {
    table.sentences++;
    const list = byUnit.get(s.unit) ?? [];
    list.push({ start: s.start, end: s.end, code: weightCode(s.count, o.boilerplateDf) });
    byUnit.set(s.unit, list);
  }
  const own = new Scratch();
  for (const [u, sentences] of byUnit) {
    const norm = normaliseForShingles((units[u] as DedupUnit).text, 0, undefined, scratch).slice();
    for (const { start, end, code } of sentences) {
      if (end - start < o.shingleSize) continue; // no shingle lies wholly inside it
      for (const entry of shingleSet(norm.subarray(start, end), o.shingleSize, o.seed, own)) table.add(entry >>> CODE_BITS, code);
    }
  }
  return table;
}

/** Calls `visit(start, end)` for each sentence of a normalised text, given its sentence breaks. */
function forEachSentence(length: number, breaks: number[], visit: (start: number, end: number) => void): void {
  let start = 0;
  for (const b of breaks) {
    if (b > start) visit(start, b);
    start = b;
  }
  if (length > start) visit(start, length);
}

/**
 * Normalises and shingles every unit, grouping units whose normalised text is the same (exact hash,
 * confirmed by comparison) so that a thousand copies of one page cost one unit downstream — the
 * group is later reported as a star of pairs around its first member, never as n² pairs.
 *
 * Two passes over the texts: the first counts every sentence's document frequency over the distinct
 * normalised texts (weights.ts), the second shingles each distinct text with the weight of the
 * sentences each shingle touches. Normalising twice costs less than keeping every normalised text.
 * All shingle sets live in a ShinglePool (a few large chunks), not one array per unit.
 */
export function collapseUnits(units: readonly DedupUnit[], o: DedupOptions): Collapsed {
  const scratch = new Scratch();
  const breaks: number[] = [];

  // Pass 1: sentence document frequencies (each distinct text once).
  const frequencies = new SentenceFrequencies();
  const counted = new Set<number>();
  for (let u = 0; u < units.length; u++) {
    breaks.length = 0;
    const norm = normaliseForShingles((units[u] as DedupUnit).text, 0, undefined, scratch, breaks);
    if (norm.length === 0) continue;
    const key = textKey(norm, o.seed);
    if (counted.has(key)) continue;
    counted.add(key);
    forEachSentence(norm.length, breaks, (s, e) => {
      frequencies.add(u, hashRange(norm, s, e, o.seed ^ SENTENCE_SEED_1), hashRange(norm, s, e, o.seed ^ SENTENCE_SEED_2), s, e);
    });
  }
  counted.clear();
  const boilerplate = boilerplateShingles(units, frequencies, o, scratch);

  // Pass 2: collapse copies and shingle each distinct text with its sentence weights.
  const distinctOf = new Int32Array(units.length).fill(-1);
  const representative: number[] = [];
  const pool = new ShinglePool();
  const byKey = new Map<number, number[]>();
  const other = new Scratch();
  let charCodes = new Uint8Array(1024);
  let entries = 0;
  let light = 0;
  for (let u = 0; u < units.length; u++) {
    breaks.length = 0;
    const norm = normaliseForShingles((units[u] as DedupUnit).text, 0, undefined, scratch, breaks);
    if (norm.length === 0) continue;
    const key = textKey(norm, o.seed);
    const seen = byKey.get(key);
    let found = -1;
    if (seen !== undefined) {
      for (const d of seen) {
        const text = (units[representative[d] as number] as DedupUnit).text;
        if (equalArrays(norm, normaliseForShingles(text, 0, text.length, other))) {
          found = d;
          break;
        }
      }
    }
    if (found >= 0) {
      distinctOf[u] = found;
      continue;
    }
    const d = representative.length;
    representative.push(u);
    if (charCodes.length < norm.length) charCodes = new Uint8Array(norm.length * 2);
    let weighted = false;
    forEachSentence(norm.length, breaks, (s, e) => {
      const df = frequencies.get(hashRange(norm, s, e, o.seed ^ SENTENCE_SEED_1), hashRange(norm, s, e, o.seed ^ SENTENCE_SEED_2));
      const code = weightCode(df, o.boilerplateDf);
      if (code !== WEIGHT_ONE) weighted = true;
      charCodes.fill(code, s, e);
    });
    const set = shingleSet(norm, o.shingleSize, o.seed, scratch, weighted ? charCodes : undefined);
    if (boilerplate.count > 0) {
      for (let i = 0; i < set.length; i++) {
        const entry = set[i] as number;
        const code = boilerplate.get(entry >>> CODE_BITS);
        if (code < (entry & CODE_MASK)) {
          set[i] = ((entry & ~CODE_MASK) | code) >>> 0;
          weighted = true;
        }
      }
    }
    entries += set.length;
    if (weighted) for (let i = 0; i < set.length; i++) if (((set[i] as number) & CODE_MASK) !== WEIGHT_ONE) light++;
    pool.add(set);
    distinctOf[u] = d;
    if (seen === undefined) byKey.set(key, [d]);
    else seen.push(d);
  }
  return {
    distinctOf,
    representative,
    sets: pool.sets(),
    boilerplateSentences: boilerplate.sentences,
    boilerplateShare: entries === 0 ? 0 : light / entries,
  };
}
