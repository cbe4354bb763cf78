/**
 * Synthetic dedup corpora with known families: each family is an original plan plus copies made the
 * way 范文 sites make them — paragraph drops, reorders, truncation, character edits, placeholder and
 * number swaps, and cuts that keep different parts. Unrelated plans are independent draws. The
 * generator records which family every unit belongs to, so pairwise F1 can be scored.
 */
import { EDIT_CHARS, planParagraph, planParagraphs } from './plan-text.js';
import { Rng } from './rng.js';

export interface SyntheticUnit {
  id: string;
  /** The family's id; a unit of its own has a family of one. */
  family: string;
  /** How the unit was made from its family's original ("original" for the first member). */
  ops: string[];
  text: string;
}

export interface CorpusOptions {
  units: number;
  seed: number;
  /** Characters per original plan (about 2 KB in UTF-8 at 680). */
  chars: number;
  /** Share of units that belong to no family. */
  singletonShare: number;
  /** Largest family. */
  maxFamily: number;
}

export const CORPUS_DEFAULTS: CorpusOptions = { units: 1000, seed: 42, chars: 680, singletonShare: 0.35, maxFamily: 8 };

/** A change made to a copy; `chars` is the family's plan length setting (CorpusOptions.chars). */
type Op = (p: string[], rng: Rng, chars: number) => string[];

/**
 * The copies' changes were designed on plans of REFERENCE_CHARS characters: 1–6 character edits and
 * 2–3 added paragraphs there. A shorter plan gets proportionally fewer (at least one), so a copy is
 * as lightly changed whatever the length — six typos in a 60-character truncated copy (one character
 * in ten) or a recut that is half another plan's text would be copies in name only.
 */
const REFERENCE_CHARS = 680;
const scaled = (n: number, chars: number): number => Math.max(1, Math.round((n * Math.min(chars, REFERENCE_CHARS)) / REFERENCE_CHARS));

/** Character edits: a few characters replaced, inserted or deleted. */
const edit: Op = (p, rng, chars) => {
  const out = [...p];
  for (let k = rng.int(1, scaled(6, chars)); k > 0; k--) {
    const i = rng.int(0, out.length - 1);
    const s = out[i] as string;
    const at = rng.int(0, Math.max(0, s.length - 1));
    const c = rng.pick([...EDIT_CHARS]);
    const kind = rng.int(0, 2);
    out[i] = kind === 0 ? s.slice(0, at) + c + s.slice(at + 1) : kind === 1 ? s.slice(0, at) + c + s.slice(at) : s.slice(0, at) + s.slice(at + 1);
  }
  return out;
};

/** Numbers swapped for other numbers or for the placeholders sites leave (xx, __, 20xx). */
const numbers: Op = (p, rng) =>
  p.map((s) => s.replace(/\d+/g, (d) => (rng.chance(0.5) ? d : rng.pick(['xx', '__', 'XX', String(rng.int(1, 999)), '*']))));

/** One or two body paragraphs dropped. */
const drop: Op = (p, rng) => {
  const out = [...p];
  for (let k = rng.int(1, 2); k > 0 && out.length > 4; k--) out.splice(rng.int(1, out.length - 1), 1);
  return out;
};

/** Two paragraphs swapped (a reorder: the same shingles, another order). */
const reorder: Op = (p, rng) => {
  const out = [...p];
  const i = rng.int(0, out.length - 1);
  const j = rng.int(0, out.length - 1);
  [out[i], out[j]] = [out[j] as string, out[i] as string];
  return out;
};

/** A truncated copy: the first 40–80 % of the paragraphs. */
const truncate: Op = (p, rng) => p.slice(0, Math.max(2, Math.round(p.length * (0.4 + rng.next() * 0.4))));

/** The later part only: the last 50–80 % of the paragraphs. */
const tail: Op = (p, rng) => p.slice(Math.min(p.length - 2, Math.round(p.length * (0.2 + rng.next() * 0.3))));

/** A cut that keeps the first 70 % and adds paragraphs of its own (overlap: each has parts the other lacks). */
const recut: Op = (p, rng, chars) => {
  const keep = p.slice(0, Math.round(p.length * 0.7));
  for (let k = rng.int(scaled(2, chars), scaled(3, chars)); k > 0; k--) keep.push(planParagraph(rng));
  return keep;
};

const OPS: Array<[string, Op]> = [
  ['edit', edit],
  ['numbers', numbers],
  ['drop', drop],
  ['reorder', reorder],
  ['truncate', truncate],
  ['tail', tail],
  ['recut', recut],
];

/** Generates the corpus, families laid out in random order (members of one family are not adjacent). */
export function generateCorpus(partial: Partial<CorpusOptions> = {}): SyntheticUnit[] {
  const o = { ...CORPUS_DEFAULTS, ...partial };
  const rng = new Rng(o.seed);
  const units: Omit<SyntheticUnit, 'id'>[] = [];
  let f = 0;
  while (units.length < o.units) {
    f++;
    const family = `f${f}`;
    const original = planParagraphs(rng, o.chars);
    const size = rng.chance(o.singletonShare) ? 1 : rng.int(2, o.maxFamily);
    units.push({ family, ops: ['original'], text: original.join('\n') });
    for (let m = 1; m < size && units.length < o.units; m++) {
      let p = original;
      const ops: string[] = [];
      // One structural change at most (two cuts of a cut may share nothing), plus light edits.
      const [name, op] = rng.pick(OPS);
      p = op(p, rng, o.chars);
      ops.push(name);
      if (name !== 'edit' && rng.chance(0.5)) {
        p = edit(p, rng, o.chars);
        ops.push('edit');
      }
      if (name !== 'numbers' && rng.chance(0.5)) {
        p = numbers(p, rng, o.chars);
        ops.push('numbers');
      }
      units.push({ family, ops, text: p.join('\n') });
    }
  }
  rng.shuffle(units);
  return units.map((u, i) => ({ id: `u${String(i + 1).padStart(6, '0')}`, ...u }));
}
