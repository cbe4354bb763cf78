import type { AnyNode, Element } from 'domhandler';
import { isText } from '../html/nodes.js';
import { Numbering } from './numbering.js';
import type { DocxParts } from './package.js';
import { Styles } from './styles.js';
import { firstChild, isElement, parseXml, type XmlPart } from './xml.js';
import { pushAll } from '../../core/push-all.js';

/**
 * Wrappers whose content is read as if they were not there: links, tags, content controls,
 * tracked insertions, simple fields; drawings and pictures for the text boxes inside them.
 */
const TRANSPARENT = ['hyperlink', 'smartTag', 'customXml', 'sdt', 'sdtContent', 'ins', 'moveTo', 'fldSimple', 'dir', 'bdo', 'drawing', 'pict', 'object'];
/** Content a reader does not see: tracked deletions, field instructions, deleted text. */
const HIDDEN = ['del', 'moveFrom', 'instrText', 'delText', 'rPr', 'pPr', 'sectPr'];
/** w:br types that end a line (page and column breaks do not start a new line of text). */
const LINE_BREAK_TYPES = new Set([undefined, 'textWrapping']);

interface Context {
  w: XmlPart['w'];
  isWord: XmlPart['isWord'];
  numbering: Numbering;
  names: { transparent: Set<string>; hidden: Set<string> };
}

/** A run hidden with w:vanish is not shown. */
function isVanished(run: Element, ctx: Context): boolean {
  const v = firstChild(firstChild(run, ctx.w('rPr')), ctx.w('vanish'));
  if (v === undefined) return false;
  const val = v.attribs[ctx.w('val')];
  return val === undefined || val === '1' || val === 'true' || val === 'on';
}

/**
 * The text of a paragraph's content: runs' text, tabs, line breaks; text boxes anchored in it are
 * collected as paragraphs of their own (`boxes`), read after it. In mc:AlternateContent only the
 * first choice is read (the fallback repeats the same text box).
 */
function inlineText(node: Element, ctx: Context, boxes: string[]): string {
  const { w } = ctx;
  let out = '';
  for (const c of node.children) {
    if (isText(c)) continue; // whitespace between elements
    if (!isElement(c)) continue;
    const name = c.name;
    if (ctx.names.hidden.has(name) || name === 'mc:Fallback') continue;
    if (name === w('t')) out += textOf(c);
    else if (name === w('tab') || name === w('ptab')) out += '\t';
    else if (name === w('br')) out += LINE_BREAK_TYPES.has(c.attribs[w('type')]) ? '\n' : '';
    else if (name === w('cr')) out += '\n';
    else if (name === w('noBreakHyphen')) out += '-';
    else if (name === w('r')) out += isVanished(c, ctx) ? '' : inlineText(c, ctx, boxes);
    else if (name === w('txbxContent')) pushAll(boxes, blockLines(c, ctx));
    else if (name === w('p')) pushAll(boxes, paragraphLines(c, ctx)); // a paragraph where runs belong: read on its own
    else if (ctx.names.transparent.has(name) || name === 'mc:AlternateContent' || name === 'mc:Choice' || !ctx.isWord(name)) out += inlineText(c, ctx, boxes);
  }
  return out;
}

function textOf(t: Element): string {
  return t.children.map((c: AnyNode) => (isText(c) ? c.data : '')).join('');
}

/** A paragraph → its lines: its number as text, its runs (a soft line break starts a new line), then its text boxes. */
function paragraphLines(p: Element, ctx: Context): string[] {
  const number = ctx.numbering.next(firstChild(p, ctx.w('pPr')), ctx.w);
  const boxes: string[] = [];
  const text = number + inlineText(p, ctx, boxes);
  return [...text.split('\n'), ...boxes];
}

/** A table → one line per row, cells separated by a tab; a cell's own lines joined by a space. */
function tableLines(tbl: Element, ctx: Context): string[] {
  const { w } = ctx;
  const lines: string[] = [];
  const rows = (el: Element): Element[] =>
    el.children.filter(isElement).flatMap((c) => (c.name === w('tr') ? [c] : ctx.names.transparent.has(c.name) ? rows(c) : []));
  const cells = (el: Element): Element[] =>
    el.children.filter(isElement).flatMap((c) => (c.name === w('tc') ? [c] : ctx.names.transparent.has(c.name) ? cells(c) : []));
  for (const tr of rows(tbl)) {
    lines.push(cells(tr).map((tc) => blockLines(tc, ctx).join(' ').replace(/\t/g, ' ').trim()).join('\t'));
  }
  return lines;
}

/** Block content (the body, a cell, a text box, a content control): paragraphs and tables, in order. */
function blockLines(el: Element, ctx: Context): string[] {
  const { w } = ctx;
  const lines: string[] = [];
  for (const c of el.children) {
    if (!isElement(c) || ctx.names.hidden.has(c.name)) continue;
    if (c.name === w('p')) pushAll(lines, paragraphLines(c, ctx));
    else if (c.name === w('tbl')) pushAll(lines, tableLines(c, ctx));
    else if (ctx.names.transparent.has(c.name)) pushAll(lines, blockLines(c, ctx));
  }
  return lines;
}

/**
 * A Word document's body as lines of text: one line per paragraph (empty paragraphs are empty
 * lines, so a page typed line by line keeps its line numbers), a soft line break starts a new line,
 * automatic numbering is written as text (一、 （一） 1.), and a table row is one line with its cells
 * separated by tabs. Headers, footers, comments and footnotes are not the body and are left out.
 */
export function extractDocx(parts: DocxParts): string {
  const doc = parseXml(parts.document);
  const styles = new Styles(parts.styles === undefined ? undefined : parseXml(parts.styles));
  const numbering = new Numbering(parts.numbering === undefined ? undefined : parseXml(parts.numbering), styles);
  const { w } = doc;
  const ctx: Context = {
    w,
    isWord: doc.isWord,
    numbering,
    names: { transparent: new Set(TRANSPARENT.map(w)), hidden: new Set(HIDDEN.map(w)) },
  };
  const body = firstChild(doc.root, w('body'));
  return body === undefined ? '' : blockLines(body, ctx).join('\n');
}
