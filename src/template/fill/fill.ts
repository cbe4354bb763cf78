import { PlankitError, TEMPLATE_PROBLEMS, type FillProblem } from '../../core/errors.js';
import { isOptionalPart, isSlotPart, isTextPart, type Template, type TemplatePart, type TemplateValues } from '../../core/template.js';
import { convertToSimplified, convertToTraditional } from '../../normalize/index.js';
import { applySurface, renderParts } from './render.js';
import { isSlotType, validateFieldValue } from './validate.js';
import { slotBlocks } from './values.js';

export interface FillOptions {
  /** Convert the filled text to this script. */
  to?: 'simplified' | 'traditional';
}

/**
 * Why a template cannot be filled: every problem, typed. Problems of the template itself are a
 * `template-problems` error (its file is at fault), the others `values-problems`.
 */
export class FillError extends PlankitError<'values-problems' | 'template-problems'> {
  readonly problems: FillProblem[];
  constructor(problems: FillProblem[], path?: string) {
    super(problems.some((p) => TEMPLATE_PROBLEMS.has(p.problem)) ? 'template-problems' : 'values-problems', { problems }, path);
    this.name = 'FillError';
    this.problems = problems;
  }
}

/** Problems of the template itself: parts of unknown shape, unknown slots, blocks, fields or types. */
export function checkTemplate(template: Template): FillProblem[] {
  const problems: FillProblem[] = [];
  const slots = new Map(template.slots.map((s) => [s.id, s]));
  const fields = new Map(template.fields.map((f) => [f.key, f]));
  const blocks = new Set(template.optionals.map((b) => b.id));
  const walk = (parts: readonly TemplatePart[], path: string): void => {
    parts.forEach((p, i) => {
      const at = `${path}[${i}]`;
      if (isSlotPart(p) && typeof p.slot === 'string') {
        if (!slots.has(p.slot)) problems.push({ problem: 'unknown-slot', slot: p.slot });
      } else if (isOptionalPart(p) && typeof p.optional === 'string' && Array.isArray(p.parts)) {
        if (!blocks.has(p.optional)) problems.push({ problem: 'unknown-block-part', block: p.optional });
        walk(p.parts, `${at}.parts`);
      } else if (!(isTextPart(p) && typeof p.text === 'string')) problems.push({ problem: 'unknown-part', at });
    });
  };
  walk(template.parts, 'parts');
  for (const s of template.slots) {
    if (!isSlotType(s.type)) problems.push({ problem: 'unknown-type', slot: s.id, type: String(s.type) });
    if (!fields.get(s.field)?.slots.includes(s.id)) problems.push({ problem: 'unknown-slot-field', slot: s.id, field: s.field });
  }
  for (const f of template.fields) {
    for (const id of f.slots) if (!slots.has(id)) problems.push({ problem: 'unknown-slot-field', slot: id, field: f.key });
  }
  return problems;
}

interface Resolved {
  problems: FillProblem[];
  /** field key → the value to write (normalised). */
  values: Map<string, string>;
}

/** The field a values key names: a field key, or a slot id (its field). */
function fieldKeyOf(template: Template, name: string): string | undefined {
  if (template.fields.some((f) => f.key === name)) return name;
  return template.slots.find((s) => s.id === name)?.field;
}

/** Checks `values` against `template`, in template order, and normalises each value by its type. */
function resolve(template: Template, values: TemplateValues & { links?: Record<string, string> }): Resolved {
  const problems: FillProblem[] = [];
  const given = new Map<string, string | null>();
  for (const [name, value] of Object.entries(values.fields)) {
    const key = fieldKeyOf(template, name);
    if (key === undefined) problems.push({ problem: 'unknown-field', field: name, family: template.family, known: template.fields.map((f) => f.key) });
    else given.set(key, value);
  }
  for (const [name, target] of Object.entries(values.links ?? {})) {
    const key = fieldKeyOf(template, name);
    let to = fieldKeyOf(template, target);
    const seen = new Set([key]);
    // Follow the chain to a field that has a value of its own.
    while (to !== undefined && !given.has(to) && values.links?.[to] !== undefined && !seen.has(to)) {
      seen.add(to);
      to = fieldKeyOf(template, values.links[to] ?? '');
    }
    if (key === undefined || to === undefined || seen.has(to)) problems.push({ problem: 'bad-link', field: name, target });
    else given.set(key, given.get(to) ?? null);
  }
  const blocks = new Set(template.optionals.map((b) => b.id));
  for (const id of Object.keys(values.optional)) if (!blocks.has(id)) problems.push({ problem: 'unknown-block', block: id, family: template.family });
  for (const b of template.optionals) if (values.optional[b.id] === undefined) problems.push({ problem: 'missing-include', block: b.id, label: b.label });

  const around = slotBlocks(template.parts);
  const needed = (slot: string): boolean => (around.get(slot) ?? []).every((b) => values.optional[b] === true);
  const out = new Map<string, string>();
  for (const f of template.fields) {
    if (!f.slots.some(needed)) continue; // only in blocks left out: no value needed
    const value = given.get(f.key);
    if (value === undefined || value === null) {
      problems.push({ problem: 'missing-value', field: f.key, label: f.label, type: f.type });
      continue;
    }
    // A value some member has is written as it is: keeping a member's own text is never wrong.
    const own = template.slots.some((s) => s.field === f.key && s.occurrences.some((o) => o.value === value));
    if (own) {
      out.set(f.key, value);
      continue;
    }
    const checked = validateFieldValue(f, value);
    if (checked.ok) out.set(f.key, checked.value);
    else problems.push({ problem: 'bad-value', field: f.key, label: f.label, type: f.type, value, reason: checked.code });
  }
  return { problems, values: out };
}

/** Every problem of the template and of `values` for it; empty when it can be filled. */
export function checkValues(template: Template, values: TemplateValues & { links?: Record<string, string> }): FillProblem[] {
  const structural = checkTemplate(template);
  return structural.length > 0 ? structural : resolve(template, values).problems;
}

/**
 * Fills the template: text parts as they are, each slot with its field's value (normalised by type),
 * each optional block kept or left out. With a member's surface (valuesOf), the member's own text
 * comes back exactly. Throws FillError (kind invalid-values) with every problem; nothing is
 * produced then.
 */
export function fillTemplate(template: Template, values: TemplateValues & { links?: Record<string, string> }, options: FillOptions = {}): string {
  const structural = checkTemplate(template);
  if (structural.length > 0) throw new FillError(structural);
  const { problems, values: byField } = resolve(template, values);
  if (problems.length > 0) throw new FillError(problems);
  const fieldOf = new Map(template.slots.map((s) => [s.id, s.field]));
  let text = renderParts(
    template.parts,
    (slot) => byField.get(fieldOf.get(slot) ?? '') ?? '',
    (block) => values.optional[block] === true,
  );
  if (values.surface !== undefined) {
    const own = applySurface(text, values.surface, (t, to) => (to === 'simplified' ? convertToSimplified(t) : convertToTraditional(t)));
    if (own === null) throw new FillError([{ problem: 'surface-mismatch' }]);
    text = own;
  }
  if (options.to === 'simplified') return convertToSimplified(text);
  if (options.to === 'traditional') return convertToTraditional(text);
  return text;
}
