import { PlankitError } from '../core/errors.js';
import type { Position } from '../core/lines.js';
import type { OptionalBlock, SlotKind, SlotType, Surface, Template, TemplateField, TemplatePart, TemplateSlot } from '../core/template.js';

/**
 * The template JSON contract, built and read in one place (`plankit template --format json`, the
 * main job's out/template.json, batch's templates table, `plankit fill`):
 *
 *   { templates: [{ family, members, parts, slots, fields, optionals, surfaces }] }
 *   parts:     [{ text } | { slot: "s3" } | { optional: "o1", parts: [...] }]   (reading order)
 *   slots:     [{ id, kind, type, unit, label, field,
 *                 occurrences: [{ id: memberId, start, end, line, column, length, value }] }]
 *   fields:    [{ key, label, type, unit, example, slots: [slot ids] }]
 *   optionals: [{ id, label, members }]
 *   surfaces:  { memberId: { to?, length, edits: [[at, deleteCount, insert]] } }
 *
 * start/end are UTF-16 offsets into the member's file text; line (1-based) and column (0-based) are
 * computed from them for people. A slot's label is its field's label.
 */
export interface OccurrenceJson {
  id: string;
  start: number;
  end: number;
  line: number;
  column: number;
  length: number;
  value: string;
}

export interface TemplateSlotJson {
  id: string;
  kind: SlotKind;
  type: SlotType;
  unit: string;
  label: string;
  field: string;
  occurrences: OccurrenceJson[];
}

export interface TemplateJson {
  family: string;
  title?: string;
  members: string[];
  parts: TemplatePart[];
  slots: TemplateSlotJson[];
  fields: TemplateField[];
  optionals: OptionalBlock[];
  surfaces: Record<string, Surface>;
}

/** Where an offset of a member's text is in its file: file offset, line and column. */
export type Locator = (member: string, offset: number) => Position & { offset: number };

export function templateJson(t: Template, locate: Locator): TemplateJson {
  const labels = new Map(t.fields.map((f) => [f.key, f.label]));
  return {
    family: t.family,
    ...(t.title === undefined ? {} : { title: t.title }),
    members: t.members,
    parts: t.parts,
    slots: t.slots.map((s) => ({
      id: s.id,
      kind: s.kind,
      type: s.type,
      unit: s.unit,
      label: labels.get(s.field) ?? '',
      field: s.field,
      occurrences: s.occurrences.map((o) => {
        const at = locate(o.id, o.span.start);
        return { id: o.id, start: at.offset, end: at.offset + (o.span.end - o.span.start), line: at.line, column: at.column, length: o.span.end - o.span.start, value: o.value };
      }),
    })),
    fields: t.fields,
    optionals: t.optionals,
    surfaces: t.surfaces,
  };
}

export function templatesJson(templates: readonly Template[], locate: Locator): { templates: TemplateJson[] } {
  return { templates: templates.map((t) => templateJson(t, locate)) };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The template JSON does not have the shape written above at `at`. */
function shapeError(at: string, expected: 'text' | 'list' | 'object'): PlankitError {
  return new PlankitError('template-shape', { at, expected });
}

function str(v: unknown, what: string): string {
  if (typeof v !== 'string') throw shapeError(what, 'text');
  return v;
}

function strings(v: unknown, what: string): string[] {
  if (!Array.isArray(v)) throw shapeError(what, 'list');
  return v.map((x, i) => str(x, `${what}[${i}]`));
}

/**
 * Parts are taken as they are: a part of an unknown shape or naming an unknown slot is reported by
 * checkTemplate (template/fill) with its path, as every other problem of a template's content.
 */
function parts(v: unknown, what: string): TemplatePart[] {
  if (!Array.isArray(v)) throw shapeError(what, 'list');
  return v as TemplatePart[];
}

function slot(v: unknown, i: number): TemplateSlot {
  if (!isRecord(v)) throw shapeError(`slots[${i}]`, 'object');
  const occurrences = Array.isArray(v.occurrences) ? v.occurrences : [];
  return {
    id: str(v.id, `slots[${i}].id`),
    kind: str(v.kind ?? 'variable', `slots[${i}].kind`) as SlotKind,
    // An unknown type is kept as written: checkTemplate names it.
    type: str(v.type, `slots[${i}].type`) as SlotType,
    unit: typeof v.unit === 'string' ? v.unit : '',
    field: typeof v.field === 'string' ? v.field : str(v.id, `slots[${i}].id`),
    occurrences: occurrences.map((o: unknown, k) => {
      if (!isRecord(o)) throw shapeError(`slots[${i}].occurrences[${k}]`, 'object');
      const value = str(o.value, `slots[${i}].occurrences[${k}].value`);
      const start = typeof o.start === 'number' ? o.start : 0;
      return { id: str(o.id, `slots[${i}].occurrences[${k}].id`), span: { start, end: start + value.length }, value };
    }),
  };
}

function field(v: unknown, i: number): TemplateField {
  if (!isRecord(v)) throw shapeError(`fields[${i}]`, 'object');
  return {
    key: str(v.key, `fields[${i}].key`),
    label: typeof v.label === 'string' ? v.label : '',
    type: str(v.type, `fields[${i}].type`) as SlotType,
    unit: typeof v.unit === 'string' ? v.unit : '',
    example: typeof v.example === 'string' ? v.example : '',
    slots: strings(v.slots, `fields[${i}].slots`),
  };
}

/** A template without fields (written before fields existed): one field per slot, named by its id. */
function fieldsOfSlots(slots: readonly TemplateSlot[], raw: readonly unknown[]): TemplateField[] {
  return slots.map((s, i) => {
    const r = raw[i];
    const label = isRecord(r) && typeof r.label === 'string' ? r.label : s.id;
    return { key: s.id, label, type: s.type, unit: s.unit, example: s.occurrences.find((o) => o.value.length > 0)?.value ?? '', slots: [s.id] };
  });
}

function surfaces(v: unknown): Record<string, Surface> {
  if (!isRecord(v)) return {};
  const out: Record<string, Surface> = {};
  for (const [id, s] of Object.entries(v)) {
    if (!isRecord(s) || typeof s.length !== 'number' || !Array.isArray(s.edits)) continue;
    const edits = s.edits.filter((e): e is [number, number, string] => Array.isArray(e) && typeof e[0] === 'number' && typeof e[1] === 'number' && typeof e[2] === 'string');
    out[id] = s.to === 'simplified' || s.to === 'traditional' ? { to: s.to, length: s.length, edits } : { length: s.length, edits };
  }
  return out;
}

function template(v: unknown, i: number): Template {
  if (!isRecord(v)) throw shapeError(`templates[${i}]`, 'object');
  const rawSlots = Array.isArray(v.slots) ? v.slots : [];
  const slots = rawSlots.map(slot);
  const fields = Array.isArray(v.fields) ? v.fields.map(field) : fieldsOfSlots(slots, rawSlots);
  const optionals = (Array.isArray(v.optionals) ? v.optionals : []).map((b: unknown, k): OptionalBlock => {
    if (!isRecord(b)) throw shapeError(`optionals[${k}]`, 'object');
    return { id: str(b.id, `optionals[${k}].id`), label: typeof b.label === 'string' ? b.label : '', members: Array.isArray(b.members) ? strings(b.members, `optionals[${k}].members`) : [] };
  });
  return {
    family: str(v.family, `templates[${i}].family`),
    ...(typeof v.title === 'string' ? { title: v.title } : {}),
    members: Array.isArray(v.members) ? strings(v.members, `templates[${i}].members`) : [],
    parts: parts(v.parts, `templates[${i}].parts`),
    slots,
    fields,
    optionals,
    surfaces: surfaces(v.surfaces),
  };
}

/** The templates of a parsed template file (`{ templates: [...] }` or a single template object). */
export function readTemplates(raw: unknown): Template[] {
  const list = isRecord(raw) && Array.isArray(raw.templates) ? raw.templates : isRecord(raw) && typeof raw.family === 'string' ? [raw] : null;
  if (list === null || list.length === 0) throw new PlankitError('not-a-template', {});
  return list.map(template);
}
