import { PlankitError, type FillProblem } from '../../core/errors.js';
import { isOptionalPart, isSlotPart, type Template, type TemplatePart, type TemplateSlot, type TemplateValues } from '../../core/template.js';
import { convertToSimplified, convertToTraditional } from '../../normalize/index.js';
import { validateValue } from './validate.js';
import { slotPlaces } from './values.js';

export interface FillOptions {
  /** Convert the filled text to this script. */
  to?: 'simplified' | 'traditional';
}

/** A values problem; `problems` lists every one, the message names the first. */
export class FillError extends PlankitError<'values-problems'> {
  readonly problems: FillProblem[];
  constructor(problems: FillProblem[], path?: string) {
    super('values-problems', { problems }, path);
    this.name = 'FillError';
    this.problems = problems;
  }
}

function where(slot: TemplateSlot): { slot: string; label: string; type: string } {
  return { slot: slot.id, label: slot.label, type: slot.type };
}

/** Problems with `values` for `template`, in template order; empty when it can be filled. */
export function checkValues(template: Template, values: TemplateValues): FillProblem[] {
  const problems: FillProblem[] = [];
  const places = slotPlaces(template.parts);
  const byId = new Map(template.slots.map((s) => [s.id, s]));
  for (const id of Object.keys(values.slots)) {
    if (!byId.has(id)) problems.push({ problem: 'unknown-slot', slot: id, family: template.family, known: template.slots.map((s) => s.id) });
  }
  const blocks = new Set(template.optionals.map((b) => b.id));
  for (const id of Object.keys(values.optional)) {
    if (!blocks.has(id)) problems.push({ problem: 'unknown-block', block: id, family: template.family });
  }
  for (const b of template.optionals) {
    if (values.optional[b.id] === undefined) problems.push({ problem: 'missing-include', block: b.id, label: b.label });
  }
  for (const slot of template.slots) {
    const block = places.get(slot.id) ?? null;
    if (block !== null && values.optional[block] === false) continue; // left out: no value needed
    const value = values.slots[slot.id];
    if (value === undefined || value === null) {
      problems.push({ problem: 'missing-value', ...where(slot) });
      continue;
    }
    // A value some member has is always accepted: keeping a member's own text is never wrong.
    if (slot.occurrences.some((o) => o.value === value)) continue;
    const problem = validateValue(slot.type, value);
    if (problem !== null) problems.push({ problem: 'bad-value', ...where(slot), value, reason: problem });
  }
  return problems;
}

function render(parts: readonly TemplatePart[], values: TemplateValues, out: string[]): void {
  for (const p of parts) {
    if (isSlotPart(p)) out.push(values.slots[p.slot] ?? '');
    else if (isOptionalPart(p)) {
      if (values.optional[p.optional] === true) render(p.parts, values, out);
    } else out.push(p.text);
  }
}

/**
 * Fills the template: text parts as they are, each slot with its value, each optional block kept
 * or left out. Throws FillError (kind invalid-values) naming the slot, its label and the expected
 * type when a value is missing, unknown or of the wrong type; nothing is produced then.
 */
export function fillTemplate(template: Template, values: TemplateValues, options: FillOptions = {}): string {
  const problems = checkValues(template, values);
  if (problems.length > 0) throw new FillError(problems);
  const out: string[] = [];
  render(template.parts, values, out);
  const text = out.join('');
  if (options.to === 'simplified') return convertToSimplified(text);
  if (options.to === 'traditional') return convertToTraditional(text);
  return text;
}
