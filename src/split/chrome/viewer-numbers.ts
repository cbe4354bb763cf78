import { SPACE_CLASS } from '../../core/blanks.js';
import type { Chrome } from '../../core/document.js';
import type { PageLine } from '../types.js';

export const VIEWER_RULE = 'split/chrome/viewer-numbers';

export interface ViewerOptions {
  /** A line at least this long (trimmed) is a piece of run-together text. */
  runTogetherLineChars: number;
}

/** Characters a cut between two viewer pieces rarely falls after: a sentence or clause end. */
const CLOSED = /[。!?;:…”」』)]$/;
/** A viewer writes its counter straight into the text; "1、 其内涵…" with a blank after is an item. */
const LINE_COUNTER = /^([0-9]{1,3})、(?!\s)/;
/** A counter written into the text: a number and 、 not part of a longer number or a decimal. */
const COUNTER = new RegExp(`(?<![0-9.])([0-9]{1,3})、(?![${SPACE_CLASS}])`, 'g');
const WORDISH = /[\p{Script=Han}A-Za-z]/u;
/** A counter followed by another number and a list mark: 3、4、5. */
const NUMBER_LIST = /^[0-9]{1,3}[、,，及和]/;
/** What an enumeration item stands after: a sentence or clause end (a 、 lists words, not items). */
const ITEM_BEFORE = /[。!?;:,，；：\s]/;

/**
 * Page numbers a document-sharing viewer wrote into run-together text (豆丁 / 人人文库 text layers):
 * 1. each piece (a long line) starts with its number "1、" "2、" "3、" …, and the cut falls wherever
 *    the viewer's page ended, mid-sentence. A run of long lines numbered k, k+1, k+2 … where most
 *    pieces continue a sentence the previous piece left open is a viewer's, not a list of
 *    paragraphs (those end their sentences);
 * 2. numbers written into the text where the viewer's page ended (公3、司, mid-sentence) in long
 *    lines, when they count up by one through the page and some stand where no enumeration would.
 */
export function viewerNumbers(folded: string, lines: PageLine[], o: ViewerOptions): Chrome[] {
  const out: Chrome[] = [];
  // A table row (cells separated by tabs) numbers its cells; it is no piece of a dump.
  const long = lines.map((l) => l.trimmed.end - l.trimmed.start >= o.runTogetherLineChars && !folded.slice(l.trimmed.start, l.trimmed.end).includes('\t'));

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

  // 2. Counters written into the text: numbers standing where no enumeration item would — inside
  // a sentence (公3、司, 活动室、2、寝室, (2)3、大宗), before punctuation or a digit (二月4、：,
  // 配送。2、3.2), or at the start of a piece that continues the previous one's sentence — that
  // count up by one through the page from 2 (page 1 has no number inside the text). A list's own
  // 1、2、3、 stand after sentence ends, or start at 1 right after a heading.
  const taken = new Set(out.map((c) => c.span.start));
  const telling: Array<{ start: number; end: number; n: number }> = [];
  let before2 = '';
  lines.forEach((l, i) => {
    if (l.trimmed.end === l.trimmed.start) return;
    const text = folded.slice(l.trimmed.start, l.trimmed.end);
    if (long[i]) {
      COUNTER.lastIndex = 0;
      for (let m = COUNTER.exec(text); m !== null; m = COUNTER.exec(text)) {
        const at = l.trimmed.start + m.index;
        if (taken.has(at)) continue;
        const before = m.index === 0 ? (before2 === '' || CLOSED.test(before2) ? '。' : '…') : (text[m.index - 1] as string);
        const after = text[m.index + m[0].length] ?? '';
        // 附表3、4、5 / 第2、3、5、7条: a list of numbers, not page numbers.
        if (NUMBER_LIST.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4)) || /(?:第\s*|[0-9]、)$/.test(text.slice(Math.max(0, m.index - 3), m.index))) continue;
        if (!ITEM_BEFORE.test(before) || !WORDISH.test(after)) telling.push({ start: at, end: at + m[0].length, n: Number(m[1]) });
      }
    }
    before2 = text;
  });
  // The page numbers: the longest run n, n+1, n+2 … (n ≥ 2) through the page, in order.
  let best: typeof telling = [];
  telling.forEach((g, k) => {
    if (g.n < 2) return;
    const run = [g];
    for (let j = k + 1; j < telling.length; j++) if ((telling[j] as (typeof telling)[number]).n === (run[run.length - 1] as (typeof run)[number]).n + 1) run.push(telling[j] as (typeof telling)[number]);
    if (run.length > best.length) best = run;
  });
  if (best.length >= 2) for (const g of best) out.push({ kind: 'viewer-page', span: { start: g.start, end: g.end }, rule: VIEWER_RULE });
  return out;
}
