/**
 * The per-file analysis batch workers run by default: decode (read/), the whole per-document
 * pipeline (normalize, split, segment, outline, slots), and reuse's per-variant features, turned
 * into the plain rows the store writes. Positions (line, column) are computed here, in the worker.
 */
import type { Diagnostic } from '../core/diagnostics.js';
import type { JsonlUnitRef } from '../core/document.js';
import { LineIndex } from '../core/lines.js';
import type { Span } from '../core/span.js';
import { unitTitle } from '../dedup/index.js';
import { formatDiagnostic, type Lang } from '../messages/index.js';
import { analyzeDocument, type AnalyzeOptions } from '../pipeline.js';
import { decodeBytes, decodeUnit, type RequestedFormat } from '../read/index.js';
import { variantLines } from '../report/lines.js';
import { outlineItemJson, type OutlineItemJson } from '../report/outline.js';
import { slotJson, type SlotJson } from '../report/slots.js';
import { reuseFeatures, type ReuseOptions } from '../reuse/index.js';
import { packPassages, type DiagnosticRecord, type FileRecord, type OutlineItemRecord, type SlotRecord, type VariantRecord } from './record.js';

/** What a batch passes to every analysis (JSON-serialisable: it travels in workerData). */
export interface FileAnalysisOptions {
  encoding?: string;
  format?: RequestedFormat;
  reuse?: Partial<ReuseOptions>;
  /** Set for a JSON Lines unit: `bytes` are then its text in UTF-8, and `path` is `<file>#<id>`. */
  unit?: JsonlUnitRef;
  /** The language of the stored diagnostic messages (codes and arguments are stored as data too). Default zh. */
  lang?: Lang;
}

const utf8 = new TextDecoder('utf-8');

export function analyzeFile(path: string, bytes: Uint8Array, options: FileAnalysisOptions = {}): FileRecord {
  const t0 = performance.now();
  const read: NonNullable<AnalyzeOptions['read']> = {};
  if (options.encoding !== undefined) read.encoding = options.encoding;
  if (options.format !== undefined) read.format = options.format;
  const decoded =
    options.unit === undefined
      ? decodeBytes(path, bytes, read)
      : decodeUnit({ ...options.unit, path, text: utf8.decode(bytes), byteLength: bytes.byteLength }, read);
  const t1 = performance.now();
  const analysis = analyzeDocument(decoded, { read });
  // Reuse features and the stored folded text come from the content view (chrome blanked).
  const doc = analysis.content;
  const lines = new LineIndex(doc.text);
  const diag = (d: Diagnostic): DiagnosticRecord => {
    const pos = lines.position(d.span.start);
    return {
      code: d.code,
      severity: d.severity,
      span: d.span,
      line: pos.line,
      column: pos.column,
      message: formatDiagnostic(d, options.lang ?? 'zh'),
      data: { stage: d.stage, rule: d.rule, args: d.args },
    };
  };

  const variants: VariantRecord[] = analysis.variants.map(({ variant, sentences, tokens, outline, slots, diagnostics }) => {
    const features = reuseFeatures(doc, variant.body, sentences, tokens, options.reuse, lines);
    const items = outline?.items ?? [];
    const bodyPos = lines.position(variant.body.start);
    return {
      id: variant.id,
      label: variant.label,
      index: variant.index,
      header: variant.header,
      body: variant.body,
      ...startEnd(variantLines(lines, doc.text, variant)),
      bodyLine: bodyPos.line,
      bodyColumn: bodyPos.column,
      text: doc.text.slice(variant.body.start, variant.body.end),
      folded: doc.folded.slice(variant.body.start, variant.body.end),
      titleFolded: unitTitle(doc.folded, analysis.title, variant),
      normChars: features.normChars,
      terms: termsJson(features.terms),
      // The same shapes as `plankit outline` and `plankit slots` give, with the spans.
      outline: items.map((item) => outlineRecord(item.span, outlineItemJson(doc, lines, items, item))),
      slots: slots.map((s) => slotRecord(s.span, slotJson(lines, s))),
      diagnostics: diagnostics.map(diag),
      passages: packPassages(features.passages),
    };
  });

  return {
    encoding: doc.encoding,
    encodingCertain: doc.encodingCertain,
    format: doc.format,
    script: doc.script,
    title: analysis.title?.text ?? doc.htmlTitle ?? null,
    chars: doc.text.length,
    variants,
    diagnostics: analysis.diagnostics.map(diag),
    timings: { readMs: round(t1 - t0), analyzeMs: round(performance.now() - t1) },
  };
}

// The records are built field by field: a rest destructuring ({ parsed, ...json }) runs in V8's
// runtime, and on a page of many numbers it was a tenth of the time spent outside jieba.

/** The outline item JSON without `renumbered` (not a column), with its span. */
function outlineRecord(span: Span, j: OutlineItemJson): OutlineItemRecord {
  return { span, line: j.line, column: j.column, marker: j.marker, style: j.style, ordinal: j.ordinal, depth: j.depth, parentLine: j.parentLine, title: j.title, kind: j.kind };
}

/** The slot JSON without `parsed` (not a column), with its span. */
function slotRecord(span: Span, j: SlotJson): SlotRecord {
  return { span, line: j.line, column: j.column, length: j.length, value: j.value, kind: j.kind, type: j.type, unit: j.unit, label: j.label, confidence: j.confidence, rule: j.rule };
}

/** Counts as a JSON object text, built directly (an intermediate object of thousands of keys is slow). */
export function termsJson(terms: ReadonlyMap<string, number>): string {
  const parts: string[] = [];
  for (const [k, v] of terms) parts.push(`${JSON.stringify(k)}:${v}`);
  return `{${parts.join(',')}}`;
}

/** A variant's first and last line (report/lines.ts, as `plankit split` gives them). */
function startEnd(l: { startLine: number; endLine: number }): { startLine: number; endLine: number } {
  return { startLine: l.startLine, endLine: l.endLine };
}

function round(ms: number): number {
  return Math.round(ms * 1000) / 1000;
}
