import type { OutlineKind } from '../core/outline.js';
import type { SlotKind, SlotType } from '../core/template.js';

/**
 * The rows of the results database as SQLite returns them (column names as in schema.ts and
 * SCHEMA.md), one declaration per table for every reader: the store reads files back, the reuse
 * loader and the template phase query them.
 */

export interface FileRow {
  id: number;
  path: string;
  hash: string;
  size: number;
  status: 'ok' | 'failed';
  error_kind: string | null;
  error_message: string | null;
  encoding: string | null;
  encoding_certain: number | null;
  format: string | null;
  script: string | null;
  title: string | null;
  chars: number | null;
  read_ms: number | null;
  analyze_ms: number | null;
  run_id: number;
}
export interface VariantRow {
  id: number;
  variant_id: string;
  label: string | null;
  idx: number;
  header_start: number | null;
  header_end: number | null;
  body_start: number;
  body_end: number;
  start_line: number;
  end_line: number;
  body_line: number;
  body_col: number;
  norm_chars: number;
  text: string;
  folded: string;
  terms: string;
  title_folded: string | null;
}
export interface OutlineRow {
  start: number;
  end: number;
  line: number;
  col: number;
  marker: string;
  style: string;
  kind: OutlineKind;
  ordinal: number;
  depth: number;
  parent_line: number | null;
  title: string;
}
export interface SlotRow {
  start: number;
  end: number;
  line: number;
  col: number;
  length: number;
  value: string;
  kind: SlotKind;
  type: SlotType;
  /** NULL when the blank has no unit (the record's ''). */
  unit: string | null;
  label: string | null;
  /** NULL in rows stored before schema 4. */
  confidence: number | null;
  rule: string | null;
}
export interface DiagnosticRow {
  variant: number | null;
  code: string;
  severity: string;
  start: number;
  end: number;
  line: number;
  col: number;
  message: string;
  data: string | null;
}
export interface PassageRow {
  kind: 'sentence' | 'paragraph';
  key: number;
  start: number;
  end: number;
  line: number;
  norm_chars: number;
}
