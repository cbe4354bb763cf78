import { isSpaceCode } from '../core/blanks.js';
import { nounGroup } from './header-nouns.js';
import { MatchMemo } from './match-memo.js';
import { stemCore } from './stems.js';
import type { HeaderCandidate, HeaderHeuristic, HeaderMatch, PageLine } from './types.js';

export interface CandidateOptions {
  /** A header (stem, marker and subtitle, without a glued body) is at most this long. */
  maxHeaderChars: number;
  /** Headers are also looked for inside a line at least this long (run-together text). */
  headerInLineChars: number;
}

/** Heuristics whose headers are headers by form (the others read a stem and a bare ordinal). */
const STRONG_FORMS: ReadonlySet<string> = new Set(['bracket', 'bracket-fanwen', 'prefix-ordinal', 'di-pian', 'noun-zhi', 'fanwen', 'noun-suffix', 'pian-suffix']);

/** Text read beyond the longest header, enough to tell a subtitle from a glued body. */
const PIECE_EXTRA_CHARS = 40;

/** Where a sentence ends inside a line (。!?;…); the next non-blank character may start a header. */
function isSentenceEndCode(c: number): boolean {
  return c === 0x3002 || c === 0x21 || c === 0x3f || c === 0x3b || c === 0x2026;
}

/**
 * Offsets in a line (trimmed, masked text) where a header could start: the line start and, in a
 * run-together line, every sentence start (after 。!?; or a blank, which is also what a masked viewer
 * page number leaves).
 */
export function headerStarts(text: string, longLine: boolean, stems: readonly string[] = []): number[] {
  return headerStartKinds(text, longLine, stems).map((s) => s.at);
}

type StartKind = 'line' | 'stem' | 'sentence';

function headerStartKinds(text: string, longLine: boolean, stems: readonly string[]): Array<{ at: number; kind: StartKind }> {
  const out: Array<{ at: number; kind: StartKind }> = [{ at: 0, kind: 'line' }];
  if (!longLine) return out;
  // A header glued to whatever came before it (a signature line, the title itself) starts where
  // a stem the page knows starts — when something that can be a marker follows the stem.
  const stemAt = new Set<number>();
  for (const stem of stems) {
    for (let i = text.indexOf(stem, 1); i > 0; i = text.indexOf(stem, i + 1)) {
      let j = i + stem.length;
      while (j < text.length && isSpaceCode(text.charCodeAt(j))) j++;
      if (MARKER_AFTER_STEM.test(text.slice(j, j + 4))) stemAt.add(i);
    }
  }
  // Character codes, not one-character strings: every character of every long line passes here.
  let before = text.charCodeAt(0);
  for (let i = 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (stemAt.size > 0 && stemAt.has(i)) out.push({ at: i, kind: 'stem' });
    else if (!isSpaceCode(c) && (isSpaceCode(before) || isSentenceEndCode(before))) out.push({ at: i, kind: 'sentence' });
    before = c;
  }
  return out;
}

/** What may follow a stem in a header: a number, a bracket, 第, 【, a header noun (篇, 范文, 范例 …), NO. */
const MARKER_AFTER_STEM = new RegExp(`^(?:[0-9一二三四五六七八九十(（第【[]|${nounGroup().slice(1, -1)}|NO|No)`);
/** A header at a sentence start inside a line is one by form: it holds one of these within its length. */
const FORM_WORD = new RegExp(`[篇范【[]|方案|计划|${nounGroup().slice(1, -1)}`);

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
  memo: MatchMemo = new MatchMemo(),
): HeaderCandidate[] {
  const out: HeaderCandidate[] = [];
  lines.forEach((l, line) => {
    const len = l.trimmed.end - l.trimmed.start;
    if (len === 0) return;
    const lineText = text.slice(l.trimmed.start, l.trimmed.end);
    let covered = 0; // a start inside a header already read is not another header
    for (const { at: s, kind } of headerStartKinds(lineText, len >= o.headerInLineChars, stems)) {
      if (s < covered) continue;
      // Inside a line, at a sentence start only a header by form can begin (the bare-ordinal forms
      // start where a known stem does), and only when a form word is near.
      if (kind === 'sentence' && !FORM_WORD.test(lineText.slice(s, s + o.maxHeaderChars))) continue;
      // A header and what decides its end (a subtitle or a glued body) fit in a bounded piece, so a
      // long line costs its length, not its length times its sentences.
      const cut = s + o.maxHeaderChars + PIECE_EXTRA_CHARS < lineText.length;
      const piece = lineText.slice(s, cut ? s + o.maxHeaderChars + PIECE_EXTRA_CHARS : lineText.length);
      for (const h of heuristics) {
        if (kind === 'sentence' && !STRONG_FORMS.has(h.name)) continue;
        const found = memo.match(h, text, l.trimmed.start + s, piece);
        // In a cut piece the text goes on: what looked like a subtitle may be the start of the body.
        const m = found !== null && cut && found.bodyStart === null ? { ...found, bodyStart: found.end } : found;
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
