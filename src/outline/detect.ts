import { isSpaceCode, SPACE_CLASS } from '../core/blanks.js';
import type { Span } from '../core/span.js';
import type { MarkerMatch, MarkerRule } from './markers/rule.js';
import type { ResolvedOutlineOptions } from './options.js';
import { midLineRules, splitPoints, type SplitPoint } from './run-together.js';

/** A line that starts (after indentation) with a numbering marker. */
export interface LineCandidate {
  lineStart: number;
  /** End of the line content, trailing spaces and the line break excluded. */
  contentEnd: number;
  markerStart: number;
  match: MarkerMatch;
  rule: MarkerRule;
  /** The previous non-blank line is an unnumbered lead-in sentence ending with a colon (此外，还要做到：). */
  afterLeadIn: boolean;
  /** The next non-blank line is an unnumbered paragraph (so this line heads it). */
  followedByBody: boolean;
  /** An unnumbered paragraph stands between the previous line-start marker and this one. */
  afterBody: boolean;
  /** Set by the run checks when the marker turns out not to enumerate (a lone 其次). */
  dropped: boolean;
  /** An attachment heading (附件1, 附表) stands between the previous candidate and this one. */
  afterAttachment?: boolean;
}

/** A line that opens an attachment: its numbering starts a new outline. */
const ATTACHMENT_MAX_CHARS = 8;
const ATTACHMENT = /^附(?:件|表|录)\s*[0-9一二三四五六七八九十]*\s*[:：]?$/;

export interface InlineHit {
  at: number;
  match: MarkerMatch;
  rule: MarkerRule;
}

/** The enumeration markers found inside one line (paragraph). */
export interface InlineLine {
  lineStart: number;
  contentEnd: number;
  hits: InlineHit[];
  /** Index in `candidates` of the line's own line-start marker, or null. */
  candidate: number | null;
  /** Index in `candidates` of the last line-start marker at or before this line, or null. */
  owner: number | null;
}

export interface Detection {
  candidates: LineCandidate[];
  inlineLines: InlineLine[];
  /** Items found inside run-together lines (0 unless run-together mode was on). */
  midLine: number;
}

// Inside a paragraph a marker must follow punctuation or a blank: 统一是 / 唯一是 are words.
const BOUNDARY_CHARS = '\n,;:。!?、“”"\'()《》【】[]';
const BOUNDARY_CODES: ReadonlySet<number> = new Set([...BOUNDARY_CHARS].map((c) => c.charCodeAt(0)));
const BOUNDARY = `(?<=^|[${SPACE_CLASS}${[...BOUNDARY_CHARS].map((c) => (/[\\\][^-]/.test(c) ? `\\${c}` : c)).join('')}])`;

function boundaryBefore(text: string, at: number): boolean {
  return at === 0 || BOUNDARY_CODES.has(text.charCodeAt(at - 1)) || isSpaceCode(text.charCodeAt(at - 1));
}

interface InlineScanner {
  re: RegExp;
  rules: MarkerRule[];
}
const inlineRegexCache = new WeakMap<readonly MarkerRule[], InlineScanner>();

/**
 * One regular expression for all inline-capable rules, so the body is scanned once, left to
 * right. It has no capture groups and one shared lookbehind: named groups per rule made V8's
 * scan several times slower. The rule that matched is found by trying the rules at the hit.
 */
function inlineRegex(rules: readonly MarkerRule[]): InlineScanner | null {
  let cached = inlineRegexCache.get(rules);
  if (cached === undefined) {
    const inlineRules = rules.filter((r) => r.inline !== undefined);
    const bounded = inlineRules.filter((r) => r.inline?.needsBoundary).map((r) => (r.inline as NonNullable<MarkerRule['inline']>).source);
    const free = inlineRules.filter((r) => r.inline?.needsBoundary === false).map((r) => (r.inline as NonNullable<MarkerRule['inline']>).source);
    const parts = [...(bounded.length > 0 ? [`${BOUNDARY}(?:${bounded.join('|')})`] : []), ...free.map((f) => `(?:${f})`)];
    cached = { re: new RegExp(parts.join('|'), 'gm'), rules: inlineRules };
    inlineRegexCache.set(rules, cached);
  }
  return cached.rules.length === 0 ? null : cached;
}

const dispatchCache = new WeakMap<readonly MarkerRule[], Map<number, MarkerRule[]>>();

/** The rules whose marker can start with character code `c` — computed once per character. */
function rulesStartingWith(rules: readonly MarkerRule[], c: number): MarkerRule[] {
  let table = dispatchCache.get(rules);
  if (table === undefined) {
    table = new Map();
    dispatchCache.set(rules, table);
  }
  let list = table.get(c);
  if (list === undefined) {
    const ch = String.fromCharCode(c);
    list = rules.filter((r) => r.first.test(ch));
    table.set(c, list);
  }
  return list;
}

function hasComma(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === 0x2c) return true;
  return false;
}

const isSpace = isSpaceCode;

/**
 * Walks the body line by line once: the line-start marker of each line (first matching rule in
 * order) and the inline markers, found by one regular expression that only moves forward. With
 * `runTogether`, a line is first cut into virtual lines at the markers that start items inside it
 * (run-together.ts); each virtual line is then read like a line of its own.
 */
export function detect(text: string, body: Span, rules: readonly MarkerRule[], options: ResolvedOutlineOptions, runTogether = false): Detection {
  const candidates: LineCandidate[] = [];
  const inlineLines: InlineLine[] = [];
  const inline = inlineRegex(rules);
  const midRules = runTogether ? midLineRules(rules) : [];
  const lastOrdinal = new Map<string, number>();
  let hit: RegExpExecArray | null = null;
  if (inline !== null) {
    inline.re.lastIndex = body.start;
    hit = inline.re.exec(text);
  }
  let awaiting: LineCandidate | null = null; // the last candidate, until the next non-blank line is seen
  let prevLeadIn = false;
  let sawBody = false;
  let midLine = 0;
  let attachment = false; // an attachment heading was the last line read

  /** One (virtual) line: [pos, rangeEnd) with its content in [start, contentEnd). */
  const readLine = (pos: number, start: number, contentEnd: number, rangeEnd: number, forced: SplitPoint | null): void => {
    if (start < contentEnd) {
      let found: LineCandidate | null = null;
      const make = (rule: MarkerRule, match: MarkerMatch): LineCandidate => ({
        lineStart: pos,
        contentEnd,
        markerStart: start,
        match,
        rule,
        afterLeadIn: prevLeadIn,
        followedByBody: false,
        afterBody: sawBody,
        dropped: false,
      });
      if (forced !== null) {
        found = make(forced.rule, forced.match);
        if (forced.afterAttachment === true) attachment = true;
      }
      else {
        for (const rule of rulesStartingWith(rules, text.charCodeAt(start))) {
          const match = rule.match(text, start, contentEnd, options);
          if (match === null) continue;
          // A row of a table (cells separated by tabs) numbered in its first cell is not an item.
          if (!tableRow(text, match.end, rangeEnd)) found = make(rule, match);
          break;
        }
      }
      // A lead-in (此外还要做到：) introduces what follows, so it does not make the line before a heading.
      if (awaiting !== null) awaiting.followedByBody = found === null && text.charCodeAt(contentEnd - 1) !== 0x3a;
      awaiting = found;
      if (found !== null) {
        if (attachment) found.afterAttachment = true;
        attachment = false;
        candidates.push(found);
      } else if (contentEnd - start <= ATTACHMENT_MAX_CHARS && ATTACHMENT.test(text.slice(start, contentEnd))) attachment = true;
      sawBody = found === null;
      // A lead-in is a sentence ending with a colon (对于重点单位，还要做到：). A short label such as
      // 三月份： is an unnumbered heading instead: numbering that restarts under it lacks its heading.
      prevLeadIn =
        found === null &&
        text.charCodeAt(contentEnd - 1) === 0x3a &&
        (contentEnd - start > options.headingLabelMaxChars || hasComma(text, start, contentEnd));

      // Inline markers of this line, after its own line-start marker.
      const scanFrom = found === null ? start : found.match.end;
      let line: InlineLine | null = null;
      while (inline !== null && hit !== null && hit.index < rangeEnd) {
        if (hit.index >= scanFrom) {
          let rule: MarkerRule | undefined;
          let match: MarkerMatch | null = null;
          const bounded = boundaryBefore(text, hit.index);
          for (const r of inline.rules) {
            if (r.inline?.needsBoundary === true && !bounded) continue;
            match = r.match(text, hit.index, contentEnd, options);
            if (match !== null) {
              rule = r;
              break;
            }
          }
          if (rule !== undefined && match !== null) {
            if (line === null) {
              line = {
                lineStart: pos,
                contentEnd,
                hits: [],
                candidate: found === null ? null : candidates.length - 1,
                owner: candidates.length === 0 ? null : candidates.length - 1,
              };
              inlineLines.push(line);
            }
            line.hits.push({ at: hit.index, match, rule });
          }
        }
        hit = inline.re.exec(text);
      }
    }
    // Hits on blank stretches (none can match there) or past a line are skipped by the loop above.
    while (inline !== null && hit !== null && hit.index < rangeEnd) hit = inline.re.exec(text);
  };

  for (let pos = body.start; pos < body.end; ) {
    const nl = text.indexOf('\n', pos);
    const lineEnd = nl === -1 || nl > body.end ? body.end : nl;
    let start = pos;
    while (start < lineEnd && isSpace(text.charCodeAt(start))) start++;
    let contentEnd = lineEnd;
    while (contentEnd > start && isSpace(text.charCodeAt(contentEnd - 1))) contentEnd--;

    // A table row (tab-separated cells) is not cut into items, whatever its cells say.
    const points = runTogether && start < contentEnd && !hasTab(text, start, lineEnd) ? linePoints(text, start, contentEnd, rules, midRules, options, lastOrdinal) : [];
    if (points.length === 0) readLine(pos, start, contentEnd, lineEnd, null);
    else {
      midLine += points.length;
      // The text before the first point (with the line's own marker, if any), then one virtual line per point.
      let end = (points[0] as SplitPoint).at;
      while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
      readLine(pos, start, end, (points[0] as SplitPoint).at, null);
      points.forEach((pt, k) => {
        const next = points[k + 1];
        const rangeEnd = next === undefined ? lineEnd : next.at;
        let e = next === undefined ? contentEnd : next.at;
        while (e > pt.at && isSpace(text.charCodeAt(e - 1))) e--;
        readLine(pt.at, pt.at, e, rangeEnd, pt);
      });
    }
    pos = lineEnd + 1;
  }
  return { candidates, inlineLines, midLine };
}

function hasTab(text: string, start: number, end: number): boolean {
  const tab = text.indexOf('\t', start);
  return tab !== -1 && tab < end;
}

/** Whether the text after a marker holds a tab between cells: a table row, not an item. */
export function tableRow(text: string, from: number, end: number): boolean {
  let i = from;
  while (i < end && isSpace(text.charCodeAt(i))) i++;
  const tab = text.indexOf('\t', i);
  return tab !== -1 && tab < end;
}

/** Split points inside a run-together line, after the line's own line-start marker. */
function linePoints(
  text: string,
  start: number,
  contentEnd: number,
  rules: readonly MarkerRule[],
  midRules: readonly MarkerRule[],
  options: ResolvedOutlineOptions,
  last: Map<string, number>,
): SplitPoint[] {
  let own: SplitPoint | null = null;
  for (const rule of rulesStartingWith(rules, text.charCodeAt(start))) {
    const match = rule.match(text, start, contentEnd, options);
    if (match !== null) {
      own = { at: start, rule, match };
      break;
    }
  }
  return splitPoints(text, { start, end: contentEnd }, own === null ? start : own.match.end, own, midRules, options, last);
}
