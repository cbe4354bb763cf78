import type { Document, Variant } from '../core/document.js';
import { LineIndex } from '../core/lines.js';
import type { GbtNote, Outline, OutlineItem } from '../core/outline.js';
import { reportTexts, type Lang } from '../messages/index.js';
import { diagnosticJson, type DiagnosticJson } from './diagnostic-json.js';

/** One numbering marker in the `plankit outline` JSON contract (DESIGN.md), plus extra fields. */
export interface OutlineItemJson {
  line: number;
  column: number;
  marker: string;
  style: string;
  ordinal: number;
  depth: number;
  parentLine: number | null;
  title: string;
  kind: OutlineItem['kind'];
  /** The ordinal after closing gaps (what --fix writes). */
  renumbered: number;
}

/** A remark of the GB/T report: its kind and count as data, and the sentence. */
export interface GbtNoteJson extends GbtNote {
  message: string;
}

export interface ConformanceJson {
  standard: string;
  conforms: boolean;
  deviations: Array<{ line: number; column: number; level: number; found: string; suggested: string }>;
  notes: GbtNoteJson[];
}

export interface OutlineVariantJson {
  id: string;
  label: string | null;
  /** Line-start items only — the numbering structure (what the gold scores). */
  items: OutlineItemJson[];
  /** Enumerations inside paragraphs (工作重点：一是…；二是…), kept apart from the line-start items. */
  inline: OutlineItemJson[];
  diagnostics: DiagnosticJson[];
  /** With --gbt: the GB/T 9704-2012 conformance report. */
  conformance?: ConformanceJson;
}

export interface OutlineFileJson {
  path: string;
  variants: OutlineVariantJson[];
}

/** `plankit outline --format json`. */
export interface OutlineJson {
  files: OutlineFileJson[];
}

export interface VariantOutline {
  variant: Variant;
  outline: Outline;
}

/** One item: position of its marker, its parent's line, its title as written. */
export function outlineItemJson(doc: Document, lines: LineIndex, items: readonly OutlineItem[], it: OutlineItem): OutlineItemJson {
  const p = lines.position(it.markerSpan.start);
  const parent = it.parent === null ? undefined : items[it.parent];
  return {
    line: p.line,
    column: p.column,
    marker: it.marker,
    style: it.style,
    ordinal: it.ordinal,
    depth: it.depth,
    parentLine: parent === undefined ? null : lines.lineOf(parent.span.start),
    title: doc.text.slice(it.titleSpan.start, it.titleSpan.end),
    kind: it.kind,
    renumbered: it.renumbered,
  };
}

/** The `plankit outline` JSON of one file; diagnostics and GB/T notes rendered in `lang`. */
export function outlineFileJson(doc: Document, outlines: readonly VariantOutline[], withGbt: boolean, lang: Lang, lines = new LineIndex(doc.text)): OutlineFileJson {
  const t = reportTexts(lang);
  return {
    path: doc.path,
    variants: outlines.map(({ variant, outline }) => {
      const itemJson = (it: OutlineItem): OutlineItemJson => outlineItemJson(doc, lines, outline.items, it);
      const v: OutlineVariantJson = {
        id: variant.id,
        label: variant.label,
        items: outline.items.filter((it) => it.kind !== 'inline').map(itemJson),
        inline: outline.items.filter((it) => it.kind === 'inline').map(itemJson),
        diagnostics: outline.diagnostics.map((d) => diagnosticJson(d, lines, lang)),
      };
      if (withGbt) {
        const c = outline.conformance;
        v.conformance = {
          standard: c.standard,
          conforms: c.conforms,
          deviations: c.deviations.map((d) => ({ ...lines.position(d.span.start), level: d.level, found: d.found, suggested: d.suggested })),
          notes: c.notes.map((n) => ({ ...n, message: t.gbtNote(n) })),
        };
      }
      return v;
    }),
  };
}
