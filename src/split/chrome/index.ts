import type { Chrome } from '../../core/document.js';
import type { PageLine } from '../types.js';
import { inlineChrome } from './inline-rules.js';
import { classifyLine } from './line-rules.js';
import { viewerNumbers } from './viewer-numbers.js';

export { maskChrome, maskedDocument } from './mask.js';
export { relatedLists, RELATED_RULE } from './related-list.js';

export interface ChromeOptions {
  /** Longest line a `contains` pattern (a blurb, a meta line) makes chrome as a whole. */
  maxChromeLineChars: number;
  /** A line at least this long is a piece of run-together text. */
  runTogetherLineChars: number;
}

export interface ChromeFound {
  /** Lines (0-based) that are chrome as a whole, with their annotation (span = the trimmed line). */
  lines: Map<number, Chrome>;
  /** Chrome inside lines that are not chrome as a whole. */
  inline: Chrome[];
}

/**
 * Page chrome of a page (folded text, its lines): whole lines by the line rules (data/chrome
 * patterns, menus, list headings), spans inside lines by the inline rules, and the page numbers a
 * viewer wrote into run-together text. Related-article lists are added by the caller once the
 * variant headers are known (a list stops at a header).
 */
export function findChrome(folded: string, lines: PageLine[], o: ChromeOptions): ChromeFound {
  const whole = new Map<number, Chrome>();
  const inline: Chrome[] = [];
  lines.forEach((l, i) => {
    const len = l.trimmed.end - l.trimmed.start;
    if (len === 0) return;
    const verdict = classifyLine(folded.slice(l.trimmed.start, l.trimmed.end), o.maxChromeLineChars);
    if (verdict !== null) whole.set(i, { kind: verdict.kind, span: l.trimmed, rule: verdict.rule });
    else inline.push(...inlineChrome(folded, l.trimmed, len > o.maxChromeLineChars));
  });
  for (const c of viewerNumbers(folded, lines, { runTogetherLineChars: o.runTogetherLineChars })) {
    inline.push(c);
  }
  return { lines: whole, inline };
}

/** Chrome in document order with overlaps removed (the earlier, then the longer, span wins). */
export function orderChrome(chrome: Chrome[]): Chrome[] {
  const sorted = [...chrome].sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  const out: Chrome[] = [];
  for (const c of sorted) {
    const last = out[out.length - 1];
    if (last !== undefined && c.span.start < last.span.end) continue;
    out.push(c);
  }
  return out;
}
