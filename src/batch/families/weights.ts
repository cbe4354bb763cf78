import { weighted, type WeightedSet } from '../../dedup/measure.js';
import { normaliseForShingles } from '../../dedup/normalise.js';
import type { DedupOptions } from '../../dedup/options.js';
import { Scratch } from '../../dedup/scratch.js';
import { CODE_BITS, shingleSet } from '../../dedup/shingles.js';
import { BoilerplateShingles, WEIGHT_ONE, weightCode } from '../../dedup/weights.js';
import type { SqlConnection } from '../../store/connection.js';
import { forEachSentence } from '../unit-features.js';
import { unitTexts } from './texts.js';

const CODE_MASK = (1 << CODE_BITS) - 1;

/**
 * The boilerplate weighting of findDuplicates (dedup/weights.ts), with the document frequencies
 * counted in the store: a sentence held by more than `boilerplateDf` distinct texts weighs
 * (boilerplateDf / df)², and the shingles of such a sentence weigh that wherever they stand. Only
 * the boilerplate sentences are held (their keys and codes, and their shingles from each one's first
 * text in corpus order, as findDuplicates reads them) — not the corpus's sentences.
 */
export class StoreWeights {
  private readonly scratch = new Scratch();
  private charCodes = new Uint8Array(1024);

  private constructor(
    private readonly o: DedupOptions,
    /** Boilerplate sentence key → weight code. */
    private readonly codes: Map<number, number>,
    private readonly shingles: BoilerplateShingles,
  ) {}

  /** Sentences held by more than boilerplateDf distinct texts (fam_sentences), and their shingles. */
  static async load(sql: SqlConnection, o: DedupOptions, skipTitle: boolean): Promise<StoreWeights> {
    const codes = new Map<number, number>();
    const byFirst = new Map<number, Map<number, number>>();
    const rows = await sql.all<{ key: number; df: number; first: number }>(
      `SELECT f.key AS "key", f.df AS "df", min(u.ord) AS "first"
       FROM fam_sentences f JOIN unit_sentences s ON s.sentence_key = f.key JOIN fam_units u ON u.variant = s.variant AND u.rep = u.ord
       WHERE f.df > ? GROUP BY f.key, f.df`,
      [o.boilerplateDf],
    );
    for (const r of rows) {
      const code = weightCode(Number(r.df), o.boilerplateDf);
      const key = Number(r.key);
      codes.set(key, code);
      const first = Number(r.first);
      let m = byFirst.get(first);
      if (m === undefined) byFirst.set(first, (m = new Map<number, number>()));
      m.set(key, code);
    }
    const table = new BoilerplateShingles();
    const scratch = new Scratch();
    const own = new Scratch();
    const breaks: number[] = [];
    await unitTexts(sql, [...byFirst.keys()], skipTitle, (ord, text) => {
      const wanted = byFirst.get(ord) as Map<number, number>;
      breaks.length = 0;
      const norm = normaliseForShingles(text, 0, text.length, scratch, breaks);
      forEachSentence(norm, breaks, o.seed, (key, start, end) => {
        const code = wanted.get(key);
        if (code === undefined) return;
        wanted.delete(key); // its first occurrence in the text, as findDuplicates records it
        if (end - start < o.shingleSize) return; // no shingle lies wholly inside it
        for (const entry of shingleSet(norm.subarray(start, end), o.shingleSize, o.seed, own)) table.add(entry >>> CODE_BITS, code);
      });
    });
    return new StoreWeights(o, codes, table);
  }

  /** Boilerplate sentences (for the summary). */
  get sentences(): number {
    return this.codes.size;
  }

  /** The weighted shingle set of a unit text, as findDuplicates weighs it (collapse.ts, pass 2). */
  weigh(text: string): WeightedSet {
    const o = this.o;
    const breaks: number[] = [];
    const norm = normaliseForShingles(text, 0, text.length, this.scratch, breaks);
    if (this.charCodes.length < norm.length) this.charCodes = new Uint8Array(norm.length * 2);
    const charCodes = this.charCodes;
    let light = false;
    let s = 0;
    if (this.codes.size > 0) {
      forEachSentence(norm, breaks, o.seed, (key, start, end) => {
        const code = this.codes.get(key) ?? WEIGHT_ONE;
        if (code !== WEIGHT_ONE) light = true;
        charCodes.fill(code, start, end);
        s = end;
      });
    }
    if (s < norm.length) charCodes.fill(WEIGHT_ONE, s, norm.length);
    const set = shingleSet(norm, o.shingleSize, o.seed, this.scratch, light ? charCodes : undefined).slice();
    if (this.shingles.count > 0) {
      for (let i = 0; i < set.length; i++) {
        const entry = set[i] as number;
        if ((entry & CODE_MASK) !== WEIGHT_ONE) continue;
        const code = this.shingles.get(entry >>> CODE_BITS);
        if (code < WEIGHT_ONE) set[i] = ((entry & ~CODE_MASK) | code) >>> 0;
      }
    }
    return weighted(set);
  }
}
