import type { ErrorData, PlankitError } from '../core/errors.js';
import type { Span } from '../core/span.js';
import type { UnitFeatures } from './unit-features.js';
import { formatFailure } from '../messages/index.js';
import type { OutlineItemJson } from '../report/outline.js';
import type { SlotJson } from '../report/slots.js';
import type { PassageFeature } from '../reuse/types.js';

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
  /**
   * The folded title line that is part of this variant's dedup unit (a page without 篇 variants and
   * with a title; dedup/units.ts), else null.
   */
  titleFolded: string | null;
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
  /** The variant's passages, packed (see packPassages): one typed array crosses threads cheaply. */
  passages: Float64Array;
  /**
   * Dedup features of the unit (key of the normalised text, shingle count, length, sentence keys),
   * computed by the batch worker after the analysis (unit-features.ts) for the family phase.
   */
  unit?: UnitFeatures;
}

/** An outline item as stored: the `plankit outline` JSON item (report/outline.ts) and its span. */
export type OutlineItemRecord = Omit<OutlineItemJson, 'renumbered'> & { span: Span };

/**
 * A slot as stored: the `plankit slots` JSON slot (report/slots.ts) and its span; the parsed value
 * is not a column of the slots table. Confidence and rule are absent in slots stored before schema 4.
 */
export type SlotRecord = Omit<SlotJson, 'parsed' | 'confidence' | 'rule'> & { span: Span; confidence?: number; rule?: string };

export interface DiagnosticRecord {
  code: string;
  severity: string;
  span: Span;
  line: number;
  column: number;
  /** Rendered in the batch's language. */
  message: string;
  /** The diagnostic as data: the stage and rule that found it and its typed arguments. */
  data?: Record<string, unknown>;
}

/** A passage as stored: the reuse stage's per-variant feature (key: 53-bit hash of the normalised text). */
export type PassageRecord = PassageFeature;

/** Numbers per passage in a packed array: kind (0 sentence, 1 paragraph), key, start, end, line, normChars. */
export const PASSAGE_FIELDS = 6;

/**
 * Passages as one Float64Array (keys are 53-bit, exact in a double). A variant has a hundred or more
 * passages; as objects they cost more to send from the worker (and to receive) than to compute.
 */
export function packPassages(passages: readonly PassageRecord[]): Float64Array {
  const out = new Float64Array(passages.length * PASSAGE_FIELDS);
  passages.forEach((p, i) => {
    out.set([p.kind === 'sentence' ? 0 : 1, p.key, p.span.start, p.span.end, p.line, p.normChars], i * PASSAGE_FIELDS);
  });
  return out;
}

export function unpackPassages(packed: Float64Array): PassageRecord[] {
  const out: PassageRecord[] = [];
  for (let i = 0; i + PASSAGE_FIELDS <= packed.length; i += PASSAGE_FIELDS) {
    const at = (k: number): number => packed[i + k] ?? 0;
    out.push({ kind: at(0) === 0 ? 'sentence' : 'paragraph', key: at(1), span: { start: at(2), end: at(3) }, line: at(4), normChars: at(5) });
  }
  return out;
}

/** Failures that are batch's own, not a PlankitError: the code and its arguments. */
export type BatchFailureData =
  | { code: 'timeout'; args: { ms: number } }
  | { code: 'worker-crash'; args: { detail: string } }
  | { code: 'internal'; args: { detail: string } };

/** Why a file could not be analysed: a PlankitError kind, or batch's own (timeout, worker-crash, internal). */
export interface FileFailure {
  kind: string;
  /** In the batch's language once stored (English as the worker reports it); the database keeps it. */
  message: string;
  /** The failure as data, for rendering in any language (absent when read back from the database). */
  error?: ErrorData | BatchFailureData;
}

/** A failure of batch's own (timeout, worker-crash, internal), with its English message. */
export function batchFailure(data: BatchFailureData): FileFailure {
  return { kind: data.code, message: formatFailure(data, 'en'), error: data };
}

/** A thrown value as an Error (a non-Error thrown value becomes one with its text). */
export function asError(e: unknown): Error {
  return e instanceof Error ? e : new Error(String(e));
}

/** A PlankitError as a stored failure. */
export function errorFailure(e: PlankitError): FileFailure {
  return { kind: e.kind, message: e.message, error: e.data };
}

/**
 * The per-file function a batch worker runs. `bytes` are the file's raw bytes, `options` the
 * batch's analyzerOptions (JSON data); it returns the rows or throws (a PlankitError for unusable
 * input; anything else is recorded as kind `internal`).
 */
export type AnalyzeFile = (path: string, bytes: Uint8Array, options: never) => FileRecord | Promise<FileRecord>;
