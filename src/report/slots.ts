import type { Document } from '../core/document.js';
import { LineIndex } from '../core/lines.js';
import type { ParsedQuantity, Slot, SlotKind, SlotType } from '../core/template.js';

/** One slot in the `plankit slots` JSON contract (DESIGN.md), plus the parsed value of literals. */
export interface SlotJson {
  line: number;
  column: number;
  /** 0 for a hollow blank. */
  length: number;
  value: string;
  kind: SlotKind;
  type: SlotType;
  /** '' when the blank has no unit. */
  unit: string;
  label: string;
  /** 0–1: how sure the rule is that a good template has a blank here. */
  confidence: number;
  /** The rule that found it (placeholder/year-form, hollow/clause-end, literal/arabic-unit …). */
  rule: string;
  parsed?: ParsedQuantity;
}

export interface SlotsVariantJson {
  id: string;
  label: string | null;
  slots: SlotJson[];
}

export interface SlotsFileJson {
  path: string;
  variants: SlotsVariantJson[];
}

/** `plankit slots --format json`. */
export interface SlotsJson {
  files: SlotsFileJson[];
}

export function slotJson(lines: LineIndex, s: Slot): SlotJson {
  const p = lines.position(s.span.start);
  const out: SlotJson = {
    line: p.line,
    column: p.column,
    length: s.span.end - s.span.start,
    value: s.value,
    kind: s.kind,
    type: s.type,
    unit: s.unit,
    label: s.label,
    confidence: s.confidence,
    rule: s.rule,
  };
  if (s.parsed !== undefined) out.parsed = s.parsed;
  return out;
}

/** The slots JSON of one file from the variants' slots (as the pipeline finds them). */
export function slotsFileJson(
  doc: Document,
  variants: ReadonlyArray<{ variant: { id: string; label: string | null }; slots: readonly Slot[] }>,
  lines = new LineIndex(doc.text),
): SlotsFileJson {
  return {
    path: doc.path,
    variants: variants.map((v) => ({ id: v.variant.id, label: v.variant.label, slots: v.slots.map((s) => slotJson(lines, s)) })),
  };
}
