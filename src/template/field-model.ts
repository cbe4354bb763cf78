import type { OptionalBlock, Span, Template, TemplateField } from '../core/index.js';

/**
 * The field model a form reads (a values file, a fill-in page, a Word template): each field with
 * every place it occurs, and the optional blocks. Plain data, no Node API; values are checked with
 * validateFieldValue (fill/validate.ts) by the same rules as `plankit fill`.
 */
export interface FieldOccurrence {
  /** The slot of the template. */
  slot: string;
  /** The member (variant) id and its span and value there. */
  member: string;
  span: Span;
  value: string;
  /** The optional blocks around the slot, outermost first (it is filled only when all are kept). */
  blocks: readonly string[];
}

export interface FieldModel extends TemplateField {
  occurrences: FieldOccurrence[];
}

export interface TemplateModel {
  family: string;
  fields: FieldModel[];
  optionals: OptionalBlock[];
}

function blocksAround(parts: Template['parts'], around: readonly string[], out: Map<string, readonly string[]>): void {
  for (const p of parts) {
    if ('slot' in p) out.set(p.slot, around);
    else if ('optional' in p) blocksAround(p.parts, [...around, p.optional], out);
  }
}

export function fieldModel(t: Template): TemplateModel {
  const around = new Map<string, readonly string[]>();
  blocksAround(t.parts, [], around);
  const slots = new Map(t.slots.map((s) => [s.id, s]));
  const fields = t.fields.map((f) => ({
    ...f,
    occurrences: f.slots.flatMap((id) =>
      (slots.get(id)?.occurrences ?? []).map((o) => ({ slot: id, member: o.id, span: o.span, value: o.value, blocks: around.get(id) ?? [] })),
    ),
  }));
  return { family: t.family, fields, optionals: t.optionals };
}
