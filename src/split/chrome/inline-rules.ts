import type { Chrome } from '../../core/document.js';
import type { Span } from '../../core/span.js';
import { readListHeading } from '../list-heading.js';
import { endsLikeTitle } from '../title-words.js';
import { chromePatterns } from './patterns.js';

/** Ends of a sentence, as the folded text writes them. */
const SENTENCE_END = new Set(['。', '!', '?', ';', '…']);

/**
 * Chrome inside a line: `inline` patterns wherever they match (本文已影响1234人, ( www.site.net ),
 * X_第3页), and in a line too long to be chrome as a whole (run-together text), the sentence around
 * a `contains` match (a blurb 下面是小编整理的…, a copyright note) — from the previous sentence end
 * (or the line start) to the next one (or the line end).
 */
export function inlineChrome(folded: string, line: Span, longLine: boolean): Chrome[] {
  const text = folded.slice(line.start, line.end);
  const out: Chrome[] = [];
  for (const p of chromePatterns()) {
    if (p.scope === 'inline') {
      p.re.lastIndex = 0;
      for (let m = p.re.exec(text); m !== null; m = p.re.exec(text)) {
        if (m[0].length === 0) {
          p.re.lastIndex++;
          continue;
        }
        const a = trimStart(text, m.index, m.index + m[0].length);
        const b = trimEnd(text, a, m.index + m[0].length);
        if (b > a) out.push({ kind: p.kind, span: { start: line.start + a, end: line.start + b }, rule: p.rule });
      }
    } else if (p.scope === 'contains' && longLine) {
      const g = new RegExp(p.re.source, 'gu');
      for (let m = g.exec(text); m !== null; m = g.exec(text)) {
        if (m[0].length === 0) {
          g.lastIndex++;
          continue;
        }
        const s = sentenceAround(text, m.index, m.index + m[0].length);
        s.start = afterGluedTitle(text, s.start, m.index);
        out.push({ kind: p.kind, span: { start: line.start + s.start, end: line.start + s.end }, rule: p.rule });
        g.lastIndex = Math.max(g.lastIndex, s.end);
      }
    }
  }
  return out;
}

/** Where a blurb opens in a sentence: words that introduce the list the site compiled. */
const OPENER = /(?:下面|以下|接下来|今天)(?:就)?(?:是|由|为|给|小编)|小编|为了|时间过得|时光飞逝|时间飞逝/g;

/**
 * A dump glues the page title straight onto the blurb ("…工作计划范文两篇下面是小编…"): when the
 * sentence starts with a title (a list heading or a text ending like a title, no punctuation) the
 * chrome starts after it, at the blurb's opening words.
 */
function afterGluedTitle(text: string, start: number, match: number): number {
  OPENER.lastIndex = start;
  for (let m = OPENER.exec(text); m !== null && m.index <= match; m = OPENER.exec(text)) {
    const head = text.slice(start, m.index).trim();
    if (head.length >= 4 && !/[,，。;；:：!?]/.test(head) && (readListHeading(head) !== null || endsLikeTitle(head))) return m.index;
  }
  return start;
}

function sentenceAround(text: string, a: number, b: number): { start: number; end: number } {
  let s = a;
  while (s > 0 && !SENTENCE_END.has(text[s - 1] as string)) s--;
  let e = b;
  while (e < text.length && !SENTENCE_END.has(text[e - 1] as string)) e++;
  while (e < text.length && SENTENCE_END.has(text[e] as string)) e++;
  s = trimStart(text, s, e);
  return { start: s, end: trimEnd(text, s, e) };
}

function trimStart(text: string, a: number, b: number): number {
  while (a < b && /\s/.test(text[a] as string)) a++;
  return a;
}

function trimEnd(text: string, a: number, b: number): number {
  while (b > a && /\s/.test(text[b - 1] as string)) b--;
  return b;
}
