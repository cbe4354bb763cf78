import { stemCore } from './stems.js';
import type { HeaderCandidate, HeaderHeuristic, HeaderMatch, PageLine } from './types.js';

export interface CandidateOptions {
  /** A header (stem, marker and subtitle, without a glued body) is at most this long. */
  maxHeaderChars: number;
  /** A line at least this long is run-together text: headers are also looked for inside it. */
  runTogetherLineChars: number;
}

/** Where a sentence ends inside a line; the next non-blank character may start a header. */
const SENTENCE_END = new Set(['。', '!', '?', ';', '…']);

function isSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\u3000' || c === '\u00a0';
}

/**
 * Offsets in a line (trimmed, masked text) where a header could start: the line start and, in a
 * run-together line, every sentence start (after 。!?; or a blank, which is also what a masked viewer
 * page number leaves).
 */
export function headerStarts(text: string, longLine: boolean, stems: readonly string[] = []): number[] {
  if (!longLine) return [0];
  const starts = new Set([0]);
  for (let i = 1; i < text.length; i++) {
    const prev = text[i - 1];
    if (isSpace(text[i])) continue;
    if (isSpace(prev) || SENTENCE_END.has(prev as string)) starts.add(i);
  }
  // A header glued to whatever came before it (a signature line, the title itself) starts where
  // a stem the page knows starts.
  for (const stem of stems) {
    for (let i = text.indexOf(stem, 1); i > 0; i = text.indexOf(stem, i + 1)) starts.add(i);
  }
  return [...starts].sort((a, b) => a - b);
}

/**
 * Every place a heuristic reads a header: at line starts (whole-line headers and headers with their
 * body glued on) and at sentence starts inside run-together lines (glued only). At each start the
 * first heuristic in order that matches wins. `text` is the masked folded text (chrome blanked).
 */
export function findCandidates(
  text: string,
  lines: PageLine[],
  heuristics: readonly HeaderHeuristic[],
  o: CandidateOptions,
  stems: readonly string[] = [],
): HeaderCandidate[] {
  const out: HeaderCandidate[] = [];
  lines.forEach((l, line) => {
    const len = l.trimmed.end - l.trimmed.start;
    if (len === 0) return;
    const lineText = text.slice(l.trimmed.start, l.trimmed.end);
    let covered = 0; // a start inside a header already read is not another header
    for (const s of headerStarts(lineText, len >= o.runTogetherLineChars, stems)) {
      if (s < covered) continue;
      const piece = s === 0 ? lineText : lineText.slice(s);
      for (const h of heuristics) {
        const m = h.match(piece);
        if (m === null || !fits(m, s, o)) continue;
        // Text glued before a known stem ("…计划" + "计划 篇2") is not part of the header: the start
        // where the stem begins reads it.
        if (stems.some((k) => m.stem.length > k.length && m.stem.endsWith(k) && stemCore(m.stem.slice(0, -k.length)) !== '')) break;
        out.push(candidate(h, m, line, l.trimmed.start + s));
        covered = s + m.end;
        break;
      }
    }
  });
  return out;
}

function fits(m: HeaderMatch, start: number, o: CandidateOptions): boolean {
  if (m.end > o.maxHeaderChars) return false;
  // Inside a line only a header whose body is glued on counts (a line does not end in a header).
  return start === 0 || m.bodyStart !== null;
}

function candidate(h: HeaderHeuristic, m: HeaderMatch, line: number, at: number): HeaderCandidate {
  const c = primary(h, m, line, at);
  if (m.alt !== undefined) c.alt = { ...c, number: m.alt.number, span: { start: at, end: at + m.alt.end }, bodyStart: at + m.alt.end, strong: false };
  return c;
}

function primary(h: HeaderHeuristic, m: HeaderMatch, line: number, at: number): HeaderCandidate {
  return {
    number: m.number,
    stem: m.stem,
    kind: m.kind,
    subtitle: m.subtitle,
    strong: m.strong,
    form: h.name,
    line,
    span: { start: at, end: at + m.end },
    bodyStart: m.bodyStart === null ? null : at + m.bodyStart,
  };
}
