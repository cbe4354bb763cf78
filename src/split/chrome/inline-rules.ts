import type { Chrome } from '../../core/document.js';
import type { Span } from '../../core/span.js';
import { readListHeading } from '../list-heading.js';
import { endsLikeTitle } from '../title-words.js';
import { chromePatterns, chromeScreens } from './patterns.js';

/** Ends of a sentence, as the folded text writes them. */
const SENTENCE_END = new Set(['。', '!', '?', ';', '…']);

/** Sentences before a blurb's own sentence that belong to it ("为了…。那么…怎么写呢？下面是小编…"). */
const MAX_BLURB_LEAD_SENTENCES = 3;
const MAX_BLURB_SENTENCE_CHARS = 80;
/** A sentence holding an outline marker or a variant header is text, not a blurb's lead. */
const TEXT_MARK = /(?:^|[。!?;])\s*(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十0-9]+\)|[0-9]+[、.])|篇\s*[0-9一二三四五六七八九十]|第\s*[0-9一二三四五六七八九十]+\s*篇/;

/**
 * Chrome inside a line: `inline` patterns wherever they match (本文已影响1234人, ( www.site.net ),
 * X_第3页), and the sentence around a `contains` match (a blurb 下面是小编整理的…, a copyright
 * note, a meta line) — from the previous sentence end (or the line start) to the next one (or the
 * line end). A blurb also takes the short sentences that lead up to it in the same line, and starts
 * after a title glued before it. The caller makes a line whose text these spans cover whole chrome.
 */
export function inlineChrome(folded: string, line: Span): Chrome[] {
  const text = folded.slice(line.start, line.end);
  const out: Chrome[] = [];
  if (!chromeScreens().scan.test(text)) return out;
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
    } else if (p.scope === 'contains') {
      // Compiled once, global (patterns.ts): a new RegExp per line cost more than the scan.
      const g = p.re;
      g.lastIndex = 0;
      for (let m = g.exec(text); m !== null; m = g.exec(text)) {
        if (m[0].length === 0) {
          g.lastIndex++;
          continue;
        }
        const s = sentenceAround(text, m.index, m.index + m[0].length);
        if (p.kind === 'editor-blurb') s.start = leadingSentences(text, s.start);
        s.start = afterGluedTitle(text, s.start, m.index);
        out.push({ kind: p.kind, span: { start: line.start + s.start, end: line.start + s.end }, rule: p.rule });
        g.lastIndex = Math.max(g.lastIndex, s.end);
      }
    }
  }
  return out;
}

function leadingSentences(text: string, start: number): number {
  let s = start;
  for (let k = 0; k < MAX_BLURB_LEAD_SENTENCES && s > 0; k++) {
    let p = s - 1;
    while (p > 0 && SENTENCE_END.has(text[p - 1] as string)) p--;
    while (p > 0 && !SENTENCE_END.has(text[p - 1] as string)) p--;
    const sentence = text.slice(p, s);
    if (sentence.length > MAX_BLURB_SENTENCE_CHARS || TEXT_MARK.test(sentence)) break;
    s = p;
  }
  return trimStart(text, s, start);
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
