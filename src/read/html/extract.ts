import { lazyModule } from '../../core/lazy-module.js';

const cheerio = lazyModule<typeof import('cheerio')>('cheerio');
import type { AnyNode, Document, Element, Text } from 'domhandler';
import type { SourceSegment } from '../../core/document.js';
import { alignText, type AlignedPiece } from './align.js';
import { isElement, isText } from './nodes.js';
import { BLOCK_TAGS, CELL_TAGS, PREFORMATTED_TAGS } from './blocks.js';
import type { DropContext, DropRule } from './drop-rule.js';
import type { MalformedProblem, MalformedRule, ParseError } from './malformed-rule.js';
import { TextBuilder } from './text-builder.js';
import { pushAll } from '../../core/push-all.js';

export interface HtmlExtraction {
  /** Visible text: block boundaries as "\n", collapsible whitespace as single spaces. */
  text: string;
  title: string | undefined;
  /** Extracted-text offsets → decoded-source offsets (see SourceSegment). */
  sourceMap: SourceSegment[];
  /** Markup problems, in source order (offsets into the decoded source). */
  malformed: MalformedProblem[];
}

/** Text that is never visible even when its element is kept (a stray <script> inside a kept block). */
const INVISIBLE = new Set(['script', 'style', 'noscript', 'template', 'head']);
const NON_SPACE_RUN = /[^ \t\n\f\r]+/g;
const HTML_SPACE = /^[ \t\n\f\r]$/;

type Entry = { node: AnyNode } | { exit: Element };

/** Visible text length under a node, for the chrome guard. */
function visibleLength(node: AnyNode): number {
  let n = 0;
  const stack: AnyNode[] = [node];
  while (stack.length > 0) {
    const cur = stack.pop();
    if (cur === undefined) break;
    if (isText(cur)) n += cur.data.replace(/[ \t\n\f\r]+/g, '').length;
    else if ('children' in cur && !(isElement(cur) && INVISIBLE.has(cur.name))) {
      for (const c of cur.children) stack.push(c);
    }
  }
  return n;
}

function collapse(s: string): string {
  return s.replace(/[ \t\n\f\r]+/g, ' ').trim();
}

/** Writes `data[dataStart, +length)`, placed at `textStart`, into the map through the aligned pieces. */
function mapThrough(b: TextBuilder, pieces: AlignedPiece[], cursor: { i: number }, textStart: number, dataStart: number, length: number): void {
  const end = dataStart + length;
  while (cursor.i < pieces.length) {
    const p = pieces[cursor.i] as AlignedPiece;
    if (p.dataStart + p.length <= dataStart) {
      cursor.i++;
      continue;
    }
    if (p.dataStart >= end) return;
    const a = Math.max(p.dataStart, dataStart);
    const z = Math.min(p.dataStart + p.length, end);
    b.map(textStart + (a - dataStart), p.sourceStart + (a - p.dataStart), z - a);
    if (p.dataStart + p.length > end) return;
    cursor.i++;
  }
}

/**
 * HTML → plan text. Parses with parse5 (through cheerio) keeping source locations, drops what the
 * drop rules name, turns block boundaries into line breaks and collapses whitespace the way a
 * browser renders it, and records where each piece of text came from in the source.
 */
export function extractHtml(source: string, dropRules: readonly DropRule[], malformedRules: readonly MalformedRule[]): HtmlExtraction {
  const parseErrors: ParseError[] = [];
  const $ = cheerio().load(source, { sourceCodeLocationInfo: true, onParseError: (e) => parseErrors.push(e) });
  const root = $.root()[0] as Document;
  const body = $('body')[0];
  const lengths = new Map<Element, number>();
  const ctx: DropContext = {
    pageTextLength: body === undefined ? 0 : visibleLength(body),
    textLength: (el) => {
      let n = lengths.get(el);
      if (n === undefined) lengths.set(el, (n = visibleLength(el)));
      return n;
    },
  };

  const b = new TextBuilder();
  const ignoredTags: number[] = [];
  let preDepth = 0;

  const emitText = (t: Text): void => {
    const data = t.data;
    const loc = t.sourceCodeLocation;
    const alignment = loc == null ? null : alignText(data, source, loc.startOffset, loc.endOffset);
    if (alignment !== null) pushAll(ignoredTags, alignment.ignoredTags);
    const pieces = alignment?.pieces ?? [];
    const cursor = { i: 0 };
    let first = -1;
    if (preDepth > 0) {
      if (data.length === 0) return;
      first = b.append(data);
      mapThrough(b, pieces, cursor, first, 0, data.length);
    } else {
      let last = 0;
      NON_SPACE_RUN.lastIndex = 0;
      for (let m = NON_SPACE_RUN.exec(data); m !== null; m = NON_SPACE_RUN.exec(data)) {
        if (m.index > last) b.space();
        const at = b.append(m[0]);
        if (first < 0) first = at;
        mapThrough(b, pieces, cursor, at, m.index, m[0].length);
        last = m.index + m[0].length;
      }
      if (last < data.length && HTML_SPACE.test(data[data.length - 1] as string)) b.space();
    }
    // Text whose source could not be aligned is anchored at the node start (a zero-length segment).
    if (alignment === null && loc != null && first >= 0) b.map(first, loc.startOffset, 0);
  };

  const stack: Entry[] = root.children.map((node) => ({ node })).reverse();
  while (stack.length > 0) {
    const entry = stack.pop() as Entry;
    if ('exit' in entry) {
      const name = entry.exit.name;
      if (BLOCK_TAGS.has(name)) b.lineBreak();
      else if (CELL_TAGS.has(name)) b.space();
      if (PREFORMATTED_TAGS.has(name)) preDepth--;
      continue;
    }
    const node = entry.node;
    if (isText(node)) {
      emitText(node);
      continue;
    }
    if (!isElement(node)) continue; // comments, doctype, processing instructions
    if (dropRules.some((r) => r.drops(node, ctx))) continue;
    const name = node.name;
    if (name === 'br') {
      b.lineBreak();
      continue;
    }
    if (BLOCK_TAGS.has(name)) b.lineBreak();
    else if (CELL_TAGS.has(name)) b.space();
    if (PREFORMATTED_TAGS.has(name)) preDepth++;
    stack.push({ exit: node });
    for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i] as AnyNode });
  }

  const titleText = collapse($('title').first().text());
  const malformed = malformedRules
    .flatMap((r) => r.find({ source, root, parseErrors, ignoredTags }))
    .sort((x, y) => x.sourceOffset - y.sourceOffset);
  return { text: b.toString(), title: titleText === '' ? undefined : titleText, sourceMap: b.segments, malformed };
}
