import type { Chrome } from '../../core/document.js';
import type { PageLine } from '../types.js';

export const VIEWER_RULE = 'split/chrome/viewer-numbers';

export interface ViewerOptions {
  /** A line at least this long (trimmed) is a piece of run-together text. */
  runTogetherLineChars: number;
}

/** Characters a cut between two viewer pieces rarely falls after: a sentence or clause end. */
const CLOSED = /[。!?;:…”」』)]$/;
const LINE_COUNTER = /^([0-9]{1,3})、/;
/** A counter glued inside a word: a Han character on both sides (公3、司). */
const GLUED = /(?<=\p{Script=Han})([0-9]{1,3})、(?=\p{Script=Han})/gu;

/**
 * Page numbers a document-sharing viewer wrote into run-together text (豆丁 / 人人文库 text layers):
 * 1. each piece (a long line) starts with its number "1、" "2、" "3、" …, and the cut falls wherever
 *    the viewer's page ended, mid-sentence. A run of long lines numbered k, k+1, k+2 … where most
 *    pieces continue a sentence the previous piece left open is a viewer's, not a list of
 *    paragraphs (those end their sentences);
 * 2. a number glued inside a word (公3、司 — a Han character on both sides, which no enumeration
 *    does) in long lines, when such numbers count up by one through the page, or when the page
 *    has viewer line counters.
 */
export function viewerNumbers(folded: string, lines: PageLine[], o: ViewerOptions): Chrome[] {
  const out: Chrome[] = [];
  const long = lines.map((l) => l.trimmed.end - l.trimmed.start >= o.runTogetherLineChars);

  // 1. Line counters.
  type Counter = { line: number; n: number; open: boolean; len: number };
  const counters: Counter[] = [];
  let prevText = '';
  lines.forEach((l, i) => {
    if (l.trimmed.end === l.trimmed.start) return;
    const text = folded.slice(l.trimmed.start, l.trimmed.end);
    const m = long[i] ? LINE_COUNTER.exec(text) : null;
    if (m) counters.push({ line: i, n: Number(m[1]), open: prevText !== '' && !CLOSED.test(prevText), len: m[0].length });
    prevText = text;
  });
  let chain: Counter[] = [];
  const close = (): void => {
    const later = chain.slice(1);
    const open = later.filter((c) => c.open).length;
    if (chain.length >= 2 && open * 2 >= later.length && open >= 1) {
      for (const c of chain) {
        const start = (lines[c.line] as PageLine).trimmed.start;
        out.push({ kind: 'viewer-page', span: { start, end: start + c.len }, rule: VIEWER_RULE });
      }
    }
    chain = [];
  };
  for (const c of counters) {
    const prev = chain[chain.length - 1];
    if (prev !== undefined && c.n !== prev.n + 1) close();
    chain.push(c);
  }
  close();
  const hasLineCounters = out.length > 0;

  // 2. Glued counters.
  const glued: Array<{ start: number; end: number; n: number }> = [];
  lines.forEach((l, i) => {
    if (!long[i]) return;
    const text = folded.slice(l.trimmed.start, l.trimmed.end);
    GLUED.lastIndex = 0;
    for (let m = GLUED.exec(text); m !== null; m = GLUED.exec(text)) {
      glued.push({ start: l.trimmed.start + m.index, end: l.trimmed.start + m.index + m[0].length, n: Number(m[1]) });
    }
  });
  glued.forEach((g, k) => {
    const before = glued[k - 1];
    const after = glued[k + 1];
    const inChain = (before !== undefined && before.n + 1 === g.n) || (after !== undefined && after.n === g.n + 1);
    if (inChain || hasLineCounters) out.push({ kind: 'viewer-page', span: { start: g.start, end: g.end }, rule: VIEWER_RULE });
  });
  return out;
}
