import { hashRange2 } from './hash.js';
import { normaliseForShingles } from './normalise.js';
import type { DedupOptions } from './options.js';
import { PairTable } from './pair-table.js';
import { ShinglePool } from './pool.js';
import { Scratch } from './scratch.js';
import { CODE_BITS as BITS, shingleSet } from './shingles.js';
import type { DedupUnit } from './types.js';
import { BoilerplateShingles, mayHold, SentenceFrequencies, WEIGHT_ONE as ONE, weightCode } from './weights.js';

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

/** Seeds of the sentence hashes and the text hashes (any fixed odd constants; a store keys sentences alike). */
export const SENTENCE_SEED_1 = 0x3c6ef372;
export const SENTENCE_SEED_2 = 0xa54ff53a;
const TEXT_SEED_2 = 0x9e3779b9;

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

/** A growable Uint32Array (the sentences every distinct text showed in the first pass). */
class U32List {
  data = new Uint32Array(1 << 12);
  length = 0;
  push(v: number): void {
    if (this.length === this.data.length) {
      const grown = new Uint32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = v;
  }
}

/**
 * Normalises and shingles every unit, grouping units whose normalised text is the same (a 64-bit
 * hash, confirmed by comparison) so that a thousand copies of one page cost one unit downstream —
 * the group is later reported as a star of pairs around its first member, never as n² pairs.
 *
 * Two passes: the first normalises every unit, keys its text and counts the document frequency of
 * each sentence of each new text (weights.ts), keeping the sentences' hashes and ends; the second
 * normalises each distinct text again and shingles it with the weight of the sentences each
 * shingle touches. Normalising twice costs less than keeping every normalised text. All shingle
 * sets live in a ShinglePool (a few large chunks), not one array per unit.
 */
export function collapseUnits(units: readonly DedupUnit[], o: DedupOptions): Collapsed {
  const n = units.length;
  const scratch = new Scratch();
  const breaks: number[] = [];
  const h = new Uint32Array(2);

  // Pass 1: text keys, and sentence document frequencies (each distinct text once).
  const key1 = new Uint32Array(n);
  const key2 = new Uint32Array(n);
  const hasText = new Uint8Array(n);
  const frequencies = new SentenceFrequencies();
  const counted = new PairTable();
  // Per unit counted: its sentences' two hashes and ends, from sentenceStart[u].
  const sentenceStart = new Int32Array(n + 1);
  const sh1 = new U32List();
  const sh2 = new U32List();
  const sEnd = new U32List();
  for (let u = 0; u < n; u++) {
    sentenceStart[u] = sh1.length;
    breaks.length = 0;
    const norm = normaliseForShingles((units[u] as DedupUnit).text, 0, undefined, scratch, breaks);
    if (norm.length === 0) continue;
    hasText[u] = 1;
    hashRange2(norm, 0, norm.length, o.seed, o.seed ^ TEXT_SEED_2, h);
    key1[u] = h[0] as number;
    key2[u] = h[1] as number;
    if (counted.get(key1[u] as number, key2[u] as number) >= 0) continue;
    counted.set(key1[u] as number, key2[u] as number, u);
    let s = 0;
    for (let b = 0; b <= breaks.length; b++) {
      const e = b < breaks.length ? (breaks[b] as number) : norm.length;
      if (e <= s) continue;
      hashRange2(norm, s, e, o.seed ^ SENTENCE_SEED_1, o.seed ^ SENTENCE_SEED_2, h);
      frequencies.add(u, h[0] as number, h[1] as number, s, e);
      sh1.push(h[0] as number);
      sh2.push(h[1] as number);
      sEnd.push(e);
      s = e;
    }
  }
  sentenceStart[n] = sh1.length;
  const boilerplate = boilerplateShingles(units, frequencies, o, scratch);
  const filter = boilerplate.filter;
  const anyBoilerplate = boilerplate.count > 0;

  // Pass 2: collapse copies and shingle each distinct text with its sentence weights.
  const distinctOf = new Int32Array(n).fill(-1);
  const representative: number[] = [];
  const pool = new ShinglePool();
  const byKey = new PairTable();
  // Distinct texts after the first one with the same key (a 64-bit collision: practically never).
  const more = new Map<string, number[]>();
  const other = new Scratch();
  let charCodes = new Uint8Array(1024);
  let entries = 0;
  let light = 0;
  for (let u = 0; u < n; u++) {
    if (hasText[u] === 0) continue;
    const k1 = key1[u] as number;
    const k2 = key2[u] as number;
    const first = byKey.get(k1, k2);
    if (first >= 0) {
      // Same key: the same normalised text, unless the hashes collide — compare to be sure.
      const text = (units[u] as DedupUnit).text;
      const norm = normaliseForShingles(text, 0, text.length, scratch);
      let found = -1;
      for (const d of [first, ...(more.get(`${k1}:${k2}`) ?? [])]) {
        const rep = (units[representative[d] as number] as DedupUnit).text;
        if (equalArrays(norm, normaliseForShingles(rep, 0, rep.length, other))) {
          found = d;
          break;
        }
      }
      if (found >= 0) {
        distinctOf[u] = found;
        continue;
      }
    }
    const d = representative.length;
    representative.push(u);
    const norm = normaliseForShingles((units[u] as DedupUnit).text, 0, undefined, scratch);
    if (charCodes.length < norm.length) charCodes = new Uint8Array(norm.length * 2);
    // Sentence weights, from the hashes the first pass kept (a colliding text shows none: it is
    // weighed from its shingles alone, below).
    let weighted = false;
    let s = 0;
    for (let k = sentenceStart[u] as number; k < (sentenceStart[u + 1] as number); k++) {
      const e = sEnd.data[k] as number;
      const code = weightCode(frequencies.get(sh1.data[k] as number, sh2.data[k] as number), o.boilerplateDf);
      if (code !== WEIGHT_ONE) weighted = true;
      charCodes.fill(code, s, e);
      s = e;
    }
    if (s < norm.length) charCodes.fill(WEIGHT_ONE, s, norm.length);
    const set = shingleSet(norm, o.shingleSize, o.seed, scratch, weighted ? charCodes : undefined);
    // Shingles of boilerplate sentences weigh as boilerplate wherever they stand (an edited copy).
    // Only full-weight entries can weigh less; the filter bit answers most of them from cache.
    if (anyBoilerplate) {
      for (let i = 0; i < set.length; i++) {
        const entry = set[i] as number;
        if ((entry & CODE_MASK) !== WEIGHT_ONE) continue;
        const id = entry >>> CODE_BITS;
        if (!mayHold(filter, id)) continue;
        const code = boilerplate.get(id);
        if (code < WEIGHT_ONE) set[i] = ((entry & ~CODE_MASK) | code) >>> 0;
      }
    }
    entries += set.length;
    for (let i = 0; i < set.length; i++) if (((set[i] as number) & CODE_MASK) !== WEIGHT_ONE) light++;
    pool.add(set);
    distinctOf[u] = d;
    if (first < 0) byKey.set(k1, k2, d);
    else more.set(`${k1}:${k2}`, [...(more.get(`${k1}:${k2}`) ?? []), d]);
  }
  return {
    distinctOf,
    representative,
    sets: pool.sets(),
    boilerplateSentences: boilerplate.sentences,
    boilerplateShare: entries === 0 ? 0 : light / entries,
  };
}
