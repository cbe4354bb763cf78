import type { Diagnostic } from './diagnostics.js';
import type { Span } from './span.js';

/**
 * Numbering styles the outline stage recognises. The four names the gold uses are kept
 * (cn-dun 一、, cn-paren (一), num-dun 1、, cn-shi 一是); the others follow the same pattern.
 */
export type OutlineStyle =
  | 'part' // 第一部分
  | 'chapter' // 第一章
  | 'section' // 第一节
  | 'article' // 第一条
  | 'clause' // 第一款
  | 'cn-dun' // 一、
  | 'cn-dot' // 一.  一．
  | 'cn-paren' // (一) （一） (一)、 (一). — and the malformed (二、)
  | 'cn-paren-char' // ㈠
  | 'num-dun' // 1、
  | 'num-dot' // 1.  1．
  | 'num-half-paren' // 1)
  | 'num-paren' // (1) （1） (1)、
  | 'num-paren-char' // ⑴
  | 'circled' // ①
  | 'latin-dun' // A、 Ａ、
  | 'latin' // Ａ　(a bare capital and a space, Taiwanese writing guides)
  | 'decimal' // 1.1  1.2.3
  | 'cn-shi' // 一是 二是
  | 'cn-di' // 第一, 第二、
  | 'cn-seq'; // 首先 其次 再次 最后

export const OUTLINE_STYLES: readonly OutlineStyle[] = [
  'part', 'chapter', 'section', 'article', 'clause',
  'cn-dun', 'cn-dot', 'cn-paren', 'cn-paren-char',
  'num-dun', 'num-dot', 'num-half-paren', 'num-paren', 'num-paren-char',
  'circled', 'latin-dun', 'latin', 'decimal', 'cn-shi', 'cn-di', 'cn-seq',
];

/**
 * heading: a line-start marker that opens a section (short title, or a title merged with its body
 * such as 一、指导思想：全面贯彻…, or an item that has items under it);
 * item: a line-start marker that opens an ordinary paragraph of a list;
 * inline: an enumeration marker inside a paragraph (…：一是…；二是…). Inline items never own
 * other items and are not part of the line-start item list the gold scores.
 */
export type OutlineKind = 'heading' | 'item' | 'inline';

export interface OutlineItem {
  /** The whole item: its line (line-start items) or its clause (inline items), line break excluded. */
  span: Span;
  /** The marker as written, e.g. `（二、）` or `1．` — trailing space not included. */
  markerSpan: Span;
  /** `doc.text` sliced at markerSpan: the marker in the user's own script and width. */
  marker: string;
  style: OutlineStyle;
  /** The number the marker carries (首先 = 1, 其次 = 2 …, 最后 = the one after the previous). */
  ordinal: number;
  /** 1 = top level; a child is one deeper than its parent. */
  depth: number;
  /** Index into Outline.items of the parent item, or null at top level. */
  parent: number | null;
  kind: OutlineKind;
  /** The title: the heading text (without a body merged into the same line) or the first clause of an item. */
  titleSpan: Span;
  /** The ordinal this item gets when its run is renumbered without gaps (what `--fix` writes). */
  renumbered: number;
  /** Set when the marker is a misformed variant of its style, e.g. `(二、)` for `(二)`. */
  malformed?: boolean;
}

/** One place where the numbering departs from GB/T 9704-2012 7.3.3 (一、 → （一） → 1. → （1））. */
export interface GbtDeviation {
  /** Index into Outline.items. */
  item: number;
  /** The GB/T level of the item (1–4). */
  level: number;
  /** The marker as written. */
  found: string;
  /** The marker GB/T 9704 asks for at this level, with the renumbered ordinal. */
  suggested: string;
  span: Span;
}

/** A marker rewrite that `--fix` applies: GB/T form and gap-free numbering. */
export interface MarkerRewrite {
  item: number;
  span: Span;
  from: string;
  to: string;
}

export interface GbtReport {
  standard: 'GB/T 9704-2012';
  /** True when no line-start item deviates. */
  conforms: boolean;
  deviations: GbtDeviation[];
  /** Every marker change that renumbering and normalising would make (a superset of the deviations' changes). */
  rewrites: MarkerRewrite[];
  /** The same deviations as `gbt-9704` diagnostics (severity info), kept apart from Outline.diagnostics. */
  diagnostics: Diagnostic[];
  /** Remarks on what the report leaves out (levels deeper than four, legal-style 章/条 …), as data. */
  notes: GbtNote[];
}

/**
 * Items the GB/T report does not judge, and why: deeper than its four levels, 第X部分/章/节 headings
 * above them, 第X条/款 legal drafting, line-start prose enumerators (一是, 第一, 首先).
 */
export interface GbtNote {
  kind: 'deeper' | 'structural' | 'legal' | 'prose';
  count: number;
}

export interface Outline {
  /** Line-start and inline items in text order. */
  items: OutlineItem[];
  /** Content findings: gap, duplicate, restart, malformed, mixed-style, out-of-order. */
  diagnostics: Diagnostic[];
  conformance: GbtReport;
}
