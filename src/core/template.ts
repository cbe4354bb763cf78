import type { Span } from './span.js';

/**
 * Slots and templates (template/ stage). A slot is a typed blank: where a filled-in plan carries an
 * organisation's own count, amount, year, name … Templates are text parts and slot parts; the
 * slots are never placeholder strings inside the text (DESIGN.md).
 */

/**
 * - `placeholder`: the site left a stand-in (20xx, xx, __, ~, *, 某某 …)
 * - `hollow`: the site stripped the number; a unit with no numeral where a quantity belongs
 * - `literal`: a concrete quantity the next user would change (8个, 3万元左右, 2023年)
 * - `variable`: text that differs between the members of a family
 */
export type SlotKind = 'placeholder' | 'hollow' | 'literal' | 'variable';

/**
 * What a slot holds. `time` is a clock time or a range of them (上午9:00--12:00, 12点); `docno` a
 * document number (〔2018〕128号).
 */
export type SlotType = 'count' | 'amount' | 'percent' | 'year' | 'date' | 'time' | 'ordinal' | 'org' | 'redacted' | 'text' | 'docno';

export const SLOT_KINDS: readonly SlotKind[] = ['placeholder', 'hollow', 'literal', 'variable'];
export const SLOT_TYPES: readonly SlotType[] = ['count', 'amount', 'percent', 'year', 'date', 'time', 'ordinal', 'org', 'redacted', 'text', 'docno'];

/** Years a value of a `year` slot may name when filling (a wider year is a typing mistake). */
export const YEAR_MIN = 1900;
export const YEAR_MAX = 2100;

/** The meaning of a literal's value, parsed with core/numerals. */
export interface ParsedQuantity {
  /** A single number, scaled by the unit's 万/亿 (3万元 → 30000). */
  value?: number;
  /** A range (3—5项, 6000—10000元), scaled like `value`. */
  min?: number;
  max?: number;
  /** 1e4 for 万元/万人, 1e8 for 亿元; absent when 1. */
  scale?: number;
  /** Approximation words around the number, folded to Simplified: 约, 余, 多, 左右, 以上 … */
  qualifiers?: string[];
}

export interface Slot {
  kind: SlotKind;
  type: SlotType;
  /**
   * The classifier or unit after the value in the user's script (人, 個, 萬元, %), '' when none. An
   * approximation word inside it is left out: the unit of ⟨∅⟩萬餘元 is 萬元, as the seed gold has it.
   */
  unit: string;
  /** What a person fills in here, from the context: 公司现有员工·人数. */
  label: string;
  /** Into the document text; empty (start === end) for a hollow blank, at the place the number belongs. */
  span: Span;
  /** The text of the span in the document ('' for a hollow blank). */
  value: string;
  /** Literals only: the parsed number, range and qualifiers. */
  parsed?: ParsedQuantity;
  /** Name of the detector that found it (for diagnostics and tests). */
  detector: string;
  /** The rule that made it, as `<detector>/<rule>` (placeholder/year-form, hollow/clause-end …). */
  rule: string;
  /**
   * How sure the rule is that every good template has a blank here, 0–1: ~0.9 and above for the
   * placeholders a site left and quantities with their unit, lower for readings that are defensible
   * either way (a count in Chinese numerals, a lone 某某). See template/detect/confidence.ts.
   */
  confidence: number;
}

/** A template is text and typed slots in reading order; optional blocks hold passages only some members have. */
export type TemplatePart = TextPart | SlotPart | OptionalPart;
export interface TextPart {
  text: string;
}
export interface SlotPart {
  slot: string;
}
export interface OptionalPart {
  optional: string;
  parts: TemplatePart[];
}

/** Where a template slot occurs in one member (positions in that member's document text). */
export interface SlotOccurrence {
  /** The member (variant) id. */
  id: string;
  line: number;
  column: number;
  length: number;
  value: string;
}

export interface TemplateSlot {
  id: string;
  kind: SlotKind;
  type: SlotType;
  unit: string;
  label: string;
  occurrences: SlotOccurrence[];
}

export interface OptionalBlock {
  id: string;
  /** The first words of the passage, for people choosing whether to keep it. */
  label: string;
  /** Members that have the passage. */
  members: string[];
}

export interface Template {
  /** Family id (the dedup family, or the member id for a template of one plan). */
  family: string;
  /** Member (variant) ids, the first one is the canonical member. */
  members: string[];
  parts: TemplatePart[];
  slots: TemplateSlot[];
  optionals: OptionalBlock[];
}

/** The values that fill a template: a value for each slot id, a choice for each optional block. */
export interface TemplateValues {
  /** null: mentioned but not filled in (a skeleton entry left empty). */
  slots: Record<string, string | null>;
  optional: Record<string, boolean>;
}

export function isTextPart(p: TemplatePart): p is TextPart {
  return 'text' in p;
}
export function isSlotPart(p: TemplatePart): p is SlotPart {
  return 'slot' in p;
}
export function isOptionalPart(p: TemplatePart): p is OptionalPart {
  return 'optional' in p;
}
