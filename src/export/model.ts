/**
 * The one place that knows how a template's slots become the fields a person fills in: every
 * exporter (Word template, values read back from Word, the fill-in page) works on `ExportTemplate`
 * and `FieldValues`, never on slots. Filling and validation are the template stage's own
 * (fillTemplate, validateValue), so Word, the page and `plankit fill` agree on every value.
 *
 * Free of Node APIs: the fill-in page bundles this module.
 */
import { parseDocument } from 'yaml';
import { isOptionalPart, isSlotPart, type SlotType, type Template, type TemplatePart, type TemplateValues } from '../core/template.js';
import { fillTemplate } from '../template/fill/fill.js';
import { fieldModel } from '../template/field-model.js';
import type { ValueProblem } from '../core/errors.js';
import { validateFieldValue } from '../template/fill/validate.js';
import { skeletonYaml, valuesSkeleton } from '../template/render/skeleton.js';

/** One question for the person filling in: a value that goes into one or more blanks. */
export interface ExportField {
  /** Stable key: the content-control tag in Word, the key in the values file, the input's name on the page. */
  key: string;
  /** What to write, in Chinese. */
  label: string;
  type: SlotType;
  /** Written in the text after the blank (人, 万元, %); '' when none. */
  unit: string;
  /** A value from the family's members, '' when none. */
  example: string;
  /** The blanks it fills. */
  slots: string[];
  /** The optional block every blank of the field lies in, null when one is outside every block. */
  block: string | null;
  /** Per blank, the optional blocks around it (outermost first). */
  places: ReadonlyArray<readonly string[]>;
  /** Values some member has: always accepted (keeping a member's own text is never wrong). */
  accepted: string[];
}

export interface ExportBlock {
  id: string;
  /** The first words of the passage. */
  label: string;
}

export interface ExportTemplate {
  family: string;
  /** The plan's title (the canonical member's heading), or null when the template has none. */
  title: string | null;
  parts: TemplatePart[];
  fields: ExportField[];
  blocks: ExportBlock[];
  /** Slot id → field key. */
  fieldOfSlot: Record<string, string>;
  /** The template as the template stage reads it (filling goes through it). */
  source: Template;
}

/** What a person filled in: a value per field key (null: left empty), a choice per optional block. */
export interface FieldValues {
  fields: Record<string, string | null>;
  optional: Record<string, boolean>;
}

/** A template with a title beside it (`plankit template` writes one when the family has a heading). */
export type TitledTemplate = Template & { title?: string };

export function exportTemplate(template: TitledTemplate, title?: string): ExportTemplate {
  // The template stage's field model: each field with every place it occurs and the blocks around it.
  const model = fieldModel(template);
  const fields: ExportField[] = model.fields.map((f) => {
    const places = f.slots.map((s) => f.occurrences.find((o) => o.slot === s)?.blocks ?? []);
    const innermost = places.map((p) => p[p.length - 1] ?? null);
    const accepted = [...new Set(f.occurrences.map((o) => o.value))];
    return {
      key: f.key,
      label: f.label,
      type: f.type,
      unit: f.unit,
      example: f.example,
      slots: f.slots,
      block: innermost.every((b) => b !== null && b === innermost[0]) ? (innermost[0] ?? null) : null,
      places,
      accepted,
    };
  });
  const fieldOfSlot: Record<string, string> = {};
  for (const f of fields) for (const s of f.slots) fieldOfSlot[s] = f.key;
  const named = title ?? template.title;
  return {
    family: template.family,
    title: named !== undefined && named.trim().length > 0 ? named.trim() : null,
    parts: template.parts,
    fields,
    blocks: model.optionals.map((b) => ({ id: b.id, label: b.label })),
    fieldOfSlot,
    source: template,
  };
}

/** Every optional block kept, no value yet: what a blank form starts from. */
export function emptyValues(t: ExportTemplate): FieldValues {
  const fields: Record<string, string | null> = {};
  for (const f of t.fields) fields[f.key] = null;
  const optional: Record<string, boolean> = {};
  for (const b of t.blocks) optional[b.id] = true;
  return { fields, optional };
}

/**
 * Why a value does not fit its field. The template stage reports the reason in words; these are
 * the reasons it has, as codes the messages tables render in Chinese and English.
 */
export type ValueReason = 'missing' | Exclude<ValueProblem, 'too-many-parts' | 'unknown-type'>;

export type FieldCheck = { ok: true; value: string } | { ok: false; reason: ValueReason };

/** The template stage's problem, as the exports show it (a range of three numbers is not a number). */
function reasonOf(code: ValueProblem): ValueReason {
  return code === 'too-many-parts' || code === 'unknown-type' ? 'not-number' : code;
}

/** Whether `raw` fits `field`, by the rules `plankit fill` applies; the value as fill writes it. */
export function checkField(field: ExportField, raw: string | null): FieldCheck {
  if (raw === null) return { ok: false, reason: 'missing' };
  if (field.accepted.includes(raw)) return { ok: true, value: raw };
  const checked = validateFieldValue(field, raw);
  return checked.ok ? { ok: true, value: checked.value } : { ok: false, reason: reasonOf(checked.code) };
}

/** Whether a field needs a value: not when every blank of it lies in a block left out. */
export function fieldNeeded(field: ExportField, values: FieldValues): boolean {
  return field.places.some((blocks) => blocks.every((b) => values.optional[b] !== false));
}

/** Every field whose value does not fit, in template order (fields of blocks left out are skipped). */
export function checkValues(t: ExportTemplate, values: FieldValues): Array<{ field: ExportField; reason: ValueReason; value: string | null }> {
  const out: Array<{ field: ExportField; reason: ValueReason; value: string | null }> = [];
  for (const f of t.fields) {
    if (!fieldNeeded(f, values)) continue;
    const raw = values.fields[f.key] ?? null;
    const c = checkField(f, raw);
    if (!c.ok) out.push({ field: f, reason: c.reason, value: raw });
  }
  return out;
}

/** The template stage's values for field values. */
export function toTemplateValues(t: ExportTemplate, values: FieldValues): TemplateValues {
  const fields: Record<string, string | null> = {};
  for (const f of t.fields) if (fieldNeeded(f, values)) fields[f.key] = values.fields[f.key] ?? null;
  const optional: Record<string, boolean> = {};
  for (const b of t.blocks) optional[b.id] = values.optional[b.id] !== false;
  return { fields, optional };
}

/** Field values from the template stage's values (a values file read with readValues). */
export function fromTemplateValues(t: ExportTemplate, values: TemplateValues): FieldValues {
  const fields: Record<string, string | null> = {};
  for (const f of t.fields) fields[f.key] = values.fields[f.key] ?? null;
  return { fields, optional: { ...values.optional } };
}

/** The filled plan, exactly as `plankit fill` writes it (throws the template stage's FillError). */
export function fillExport(t: ExportTemplate, values: FieldValues): string {
  return fillTemplate(t.source, toTemplateValues(t, values));
}

/**
 * The values file `plankit fill` reads, with these values in it: YAML keeps the skeleton's Chinese
 * how-to and its comment per field; JSON the skeleton's data.
 */
export function valuesText(t: ExportTemplate, values: FieldValues, format: 'yaml' | 'json' = 'yaml'): string {
  if (format === 'json') {
    const doc = valuesSkeleton(t.source);
    for (const f of t.fields) {
      const entry = doc.fields[f.key];
      if (entry !== undefined) entry.value = values.fields[f.key] ?? null;
    }
    for (const b of t.blocks) {
      const entry = doc.optional[b.id];
      if (entry !== undefined) entry.include = values.optional[b.id] !== false;
    }
    return `${JSON.stringify(doc, null, 2)}\n`;
  }
  const doc = parseDocument(skeletonYaml(t.source));
  for (const f of t.fields) doc.setIn(['fields', f.key], values.fields[f.key] ?? null);
  for (const b of t.blocks) doc.setIn(['optional', b.id], values.optional[b.id] !== false);
  return doc.toString({ nullStr: '', lineWidth: 0 });
}

/** A piece of the template in reading order: text, a field's blank, or a block's start or end. */
export type TemplatePiece = { text: string } | { field: ExportField; slot: string } | { blockStart: ExportBlock } | { blockEnd: ExportBlock };

/** The template's parts flattened in reading order, each blank with its field. */
export function templatePieces(t: ExportTemplate): TemplatePiece[] {
  const byKey = new Map(t.fields.map((f) => [f.key, f]));
  const blocks = new Map(t.blocks.map((b) => [b.id, b]));
  const out: TemplatePiece[] = [];
  const walk = (parts: readonly TemplatePart[]): void => {
    for (const p of parts) {
      if (isSlotPart(p)) {
        const field = byKey.get(t.fieldOfSlot[p.slot] ?? '');
        if (field !== undefined) out.push({ field, slot: p.slot });
      } else if (isOptionalPart(p)) {
        const block = blocks.get(p.optional) ?? { id: p.optional, label: '' };
        out.push({ blockStart: block });
        walk(p.parts);
        out.push({ blockEnd: block });
      } else out.push({ text: p.text });
    }
  };
  walk(t.parts);
  return out;
}
