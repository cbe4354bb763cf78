import type { Span } from '../core/span.js';

/**
 * What the per-file analysis hands back to the main thread: plain data (it crosses a worker
 * boundary by structured clone), already shaped like the rows the store writes, with positions
 * computed in the worker so the single writer thread does no text work.
 */
export interface FileRecord {
  encoding: string;
  encodingCertain: boolean;
  format: string;
  script: string;
  title: string | null;
  /** Length of the decoded text in UTF-16 code units. */
  chars: number;
  variants: VariantRecord[];
  /** Findings about the whole file (read, split); variant findings sit on their variant. */
  diagnostics: DiagnosticRecord[];
  timings: { readMs: number; analyzeMs: number };
}

export interface VariantRecord {
  /** `<path>#<label>`, or the path alone for a page without variants. */
  id: string;
  label: string | null;
  index: number;
  header: Span | null;
  body: Span;
  startLine: number;
  endLine: number;
  /** Line and column of body.start (to place positions found in `text` back in the file). */
  bodyLine: number;
  bodyColumn: number;
  /** The body as decoded (the user's own script). */
  text: string;
  /** The body folded (Simplified, half-width, same length as text): what dedup compares. */
  folded: string;
  /** Normalised size of the body (reuse: the denominator of the boilerplate ratio). */
  normChars: number;
  /**
   * Content-word counts over jieba tokens (folded), for TF-IDF in the reuse report: a JSON object
   * text ({"工作":5,…}), serialised in the worker so the writer thread only stores it.
   */
  terms: string;
  outline: OutlineItemRecord[];
  slots: SlotRecord[];
  diagnostics: DiagnosticRecord[];
  passages: PassageRecord[];
}

export interface OutlineItemRecord {
  span: Span;
  line: number;
  column: number;
  marker: string;
  style: string;
  /** heading | item | inline (outline stage). */
  kind: string;
  ordinal: number | null;
  depth: number;
  parentLine: number | null;
  title: string;
}

export interface SlotRecord {
  span: Span;
  line: number;
  column: number;
  length: number;
  value: string;
  kind: string;
  type: string;
  unit: string | null;
  label: string | null;
}

export interface DiagnosticRecord {
  code: string;
  severity: string;
  span: Span;
  line: number;
  column: number;
  message: string;
  data?: Record<string, unknown>;
}

export interface PassageRecord {
  kind: 'sentence' | 'paragraph';
  /** Hash of the normalised text (53 bits): equal keys = the same passage up to folding, digits, punctuation. */
  key: number;
  span: Span;
  /** 1-based line of span.start. */
  line: number;
  /** Length of the normalised text (what the boilerplate ratio counts). */
  normChars: number;
}

/** Why a file could not be analysed: a PlankitError kind, or batch's own (timeout, worker-crash, internal). */
export interface FileFailure {
  kind: string;
  message: string;
}

/**
 * The per-file function a batch worker runs. `bytes` are the file's raw bytes, `options` the
 * batch's analyzerOptions (JSON data); it returns the rows or throws (a PlankitError for unusable
 * input; anything else is recorded as kind `internal`).
 */
export type AnalyzeFile = (path: string, bytes: Uint8Array, options: never) => FileRecord | Promise<FileRecord>;
