import { IdentitySet } from './identity-set.js';
import type { DedupOptions } from './options.js';
import { forEachParagraph } from './paragraphs.js';
import type { Scratch } from './scratch.js';

/**
 * Share of `text`'s shingles that lie in its paragraphs found whole in `other` — a paragraph counts
 * when at least `contained` of its shingles are there (paragraphs: non-blank lines, paragraphs.ts).
 */
export function wholeParagraphShare(text: string, other: IdentitySet, o: DedupOptions, scratch: Scratch): number {
  let total = 0;
  let whole = 0;
  forEachParagraph(text, o, scratch, (_index, set) => {
    total += set.length;
    if (other.countIn(set) >= o.contained * set.length) whole += set.length;
  });
  return total === 0 ? 0 : whole / total;
}

/**
 * Whether two overlapping units are two cuts (or two versions) of one text: each holds at least
 * `overlap` of the other as WHOLE paragraphs. Cuts and revisions share paragraphs outright — the
 * seed's 篇1 keeps the opening and 篇2 the later sections, a revised regulation rewrites some
 * articles and keeps the rest word for word — while two texts made from one template (two holiday
 * notices of one office, two cities' regulations on the same matter) share phrasing spread over
 * paragraphs that each differ, and so share few paragraphs whole however alike their shingles are.
 * Only such a mutual overlap may link a family (cluster.ts).
 */
export function isCutOfOneText(textA: string, setA: Uint32Array, textB: string, setB: Uint32Array, o: DedupOptions, scratch: Scratch): boolean {
  const ids = new IdentitySet();
  if (wholeParagraphShare(textA, ids.load(setB), o, scratch) < o.overlap) return false;
  return wholeParagraphShare(textB, ids.load(setA), o, scratch) >= o.overlap;
}
