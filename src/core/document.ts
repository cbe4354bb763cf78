import type { Diagnostic } from './diagnostics.js';
import type { Span } from './span.js';

/** How a document was read: plain text, an HTML page, a Markdown file (markup dropped) or a Word .docx. */
export type InputFormat = 'text' | 'html' | 'markdown' | 'docx';
export type Script = 'simplified' | 'traditional' | 'mixed' | 'none';

/**
 * A run of extracted text that comes verbatim from the source: text offsets
 * [textStart, textStart+length) correspond to source offsets [sourceStart, sourceStart+length)
 * in the decoded source string. HTML and Markdown input have one; for text input text === source.
 */
export interface SourceSegment {
  textStart: number;
  sourceStart: number;
  length: number;
}

/** Where a JSON Lines unit comes from. */
export interface JsonlUnitRef {
  /** The JSON Lines file as the user gave it. */
  file: string;
  /** The unit's id: its id field, or its 1-based line number when it has none. */
  id: string;
  /** 1-based line of the file that holds the unit. */
  line: number;
}

/** read/ output: decoded text, nothing else changed. */
export interface DecodedDocument {
  /** The path as the user gave it ("-" for stdin); used in ids and messages. */
  path: string;
  /** Canonical encoding name: utf-8, utf-16le, utf-16be, gb18030, big5 … */
  encoding: string;
  /** True when the encoding came from a BOM, a <meta charset> or --encoding rather than a guess. */
  encodingCertain: boolean;
  format: InputFormat;
  /** Decoded text (HTML: the extracted text). Line breaks as in the file; BOM removed. */
  text: string;
  byteLength: number;
  /** HTML <title>, when there is one. */
  htmlTitle?: string;
  /** HTML and Markdown: map from extracted text offsets back to the decoded source. */
  sourceMap?: SourceSegment[];
  /** A unit of a JSON Lines file: `path` is then `<file>#<id>`. */
  unit?: JsonlUnitRef;
  diagnostics: Diagnostic[];
}

/** normalize/ output: the same document plus a folded copy of exactly the same length. */
export interface Document extends DecodedDocument {
  /**
   * Simplified, half-width, line breaks as "\n" only — same length as `text`, character for
   * character, so every offset found in `folded` is valid in `text`.
   */
  folded: string;
  script: Script;
}

/** A 篇 variant of a page (or the whole page when it has no variant headers). */
export interface Variant {
  /** `<path>#<label>`, or the path alone when the file has no variants. */
  id: string;
  /** Canonical 篇N / 范文N with Arabic N (篇一 and 第一篇 → 篇1, 範文三 → 范文3), or null for a whole file. */
  label: string | null;
  /** 0-based position in the page. */
  index: number;
  /** The header line, e.g. "2023企業工會年度工作計畫 篇2" (null for a whole file). */
  header: Span | null;
  /** The variant's body: from after its header line up to the next header (trailing blank lines trimmed). */
  body: Span;
}

export interface PageTitle {
  text: string;
  span: Span;
}

/**
 * Page chrome: text of the site, not of the document (breadcrumbs, login and menu lines, collection
 * titles such as 精选10篇, editor blurbs, read counts, viewer page numbers, download buttons, file
 * names, timestamps, related-article lists, copyright footers, variant headers' own ordinals …).
 */
export type ChromeKind =
  | 'breadcrumb'
  | 'login-menu'
  | 'collection-title'
  | 'editor-blurb'
  | 'read-count'
  | 'viewer-page'
  | 'download'
  | 'file-name'
  | 'timestamp'
  | 'related-list'
  | 'copyright-footer';

/**
 * A chrome annotation: a span of the document text that later stages (outline, slots, templates,
 * dedup, reuse) must not read as content. The text is never changed; stages mask it.
 */
export interface Chrome {
  kind: ChromeKind;
  span: Span;
  /** The rule that recognised it, as `split/<file>`. */
  rule: string;
}

export interface SplitResult {
  title: PageTitle | null;
  variants: Variant[];
  /** Page chrome, in document order, never overlapping. */
  chrome: Chrome[];
  diagnostics: Diagnostic[];
}

export interface Sentence {
  span: Span;
}

export interface Token {
  span: Span;
  /**
   * Part-of-speech tag from jieba ('x' for punctuation and whitespace, 'ph' for placeholders).
   * Without `pos: true` segment/ does not ask jieba for tags: words are tagged '' (only 'x' and
   * 'ph' are set).
   */
  tag: string;
}
