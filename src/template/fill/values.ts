import { PlankitError } from '../../core/errors.js';
import { isOptionalPart, isSlotPart, type Template, type TemplatePart, type TemplateValues } from '../../core/template.js';

/**
 * Values files: what `plankit template --values-out` writes and `plankit fill` reads (JSON or
 * YAML, the same shape). Each slot entry may be the value itself or an object with a `value`;
 * each optional entry a boolean or an object with `include`.
 *
 *   template: F1
 *   slots:
 *     s1: { label: 公司现有员工·人数, type: count, unit: 人, value: 120 }
 *     s2: 8
 *   optional:
 *     o1: { label: 五是推进企业文化建设…, include: true }
 */

/** The values a member has: filling the template with them gives back the member's text. */
export function valuesOf(template: Template, memberId: string): TemplateValues {
  if (!template.members.includes(memberId)) {
    throw new PlankitError('values-not-member', { member: memberId, family: template.family });
  }
  const slots: Record<string, string | null> = {};
  for (const s of template.slots) {
    const occ = s.occurrences.find((o) => o.id === memberId);
    if (occ !== undefined) slots[s.id] = occ.value;
  }
  const optional: Record<string, boolean> = {};
  for (const b of template.optionals) optional[b.id] = b.members.includes(memberId);
  return { slots, optional };
}

/** Slot ids in the parts, each with whether it sits inside an optional block (and which). */
export function slotPlaces(parts: readonly TemplatePart[], inside: string | null = null, out = new Map<string, string | null>()): Map<string, string | null> {
  for (const p of parts) {
    if (isSlotPart(p)) out.set(p.slot, inside);
    else if (isOptionalPart(p)) slotPlaces(p.parts, p.optional, out);
  }
  return out;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Reads a parsed values document into TemplateValues. Entries stay unchecked against the
 * template here (fillTemplate does that); only the shape is checked.
 */
export function readValues(raw: unknown): TemplateValues & { template?: string } {
  if (!isRecord(raw)) throw new PlankitError('values-not-mapping', {});
  const rawSlots = raw.slots ?? {};
  if (!isRecord(rawSlots)) throw new PlankitError('values-slots-not-mapping', {});
  const slots: Record<string, string | null> = {};
  for (const [id, entry] of Object.entries(rawSlots)) {
    const v = isRecord(entry) ? entry.value : entry;
    if (v === null || v === undefined) slots[id] = null; // missing: reported by fillTemplate with the label
    else if (typeof v === 'string') slots[id] = v;
    else if (typeof v === 'number' && Number.isFinite(v)) slots[id] = String(v);
    else throw new PlankitError('values-slot-type', { slot: id });
  }
  const rawOptional = raw.optional ?? {};
  if (!isRecord(rawOptional)) throw new PlankitError('values-optional-not-mapping', {});
  const optional: Record<string, boolean> = {};
  for (const [id, entry] of Object.entries(rawOptional)) {
    const v = isRecord(entry) ? entry.include : entry;
    if (typeof v !== 'boolean') throw new PlankitError('values-include-type', { block: id });
    optional[id] = v;
  }
  const out: TemplateValues & { template?: string } = { slots, optional };
  if (typeof raw.template === 'string') out.template = raw.template;
  return out;
}
