import { isSpaceCode, SPACE_CLASS } from '../core/blanks.js';
import type { OutlineStyle } from '../core/outline.js';
import type { Span } from '../core/span.js';
import type { LineCandidate } from './detect.js';
import { STYLE_INFO } from './styles.js';

/**
 * The list of attachments at the end of a document names them; it structures nothing:
 *
 *     附件：1.申请表          附件
 *     2.承诺书               1、审批表（式样）
 *     3.验收表               2、移送书（式样）
 *
 * Under a bare 附件 / 附表 line (or after 附件：1.… on the line itself), numbered lines of one
 * style counting up from 1, each a title (no sentence punctuation; a title wrapped onto the next
 * line keeps its continuation), are the list, and are dropped from the outline — when the list
 * ends the body, or is followed by an attachment heading (附件1) or by a line that is no sentence
 * (the signature). An attachment's own numbering (附件1 / 标题 / 一、…) has a title line before
 * its first item, or paragraphs between its items, and is kept.
 */
const BARE_HEAD = /^附[件表][:：]?$/;
const INLINE_HEAD = new RegExp(`^附[件表][:：][${SPACE_CLASS}]*(?:1|一)[.、]`);
const SENTENCE = /[。;!?；！？]/;
const ATTACHMENT_LINE = /^附[件表录]/;

interface Line {
  start: number;
  end: number;
}

function contentLines(text: string, body: Span): Line[] {
  const out: Line[] = [];
  for (let pos = body.start; pos < body.end; ) {
    const nl = text.indexOf('\n', pos);
    const lineEnd = nl === -1 || nl > body.end ? body.end : nl;
    let s = pos;
    let e = lineEnd;
    while (s < e && isSpaceCode(text.charCodeAt(s))) s++;
    while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--;
    if (s < e) out.push({ start: s, end: e });
    pos = lineEnd + 1;
  }
  return out;
}

export function dropAttachmentLists(candidates: LineCandidate[], text: string, body: Span): void {
  const byStart = new Map<number, LineCandidate>();
  for (const c of candidates) if (!byStart.has(c.markerStart)) byStart.set(c.markerStart, c);
  const lines = contentLines(text, body);
  for (let i = 0; i < lines.length; i++) {
    const head = lines[i] as Line;
    const headText = text.slice(head.start, head.end);
    // Under a bare head the list starts at 1 and has two entries at least; after 附件：1.申请表 (the
    // first entry on the head's line) it goes on at 2.
    let expected: number;
    if (BARE_HEAD.test(headText)) expected = 1;
    else if (INLINE_HEAD.test(headText) && !SENTENCE.test(headText)) expected = 2;
    else continue;
    const minEntries = expected === 1 ? 2 : 1;
    let style: OutlineStyle | null = null;
    const list: LineCandidate[] = [];
    let open = expected === 2; // the last entry read may wrap onto the next line
    let j = i + 1;
    for (; j < lines.length; j++) {
      const l = lines[j] as Line;
      const c = byStart.get(l.start);
      const sentence = SENTENCE.test(text.slice(l.start, l.end));
      if (c !== undefined) {
        const fits = c.match.ordinal === expected && (style === null || c.match.style === style) && STYLE_INFO[c.match.style].gbt === 'level';
        if (!fits || sentence) break;
        style = c.match.style;
        list.push(c);
        expected++;
        open = true;
      } else if (open && !sentence && !ATTACHMENT_LINE.test(text.slice(l.start, l.end))) {
        open = false; // one continuation line of a wrapped title
      } else break;
    }
    const enough = list.length >= minEntries;
    const after = lines[j];
    const ends = after === undefined || ATTACHMENT_LINE.test(text.slice(after.start, after.end)) || !SENTENCE.test(text.slice(after.start, after.end));
    if (enough && ends) for (const c of list) c.dropped = true;
    i = Math.max(i, j - 1);
  }
}
