import type { Html, List, Nodes, Parent, PhrasingContent, Root, TableRow } from 'mdast';
import type { SourceSegment } from '../../core/document.js';
import { extractHtml } from '../html/extract.js';
import { dropNonTextTags } from '../html/drop-non-text-tags.js';
import { writeAligned } from './align.js';
import { keptListMarker } from './list-marker.js';
import { MappedText } from './mapped-text.js';
import { parseMarkdown } from './parse.js';

export interface MarkdownExtraction {
  /** The text a reader sees: one line per line of a block, blocks separated as in the source. */
  text: string;
  /** Extracted-text offsets → decoded-source offsets (see SourceSegment). */
  sourceMap: SourceSegment[];
}

/** Inline HTML that is a line break when read. */
const BR_TAG = /^<br\s*\/?>$/i;

interface Walk {
  source: string;
  out: MappedText;
  /** Source line where the last written block ended (0 before the first). */
  lastLine: number;
  /** An ordered-list number waiting for the first block of its item. */
  marker: { text: string; offset: number; line: number } | null;
}

function lineOf(node: Nodes, edge: 'start' | 'end'): number {
  return node.position?.[edge].line ?? 0;
}

/**
 * Starts a block: the separator from the previous block (a line break when the source lines are
 * adjacent, a blank line when the source has one or more between them), then a pending list number.
 */
function startBlock(w: Walk, node: Nodes): void {
  const startLine = w.marker?.line ?? lineOf(node, 'start');
  if (w.out.length > 0) w.out.write(startLine - w.lastLine > 1 ? '\n\n' : '\n');
  const marker = w.marker;
  w.marker = null;
  if (marker !== null) {
    const contentStart = node.position?.start.offset ?? marker.offset;
    if (contentStart > marker.offset && lineOf(node, 'start') === marker.line) {
      // "1. 目标": the number and the spaces after it, as written.
      const written = w.source.slice(marker.offset, contentStart);
      const at = w.out.length;
      w.out.write(written);
      w.out.map(at, marker.offset, written.length);
    } else {
      // The number alone on its line: an empty item, or an item whose text starts on the next line.
      const at = w.out.length;
      w.out.write(marker.text);
      w.out.map(at, marker.offset, marker.text.length);
      if (contentStart > marker.offset) w.out.write('\n');
    }
  }
  w.lastLine = lineOf(node, 'end');
}

function writeSource(w: Walk, node: Nodes & { value: string }): void {
  const p = node.position;
  if (p === undefined) w.out.write(node.value);
  else writeAligned(w.out, node.value, w.source, p.start.offset ?? 0, p.end.offset ?? 0);
}

function writeInline(w: Walk, node: PhrasingContent): void {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      writeSource(w, node);
      return;
    case 'break':
      w.out.write('\n');
      return;
    case 'html':
      if (BR_TAG.test(node.value.trim())) w.out.write('\n');
      return; // other inline tags are markup; the text between them is text nodes of its own
    case 'image':
    case 'imageReference':
    case 'footnoteReference':
      return;
    default:
      // emphasis, strong, delete, link, linkReference: their text, without the markup
      if ('children' in node) for (const c of node.children) writeInline(w, c);
  }
}

/** An HTML block: the text a browser would show (scripts and styles dropped), mapped when it can be. */
function writeHtmlBlock(w: Walk, node: Html): void {
  const html = extractHtml(node.value, [dropNonTextTags], []);
  const at = w.out.length;
  w.out.write(html.text);
  const start = node.position?.start.offset;
  // Inside a block quote or list the node's value is not one slice of the source: left unmapped.
  if (start === undefined || w.source.slice(start, start + node.value.length) !== node.value) return;
  for (const s of html.sourceMap) w.out.map(at + s.textStart, start + s.sourceStart, s.length);
}

function writeRow(w: Walk, row: TableRow): void {
  row.children.forEach((cell, k) => {
    if (k > 0) w.out.write('\t');
    for (const c of cell.children) writeInline(w, c);
  });
}

/** One block that becomes lines of text; dropped whole when it shows nothing (an image alone). */
function leaf(w: Walk, node: Nodes, write: () => void): void {
  const before = w.out.mark();
  const { lastLine, marker } = w;
  startBlock(w, node);
  const bodyStart = w.out.mark();
  write();
  if (marker === null && !/\S/.test(w.out.since(bodyStart))) {
    w.out.rollback(before);
    w.lastLine = lastLine;
  }
}

function walkBlock(w: Walk, node: Nodes): void {
  switch (node.type) {
    case 'paragraph':
    case 'heading':
      leaf(w, node, () => node.children.forEach((c) => writeInline(w, c)));
      return;
    case 'code':
      leaf(w, node, () => writeSource(w, node));
      return;
    case 'html':
      leaf(w, node, () => writeHtmlBlock(w, node));
      return;
    case 'table':
      node.children.forEach((row, k) => {
        // Rows are adjacent lines even across the |---| rule under the header.
        if (k > 0) w.lastLine = lineOf(row, 'start') - 1;
        leaf(w, row, () => writeRow(w, row));
      });
      return;
    case 'list':
      walkList(w, node);
      return;
    case 'yaml':
    case 'thematicBreak':
    case 'definition':
      return; // front matter, rules and link definitions are not text
    default:
      // Containers (block quotes, footnote definitions) hold blocks; TOML front matter holds none.
      if ('children' in node) for (const c of (node as Parent).children) walkBlock(w, c);
  }
}

function walkList(w: Walk, list: List): void {
  for (const item of list.children) {
    const kept = keptListMarker(list, item, w.source);
    w.marker = kept === null ? null : { ...kept, line: lineOf(item, 'start') };
    for (const c of item.children) walkBlock(w, c);
    // An item with no block of its own ("3." alone): its number is still a line.
    if (w.marker !== null) leaf(w, item, () => undefined);
  }
}

/**
 * Markdown → the text a reader sees, with a source map: front matter, heading and emphasis marks,
 * link targets, images, bullets, table rules and HTML tags go; link text, code (fenced or indented)
 * and ordered-list numbers stay; a table row is a line with its cells separated by tabs. Every
 * character copied from the source is mapped back to it; separators are not.
 */
export function extractMarkdown(source: string): MarkdownExtraction {
  const root: Root = parseMarkdown(source);
  const w: Walk = { source, out: new MappedText(), lastLine: 0, marker: null };
  walkBlock(w, root);
  return { text: w.out.toString(), sourceMap: w.out.segments };
}
