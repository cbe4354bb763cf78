import { normaliseForShingles } from './normalise.js';
import type { DedupOptions } from './options.js';
import type { Scratch } from './scratch.js';
import type { IdentitySet } from './identity-set.js';
import { shingleSet } from './shingles.js';

/** A paragraph's shingle set, with its 0-based index among the non-blank lines. */
export interface ParagraphSet {
  index: number;
  set: Uint32Array;
}

/**
 * Calls `visit` with each paragraph (non-blank line) of `text` and its shingle set — a view into
 * `scratch`, valid during the call only. Lines whose normalised text is shorter than one shingle (a
 * lone number, a three-character heading) are too short to judge and are skipped (their index counts).
 */
export function forEachParagraph(text: string, o: DedupOptions, scratch: Scratch, visit: (index: number, set: Uint32Array) => void): void {
  let index = 0;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (!isBlank(text, start, end)) {
      const norm = normaliseForShingles(text, start, end, scratch);
      if (norm.length >= o.shingleSize) visit(index, shingleSet(norm, o.shingleSize, o.seed, scratch));
      index++;
    }
    start = end + 1;
  }
}

/** Paragraph sets kept (copied), for a text compared with several others. */
export function paragraphSets(text: string, o: DedupOptions, scratch: Scratch): ParagraphSet[] {
  const out: ParagraphSet[] = [];
  forEachParagraph(text, o, scratch, (index, set) => out.push({ index, set: set.slice() }));
  return out;
}

/** Whether less than `paragraphPresent` of a paragraph's shingles is found in `other`. */
export function isAbsent(set: Uint32Array, other: IdentitySet, o: DedupOptions): boolean {
  return other.countIn(set) < o.paragraphPresent * set.length;
}

function isBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0x0d && c !== 0x3000 && c !== 0xa0) return false;
  }
  return true;
}
