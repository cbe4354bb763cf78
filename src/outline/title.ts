import { isSpaceCode } from '../core/blanks.js';
import type { OutlineKind } from '../core/outline.js';
import type { Span } from '../core/span.js';
import type { ResolvedOutlineOptions } from './options.js';
import { STYLE_INFO } from './styles.js';
import type { LineItem } from './tree.js';

const codes = (chars: string): ReadonlySet<number> => new Set([...chars].map((c) => c.charCodeAt(0)));
/** Between a marker and its text: 一、 指导思想, 第一条：, and any blank (第一条&emsp;…). */
const LEAD = codes(':,、');
const TERMINATOR = codes('。;!?'); // folded: ；！？ are half-width here
const CLAUSE_STOP = codes(',;。!?'); // a label before a colon has none of these
const COLON = codes(':');
const COMMA = codes(',');
const TRAILING = codes(',;:。、');

function skip(text: string, s: number, e: number): number {
  while (s < e && (LEAD.has(text.charCodeAt(s)) || isSpaceCode(text.charCodeAt(s)))) s++;
  return s;
}

function firstOf(set: ReadonlySet<number>, text: string, s: number, e: number): number {
  for (let i = s; i < e; i++) if (set.has(text.charCodeAt(i))) return i;
  return -1;
}

function trimmed(text: string, s: number, e: number): Span {
  while (e > s && (TRAILING.has(text.charCodeAt(e - 1)) || isSpaceCode(text.charCodeAt(e - 1)))) e--;
  return { start: s, end: e };
}

/**
 * Heading or list item, and the title. A heading merged with its body (一、指导思想：全面贯彻…)
 * is split at the colon of a short label; a short single clause without a full stop (三、存在的问题,
 * 1、以“安康杯”竞赛活动促安全) is a heading; a sentence is a heading when items or an unnumbered
 * paragraph follow it (二、进一步加强班组建设，提升企业核心竞争力。), and a list item otherwise.
 * The title of an item is its first sentence.
 */
export function lineTitle(item: LineItem, text: string, options: ResolvedOutlineOptions): { kind: OutlineKind; titleSpan: Span } {
  const { cand, hasChildren } = item;
  const e = cand.contentEnd;
  const s = skip(text, cand.match.end, e);
  const opens = hasChildren || cand.followedByBody;
  const style = cand.match.style;
  const category = STYLE_INFO[style].gbt;

  const colon = firstOf(COLON, text, s, Math.min(e, s + options.headingLabelMaxChars + 1));
  if (colon > s && firstOf(CLAUSE_STOP, text, s, colon) === -1) {
    return { kind: 'heading', titleSpan: trimmed(text, s, colon) };
  }
  const t = firstOf(TERMINATOR, text, s, e);
  const titleEnd = t === -1 ? e : t;
  const titleSpan = trimmed(text, s, titleEnd);
  if (category === 'structural') return { kind: 'heading', titleSpan };
  // 一是/第一，/首先 open one paragraph each: a heading only when items hang below them.
  if (category === 'prose') return { kind: hasChildren ? 'heading' : 'item', titleSpan };
  const single = t === -1 || t === e - 1;
  let heading: boolean;
  if (single && titleEnd - s <= options.headingMaxChars) {
    heading = (t === -1 && firstOf(COMMA, text, s, titleEnd) === -1) || opens;
  } else {
    heading = hasChildren;
  }
  return { kind: heading ? 'heading' : 'item', titleSpan };
}

/** The title of an inline item: its clause up to the next full stop or semicolon (or the next marker). */
export function inlineTitle(text: string, markerEnd: number, end: number): Span {
  const s = skip(text, markerEnd, end);
  const t = firstOf(TERMINATOR, text, s, end);
  return trimmed(text, s, t === -1 ? end : t);
}
