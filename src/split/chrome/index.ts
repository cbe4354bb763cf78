import type { Chrome } from '../../core/document.js';
import type { PageLine } from '../types.js';
import { inlineChrome } from './inline-rules.js';
import { gluedCount } from './glued-count.js';
import { classifyLine } from './line-rules.js';
import { chromePatterns } from './patterns.js';
import { viewerNumbers } from './viewer-numbers.js';
import { pushAll } from '../../core/push-all.js';

export { maskChrome, maskedDocument } from './mask.js';
export { relatedLists, RELATED_RULE } from './related-list.js';

export interface ChromeOptions {
  /** Longest line that is chrome as a whole (a menu, or a line its chrome sentences cover). */
  maxChromeLineChars: number;
  /** A line at least this long is a piece of run-together text. */
  runTogetherLineChars: number;
  /** A list heading (精选N篇) is a title: no longer than a title. */
  maxTitleChars: number;
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
    const lineText = folded.slice(l.trimmed.start, l.trimmed.end);
    const verdict = classifyLine(lineText, o.maxChromeLineChars, o.maxTitleChars);
    const runOn = verdict !== null && isPrefixRule(verdict.rule) ? runOnEnd(lineText) : null;
    if (verdict !== null && runOn !== null) {
      // A breadcrumb has no sentence: one that runs on into sentences is a run-together line whose
      // text starts after the first sentence end (the page's title and blurb glued on).
      inline.push({ kind: verdict.kind, span: { start: l.trimmed.start, end: l.trimmed.start + runOn }, rule: verdict.rule });
      pushAll(inline, inlineChrome(folded, { start: l.trimmed.start + runOn, end: l.trimmed.end }));
      return;
    }
    if (verdict !== null) {
      whole.set(i, { kind: verdict.kind, span: l.trimmed, rule: verdict.rule });
      return;
    }
    const glued = gluedCount(folded, l.trimmed);
    const spans = [...(glued === null ? [] : [glued]), ...inlineChrome(folded, l.trimmed)];
    const first = orderChrome(spans)[0];
    // A line its chrome spans cover entirely is a chrome line (of the kind that starts it).
    if (first !== undefined && len <= o.maxChromeLineChars && covers(folded, l.trimmed, spans)) whole.set(i, { kind: first.kind, span: l.trimmed, rule: first.rule });
    else pushAll(inline, spans);
  });
  for (const c of viewerNumbers(folded, lines, { runTogetherLineChars: o.runTogetherLineChars })) {
    inline.push(c);
  }
  return { lines: whole, inline };
}

/** Whether a rule is a `prefix` pattern (a line that starts like chrome is chrome whatever follows). */
function isPrefixRule(rule: string): boolean {
  return chromePatterns().find((p) => p.rule === rule)?.scope === 'prefix';
}

/** Just after the first sentence end of a line that goes on after it, or null. */
function runOnEnd(text: string): number | null {
  const m = /[。!?](?=\s*\S)/.exec(text);
  return m === null ? null : m.index + 1;
}

function covers(folded: string, line: { start: number; end: number }, spans: Chrome[]): boolean {
  const hit = new Uint8Array(line.end - line.start);
  for (const c of spans) hit.fill(1, Math.max(0, c.span.start - line.start), Math.max(0, c.span.end - line.start));
  for (let i = line.start; i < line.end; i++) if (hit[i - line.start] === 0 && !/\s/.test(folded[i] as string)) return false;
  return true;
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
