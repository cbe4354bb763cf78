import { PlankitError } from '../../core/errors.js';
import { isOptionalPart, isSlotPart, type Surface, type Template, type TemplatePart, type TemplateValues } from '../../core/template.js';

/**
 * Values files: what `plankit template --values-out` writes and `plankit fill` reads (JSON or
 * YAML, the same shape). Each field entry is the value itself, an object with a `value`, or an
 * object `{ same_as: <another field> }` (the user's link: this field takes that one's value); each
 * optional entry a boolean or an object with `include`. `slots:` (keyed by slot id) is read as
 * fields too: a slot id names its field.
 *
 *   template: F1
 *   fields:
 *     计划年度: 2024
 *     公司现有员工: { label: 公司现有员工（人）, value: 120 }
 *     工会小组长: { same_as: 公司现有员工 }
 *   optional:
 *     o1: { label: 五是推进企业文化建设…, include: true }
 */
export interface ReadValues extends TemplateValues {
  template?: string;
  /** field → the field whose value it takes (`same_as`). */
  links: Record<string, string>;
}

/** The values a member has: filling the template with them gives back the member's exact text. */
export function valuesOf(template: Template, memberId: string): TemplateValues {
  if (!template.members.includes(memberId)) {
    throw new PlankitError('values-not-member', { member: memberId, family: template.family });
  }
  const bySlot = new Map(template.slots.map((s) => [s.id, s]));
  const fields: Record<string, string | null> = {};
  for (const f of template.fields) {
    for (const id of f.slots) {
      const occ = bySlot.get(id)?.occurrences.find((o) => o.id === memberId);
      if (occ !== undefined) {
        fields[f.key] = occ.value;
        break;
      }
    }
  }
  const optional: Record<string, boolean> = {};
  for (const b of template.optionals) optional[b.id] = b.members.includes(memberId);
  const surface = template.surfaces[memberId];
  return surface === undefined ? { fields, optional } : { fields, optional, surface };
}

/** For each slot id in the parts, the optional blocks around it, innermost last. */
export function slotBlocks(parts: readonly TemplatePart[], around: readonly string[] = [], out = new Map<string, readonly string[]>()): Map<string, readonly string[]> {
  for (const p of parts) {
    if (isSlotPart(p)) out.set(p.slot, around);
    else if (isOptionalPart(p)) slotBlocks(p.parts, [...around, p.optional], out);
  }
  return out;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function text(v: unknown, field: string): string | null {
  if (v === null || v === undefined) return null; // missing: reported by fillTemplate with the label
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  throw new PlankitError('values-slot-type', { field });
}

/**
 * Reads a parsed values document. Entries stay unchecked against the template here (fillTemplate
 * does that); only the shape is checked.
 */
export function readValues(raw: unknown): ReadValues {
  if (!isRecord(raw)) throw new PlankitError('values-not-mapping', {});
  const fields: Record<string, string | null> = {};
  const links: Record<string, string> = {};
  for (const section of ['slots', 'fields'] as const) {
    const entries = raw[section] ?? {};
    if (!isRecord(entries)) throw new PlankitError('values-slots-not-mapping', { section });
    for (const [key, entry] of Object.entries(entries)) {
      if (isRecord(entry) && entry.same_as !== undefined) {
        if (typeof entry.same_as !== 'string') throw new PlankitError('values-same-as-type', { field: key });
        links[key] = entry.same_as;
        continue;
      }
      fields[key] = text(isRecord(entry) ? entry.value : entry, key);
    }
  }
  const rawOptional = raw.optional ?? {};
  if (!isRecord(rawOptional)) throw new PlankitError('values-optional-not-mapping', {});
  const optional: Record<string, boolean> = {};
  for (const [id, entry] of Object.entries(rawOptional)) {
    const v = isRecord(entry) ? entry.include : entry;
    if (typeof v !== 'boolean') throw new PlankitError('values-include-type', { block: id });
    optional[id] = v;
  }
  const out: ReadValues = { fields, optional, links };
  if (typeof raw.template === 'string') out.template = raw.template;
  if (raw.surface !== undefined) out.surface = readSurface(raw.surface);
  return out;
}

/** A member's surface as valuesOf gives it (a values file written from a member keeps its layout). */
function readSurface(raw: unknown): Surface {
  const bad = (): PlankitError => new PlankitError('values-surface-shape', {});
  if (!isRecord(raw) || typeof raw.length !== 'number' || !Array.isArray(raw.edits)) throw bad();
  const edits: Surface['edits'] = [];
  for (const e of raw.edits) {
    if (!Array.isArray(e) || e.length !== 3 || typeof e[0] !== 'number' || typeof e[1] !== 'number' || typeof e[2] !== 'string') throw bad();
    edits.push([e[0], e[1], e[2]]);
  }
  if (raw.to !== undefined && raw.to !== 'simplified' && raw.to !== 'traditional') throw bad();
  return raw.to === undefined ? { length: raw.length, edits } : { to: raw.to, length: raw.length, edits };
}
