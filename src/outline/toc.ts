import type { LineCandidate } from './detect.js';

/** Fewest entries a table of contents has. */
const MIN_TOC_ENTRIES = 3;
const TOC_HEADING = /^目录$/;
const SENTENCE = /[。;!?；]/;

/**
 * A table of contents lists the headings again before the text: a block of consecutive marker lines
 * (headings on lines of their own, no paragraph between them), under a 目录 line or repeating
 * headings that come later with the same marker and title. Its entries are not items of the
 * outline; they are marked dropped.
 */
export function dropTableOfContents(candidates: LineCandidate[], text: string, maxEntryChars: number): void {
  // An entry is a short heading: a title with no sentence in it (in run-together text several
  // entries share a line).
  const own = (c: LineCandidate): boolean => c.contentEnd - c.match.end <= maxEntryChars && !SENTENCE.test(text.slice(c.match.end, c.contentEnd));
  const entry = (c: LineCandidate): string => text.slice(c.markerStart, c.contentEnd).replace(/[\s.…·\-—_0-9]+$/u, '').replace(/\s+/g, '');
  const later = new Map<string, number>(); // entry → index of its last occurrence
  candidates.forEach((c, i) => later.set(entry(c), i));
  let i = 0;
  while (i < candidates.length) {
    // A block: candidates with no paragraph between them (afterBody false from the second on).
    let j = i + 1;
    if (!own(candidates[i] as LineCandidate)) {
      i++;
      continue;
    }
    while (j < candidates.length && !(candidates[j] as LineCandidate).afterBody && own(candidates[j] as LineCandidate)) j++;
    const block = candidates.slice(i, j);
    if (block.length >= MIN_TOC_ENTRIES) {
      // The contents may run straight into the text (no paragraph under 1 总则 / 1.1 …): the entries
      // end where the first entry comes again.
      const first = entry(block[0] as LineCandidate);
      const restart = block.findIndex((c, k) => k > 0 && entry(c) === first);
      const underHeading = TOC_HEADING.test(textBefore(text, (block[0] as LineCandidate).markerStart));
      const repeated = block.filter((c, k) => (later.get(entry(c)) ?? i + k) > i + k);
      if (restart > 0) for (const c of block.slice(0, restart)) c.dropped = true;
      else if (repeated.length * 2 > block.length) for (const c of repeated) c.dropped = true;
      else if (underHeading) for (const c of block) c.dropped = true;
    }
    i = j;
  }
}

/** The text just before a marker: the rest of its line before it, or else the previous non-blank line. */
function textBefore(text: string, at: number): string {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const same = text.slice(lineStart, at).replace(/\s+/g, '');
  if (same !== '') return same.slice(-2);
  let end = lineStart - 1;
  while (end > 0) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end).replace(/\s+/g, '');
    if (line !== '') return line;
    end = start - 1;
  }
  return '';
}
