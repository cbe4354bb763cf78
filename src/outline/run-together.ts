import { isSpaceCode, SPACE_CLASS } from '../core/blanks.js';
import type { OutlineStyle } from '../core/outline.js';
import type { Span } from '../core/span.js';
import type { MarkerMatch, MarkerRule } from './markers/rule.js';
import type { ResolvedOutlineOptions } from './options.js';
import { STYLE_INFO } from './styles.js';

/**
 * Run-together text: a page whose paragraphs were joined into a few long lines (a document-sharing
 * site's text layer, a copy that lost its line breaks). Its numbering markers stand inside lines,
 * right after the sentence that ended the paragraph before them. In this mode a marker inside a
 * line starts an item (a "virtual line") when
 * - it follows a sentence end (。!?, or ;: for heading styles) or blanks — what a paragraph join or
 *   a blanked viewer page number leaves — or
 * - it follows a heading with no sentence of its own (三、主要任务(一)完善设施1.按照…): the item
 *   before it in the same line began at most `headingMaxChars` earlier with no punctuation since,
 *   and this marker opens a level (ordinal 1) or continues the one of its style; an explicit marker
 *   (1、 (一) (1) 第X条) whose number fits may also follow a lead-in that lost its line break.
 * After ; : or a blank, prose enumerators (一是, 第一，, 首先) and bracketed numbers stay inline
 * enumerations: inside a paragraph they are the common case.
 */

const STRONG_END = new Set([0x3002, 0x21, 0x3f]); // 。 ! ?
const CLAUSE_END = new Set([0x3b, 0x3a]); // ; :
/** A closing bracket ends a parenthetical (牵头单位：…) that a list item often carries at its end. */
const CLOSING = new Set([0x29, 0x300d, 0x300f, 0x3011]); // ) 」 』 】
/** Punctuation that ends or splits a sentence (quotes and brackets do not: “建家”情况概述 is a title). */
const PUNCT = /[。!?;:,、，；：]/;
/** Styles whose marker is explicit enough to start an item right after a word, when its number fits. */
const EXPLICIT = new Set(['num-dun', 'cn-paren', 'num-paren', 'part', 'chapter', 'section', 'article']);

const isSpace = isSpaceCode;

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** A tab before the next sentence end: the marker numbers a table cell. */
function cellAfter(text: string, from: number, end: number): boolean {
  for (let i = from; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x09) return true;
    if (STRONG_END.has(c)) return false;
  }
  return false;
}

export interface SplitPoint {
  at: number;
  rule: MarkerRule;
  match: MarkerMatch;
  /** An attachment (附件1 …) begins between the previous item and this one. */
  afterAttachment?: boolean;
}

/** An attachment heading at a sentence start: 附件, 附件2, 附表一 (its numbering starts anew). */
const ATTACHMENT = new RegExp(`(?<=^|[。!?;\\s])附(?:件|表)[${SPACE_CLASS}]*[0-9一二三四五六七八九十]{0,2}`, 'g');
/** The longest attachment title before its first item (附件1 成果报告格式及大纲 壹、…). */
const ATTACHMENT_TITLE_MAX_CHARS = 60;

/** The rules that may start an item inside a run-together line (all of them; see splitPoints). */
export function midLineRules(rules: readonly MarkerRule[]): MarkerRule[] {
  return [...rules];
}

type Boundary = 'sentence' | 'clause' | 'closing' | 'blank' | null;

function boundaryBefore(text: string, at: number, lineStart: number): Boundary {
  let i = at - 1;
  let blank = false;
  while (i >= lineStart && isSpace(text.charCodeAt(i))) {
    blank = true;
    i--;
  }
  if (i < lineStart) return 'blank';
  const c = text.charCodeAt(i);
  if (STRONG_END.has(c)) return 'sentence';
  if (CLAUSE_END.has(c)) return 'clause';
  if (CLOSING.has(c)) return 'closing';
  return blank ? 'blank' : null;
}

const relaxedCache = new WeakMap<ResolvedOutlineOptions, ResolvedOutlineOptions>();
function relaxed(o: ResolvedOutlineOptions): ResolvedOutlineOptions {
  let r = relaxedCache.get(o);
  if (r === undefined) relaxedCache.set(o, (r = { ...o, headingMaxChars: Number.MAX_SAFE_INTEGER }));
  return r;
}

function tryRules(text: string, at: number, end: number, rules: readonly MarkerRule[], options: ResolvedOutlineOptions): SplitPoint | null {
  for (const rule of rules) {
    if (!rule.first.test(text.charAt(at))) continue;
    const match = rule.match(text, at, end, options);
    if (match !== null) return { at, rule, match };
  }
  return null;
}

/**
 * The markers inside one run-together line where items start, after `from` (the end of the line's
 * own line-start marker, or the line start). `last` remembers the last ordinal of each style across
 * lines, for the heading-chain case.
 */
export function splitPoints(
  text: string,
  line: Span,
  from: number,
  lineMarker: SplitPoint | null,
  rules: readonly MarkerRule[],
  options: ResolvedOutlineOptions,
  last: Map<string, number>,
): SplitPoint[] {
  const out: SplitPoint[] = [];
  let prev: SplitPoint | null = lineMarker;
  if (lineMarker !== null) last.set(lineMarker.match.key, lineMarker.match.ordinal);
  const attachments: number[] = [];
  ATTACHMENT.lastIndex = 0;
  const lineText = text.slice(line.start, line.end);
  for (let m = ATTACHMENT.exec(lineText); m !== null; m = ATTACHMENT.exec(lineText)) if (line.start + m.index >= from) attachments.push(line.start + m.index);
  let attachment: number | null = null; // start of an attachment heading not yet followed by an item
  for (let p = from; p < line.end; p++) {
    if (attachments.length > 0 && p === attachments[0]) attachment = attachments.shift() as number;
    const c = text.charCodeAt(p);
    if (isSpace(c)) continue;
    const b = boundaryBefore(text, p, line.start);
    const chain = b === null && prev !== null && p - prev.match.end <= options.headingMaxChars && !PUNCT.test(text.slice(prev.match.end, p));
    // After a boundary a 第X条 heading may run straight into its text (第一条本办法所称…): the line it
    // headed was joined to the next.
    const hit = tryRules(text, p, line.end, rules, b === 'sentence' || b === 'blank' ? relaxed(options) : options);
    if (hit === null) continue;
    // 3、4月份 / 1.5万元: a number right after the marker is a quantity, not an item.
    if (isDigit(text.charCodeAt(hit.match.end))) continue;
    // A table row joined into the line: its numbered first cell is no item.
    if (cellAfter(text, hit.match.end, line.end)) continue;
    const style = hit.match.style;
    const prose = STYLE_INFO[style].gbt === 'prose';
    const fits = hit.match.ordinal === 1 || hit.match.ordinal === (last.get(hit.match.key) ?? 0) + 1;
    let ok: boolean;
    // A prose enumerator is an item only as a run of items: 二是 whose 一是 stayed inside a paragraph
    // is part of that paragraph too.
    if (prose && !fits) ok = false;
    else if (b === 'sentence') ok = true;
    // After ; : or a blank a prose enumerator (一是…；二是…) or a bracketed number ((1)…；(2)…) is
    // usually an enumeration inside one paragraph.
    else if (b === 'clause' || b === 'blank') ok = !prose;
    // After a bracket a 第X条 is cited (…法（以下简称本法）第三十七条), a numbered item is not.
    else if (b === 'closing') ok = !prose && STYLE_INFO[style].gbt !== 'legal' && STYLE_INFO[style].gbt !== 'structural';
    else ok = fits && (chain || EXPLICIT.has(style));
    // The first item of an attachment follows its title: 附件 成果报告格式及大纲壹、依据.
    const opens = attachment !== null && hit.match.ordinal === 1 && p - attachment <= ATTACHMENT_TITLE_MAX_CHARS && !PUNCT.test(text.slice(attachment, p));
    if (!ok && !opens) continue;
    if (attachment !== null) {
      hit.afterAttachment = true;
      attachment = null;
    }
    out.push(hit);
    last.set(hit.match.key, hit.match.ordinal);
    prev = hit;
    p = hit.match.end - 1;
  }
  return out;
}

/**
 * Whether a stretch of text is run together: markers (not prose enumerators) standing inside lines
 * after a sentence or clause end (。!? ;:) are at least `runTogetherMinMarkers`, one of them after
 * a sentence end, and at least `runTogetherMinShare` times the markers that start lines. A normally
 * laid-out document starts its items on lines of their own: the 62 real documents of corpus/real
 * have none after a sentence end inside a line, and the seed page 22 against 268 at line starts; a
 * paragraph that enumerates (…：1、…；2、…) does so after colons and semicolons. Joining every 8
 * lines gives 1–65 after sentence ends, and more than the line starts left. Table rows (cells
 * separated by tabs) are left out.
 *
 * A law laid out one article a line (第二条　本法用词，定义如下：一、…；二、…) has its enumerations
 * inside lines too, after colons and sentence ends, but it is laid out: most of its lines start with
 * 第X条 (or a chapter heading), and articles do not stand inside its lines after a sentence or clause end the
 * way they do once such lines are joined (`articleLinesMinShare`).
 */
export function isRunTogether(text: string, body: Span, rules: readonly MarkerRule[], options: ResolvedOutlineOptions): boolean {
  const mid = rules.filter((r) => STYLE_INFO[r.style].gbt !== 'prose');
  let afterSentence = 0;
  let afterClause = 0;
  let starts = 0;
  let lines = 0; // non-blank lines that are no table row
  let structuralStarts = 0; // … that start with 第X条/章/节/部分
  let articlesInside = 0; // 第X条 after a sentence or clause end inside a line
  for (let pos = body.start; pos < body.end; ) {
    const nl = text.indexOf('\n', pos);
    const end = nl === -1 || nl > body.end ? body.end : nl;
    let s = pos;
    while (s < end && isSpace(text.charCodeAt(s))) s++;
    const tab = text.indexOf('\t', s);
    if (tab !== -1 && tab < end) {
      pos = end + 1; // a table row: neither a line start nor a run-together paragraph
      continue;
    }
    const own = s < end ? tryRules(text, s, end, mid, options) : null;
    if (s < end) lines++;
    if (own !== null) {
      starts++;
      if (isStructural(own.match.style)) structuralStarts++;
    }
    for (let p = s + 1; p < end; p++) {
      const c = text.charCodeAt(p - 1);
      const strong = STRONG_END.has(c);
      if (!strong && !CLAUSE_END.has(c)) continue;
      let q = p;
      while (q < end && isSpace(text.charCodeAt(q))) q++;
      const hit = q < end ? tryRules(text, q, end, mid, options) : null;
      if (hit === null || isDigit(text.charCodeAt(hit.match.end)) || cellAfter(text, hit.match.end, end)) continue;
      if (strong) afterSentence++;
      else afterClause++;
      if (hit.match.style === 'article') articlesInside++;
    }
    pos = end + 1;
  }
  const articleLines = lines > 0 && structuralStarts >= lines * options.articleLinesMinShare && articlesInside < structuralStarts;
  if (articleLines) return false;
  const inside = afterSentence + afterClause;
  return afterSentence >= 1 && inside >= options.runTogetherMinMarkers && inside >= starts * options.runTogetherMinShare;
}

/** 第X条 and the headings above it (第X章/节/部分): the lines of a law laid out one article a line. */
function isStructural(style: OutlineStyle): boolean {
  return style === 'article' || STYLE_INFO[style].gbt === 'structural';
}
