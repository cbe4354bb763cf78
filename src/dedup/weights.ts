/**
 * Boilerplate down-weighting by document frequency (DF) of SENTENCES. A sentence that stands in many
 * distinct units — the 指导思想 / 组织领导 / 保障措施 passages that unrelated plans repeat word for
 * word, a site's footer — says little about whether two units are copies of one plan. So every
 * sentence of the normalised text (numbers and placeholders already one symbol, punctuation and
 * spaces gone) is counted over the distinct units; one held by more than `boilerplateDf` units
 * weighs (boilerplateDf / df)², the others 1. A shingle weighs what the most informative sentence it
 * touches weighs, and every resemblance and containment is a weighted one (measure.ts).
 *
 * Why squared: boilerplate comes in passages — a stock paragraph is several sentences that travel
 * together, and a plan holds several stock paragraphs — so sharing them is one piece of evidence,
 * not one per sentence. Sixty short notices that are nine-tenths the same three stock paragraphs
 * (test/dedup/weights.test.ts) still look related at boilerplateDf / df; squared, the stock of a
 * sentence in 60 units weighs under 3 % and each notice's own sentence decides.
 *
 * Why sentences and not single shingles: plan prose is full of stock PHRASES (深入推进, 切实加强,
 * 确保各项任务按期完成) whose 5-grams stand in thousands of units; weighing those down would leave
 * each unit's measures to its few rare shingles, and a handful of typos (rare by nature) would then
 * outweigh a whole shared body. A sentence held by dozens of unrelated units is boilerplate; a phrase
 * inside a unit's own sentence is not. A family larger than `boilerplateDf` has all its sentences
 * weighted alike, which leaves its members' measures among themselves unchanged (and `minShared`
 * is counted in the pair's own heaviest weight, measure.ts).
 *
 * Weights are one byte per shingle (shingles.ts): code q ∈ [1, 255] stands for q / 255, so weighted
 * sums are exact integers and runs are reproducible. Copies with the same normalised text count once.
 * Out of core, the same counts are a `GROUP BY sentence` over the store.
 */
export const WEIGHT_ONE = 255;

/** Weight code of a sentence held by `df` distinct units: (boilerplateDf / df)², at least code 1. */
export function weightCode(df: number, boilerplateDf: number): number {
  if (df <= boilerplateDf) return WEIGHT_ONE;
  const r = boilerplateDf / df;
  return Math.max(1, Math.round(WEIGHT_ONE * r * r));
}

/**
 * Sentence document frequencies: an open-addressing table keyed by two independent 32-bit hashes of
 * the sentence (a collision of both is a 2^-64 event), growing as needed. A unit adds each of its
 * sentences once however often it repeats it (the table remembers the last unit that added a key).
 */
export class SentenceFrequencies {
  private k1 = new Uint32Array(1 << 16);
  private k2 = new Uint32Array(1 << 16);
  private counts = new Uint32Array(1 << 16);
  /** Last unit + 1 that added the key (0 = empty slot). */
  private last = new Int32Array(1 << 16);
  /** Where the sentence was first seen: unit, start and end in its normalised text. */
  private first = new Uint32Array(3 << 16);
  private size = 0;

  /** Adds one occurrence for `unit` (each unit counts once per sentence), found at [start, end). */
  add(unit: number, h1: number, h2: number, start: number, end: number): void {
    h1 >>>= 0;
    h2 >>>= 0;
    if ((this.size + 1) * 2 > this.k1.length) this.grow();
    const i = this.slot(h1, h2);
    if (this.last[i] === 0) {
      this.k1[i] = h1;
      this.k2[i] = h2;
      this.counts[i] = 1;
      this.last[i] = unit + 1;
      this.first[3 * i] = unit;
      this.first[3 * i + 1] = start;
      this.first[3 * i + 2] = end;
      this.size++;
    } else if (this.last[i] !== unit + 1) {
      this.counts[i] = (this.counts[i] as number) + 1;
      this.last[i] = unit + 1;
    }
  }

  /** Distinct units holding the sentence (0 when never added). */
  get(h1: number, h2: number): number {
    h1 >>>= 0;
    h2 >>>= 0;
    const i = this.slot(h1, h2);
    return this.last[i] === 0 ? 0 : (this.counts[i] as number);
  }

  /** Each sentence held by more than `df` units: its count and where it was first seen. */
  *above(df: number): Generator<{ count: number; unit: number; start: number; end: number }> {
    for (let i = 0; i < this.counts.length; i++) {
      if (this.last[i] === 0 || (this.counts[i] as number) <= df) continue;
      yield { count: this.counts[i] as number, unit: this.first[3 * i] as number, start: this.first[3 * i + 1] as number, end: this.first[3 * i + 2] as number };
    }
  }

  private slot(h1: number, h2: number): number {
    const mask = this.k1.length - 1;
    let i = (h1 ^ Math.imul(h2, 0x9e3779b1)) & mask;
    while (this.last[i] !== 0 && (this.k1[i] !== h1 || this.k2[i] !== h2)) i = (i + 1) & mask;
    return i;
  }

  private grow(): void {
    const { k1, k2, counts, last, first } = this;
    const size = k1.length * 2;
    this.k1 = new Uint32Array(size);
    this.k2 = new Uint32Array(size);
    this.counts = new Uint32Array(size);
    this.last = new Int32Array(size);
    this.first = new Uint32Array(3 * size);
    for (let i = 0; i < k1.length; i++) {
      if (last[i] === 0) continue;
      const j = this.slot(k1[i] as number, k2[i] as number);
      this.k1[j] = k1[i] as number;
      this.k2[j] = k2[i] as number;
      this.counts[j] = counts[i] as number;
      this.last[j] = last[i] as number;
      this.first.set(first.subarray(3 * i, 3 * i + 3), 3 * j);
    }
  }
}

/**
 * The shingles of boilerplate sentences, each with its weight code (the smallest, when it stands in
 * several): a shingle weighs this wherever it stands. So a copy that edits a stock sentence — which
 * makes that sentence unique — still weighs the untouched shingles of the sentence as boilerplate;
 * only the few shingles the edit touched are new. Keyed by shingle identity (shingles.ts).
 */
/** Whether the filter of a BoilerplateShingles may hold identity `id` (false: it surely does not). */
export function mayHold(filter: Uint8Array, id: number): boolean {
  const b = id >>> 3;
  return (((filter[b >>> 3] as number) >>> (b & 7)) & 1) === 1;
}

export class BoilerplateShingles {
  private keys = new Uint32Array(1 << 12);
  private codes = new Uint8Array(1 << 12);
  private size = 0;
  /**
   * A filter of the identities recorded: one bit per 8 identities (2^21 bits, 256 KB — it stays in
   * cache). A clear bit means "not recorded": most shingles of a corpus are in no boilerplate
   * sentence, and the bit answers them without probing the table.
   */
  readonly filter = new Uint8Array(1 << 18);

  get count(): number {
    return this.size;
  }

  /** Records `code` for the shingle of identity `id` (keeps the smaller code). */
  add(id: number, code: number): void {
    if ((this.size + 1) * 2 > this.keys.length) this.grow();
    const i = this.slot(id);
    if (this.keys[i] === 0) {
      this.keys[i] = id + 1;
      this.codes[i] = code;
      this.size++;
      const b = id >>> 3;
      this.filter[b >>> 3] = (this.filter[b >>> 3] as number) | (1 << (b & 7));
    } else if (code < (this.codes[i] as number)) this.codes[i] = code;
  }

  /** The code recorded for identity `id`, or WEIGHT_ONE when it is in no boilerplate sentence. */
  get(id: number): number {
    if (!mayHold(this.filter, id)) return WEIGHT_ONE;
    const i = this.slot(id);
    return this.keys[i] === 0 ? WEIGHT_ONE : (this.codes[i] as number);
  }

  private slot(id: number): number {
    const mask = this.keys.length - 1;
    let i = Math.imul(id, 0x9e3779b1) >>> 0 & mask;
    while (this.keys[i] !== 0 && this.keys[i] !== id + 1) i = (i + 1) & mask;
    return i;
  }

  private grow(): void {
    const { keys, codes } = this;
    this.keys = new Uint32Array(keys.length * 2);
    this.codes = new Uint8Array(keys.length * 2);
    for (let i = 0; i < keys.length; i++) {
      if (keys[i] === 0) continue;
      const j = this.slot((keys[i] as number) - 1);
      this.keys[j] = keys[i] as number;
      this.codes[j] = codes[i] as number;
    }
  }
}
