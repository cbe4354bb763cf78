import type { Chrome, ChromeKind, Document, Script, SplitResult, Variant } from '../core/document.js';
import { LineIndex } from '../core/lines.js';
import type { Lang } from '../messages/index.js';
import { diagnosticJson, type DiagnosticJson } from './diagnostic-json.js';
import { variantLines } from './lines.js';

/** One variant in the `plankit split` JSON contract (DESIGN.md), plus extra fields. */
export interface SplitVariantJson {
  id: string;
  label: string | null;
  /** The header line, or the first body line when the page has no headers. */
  startLine: number;
  /** The last body line. */
  endLine: number;
  /** Line of the first body character (the line after the header). */
  bodyStartLine: number;
  /** Characters in the body. */
  chars: number;
}

/** One file in the `plankit split` JSON contract. */
export interface SplitFileJson {
  path: string;
  encoding: string;
  script: Script;
  title: string | null;
  titleLine: number | null;
  variants: SplitVariantJson[];
  /** Page chrome left out of the document (breadcrumbs, menus, blurbs, viewer page numbers …), in page order. */
  chrome: ChromeJson[];
  diagnostics: DiagnosticJson[];
}

/** One span of page chrome: its kind, where it starts and ends, and the rule that found it. */
export interface ChromeJson {
  kind: ChromeKind;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  rule: string;
}

/** `plankit split --format json`. */
export interface SplitJson {
  files: SplitFileJson[];
}

export function chromeJson(lines: LineIndex, c: Chrome): ChromeJson {
  const a = lines.position(c.span.start);
  const b = lines.position(c.span.end);
  return { kind: c.kind, line: a.line, column: a.column, endLine: b.line, endColumn: b.column, rule: c.rule };
}

export function splitVariantJson(lines: LineIndex, text: string, v: Variant): SplitVariantJson {
  return { id: v.id, label: v.label, ...variantLines(lines, text, v), chars: v.body.end - v.body.start };
}

/** The `plankit split` JSON of one file; diagnostics rendered in `lang`. */
export function splitFileJson(doc: Document, r: SplitResult, lang: Lang, lines = new LineIndex(doc.text)): SplitFileJson {
  return {
    path: doc.path,
    encoding: doc.encoding,
    script: doc.script,
    title: r.title?.text ?? null,
    titleLine: r.title ? lines.lineOf(r.title.span.start) : null,
    variants: r.variants.map((v) => splitVariantJson(lines, doc.text, v)),
    chrome: r.chrome.map((c) => chromeJson(lines, c)),
    diagnostics: r.diagnostics.map((d) => diagnosticJson(d, lines, lang)),
  };
}
