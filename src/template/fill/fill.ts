import { PlankitError } from '../../core/errors.js';
import { isOptionalPart, isSlotPart, type Template, type TemplatePart, type TemplateSlot, type TemplateValues } from '../../core/template.js';
import { convertToSimplified, convertToTraditional } from '../../normalize/index.js';
import { TYPE_DESCRIPTIONS, validateValue } from './validate.js';
import { slotPlaces } from './values.js';

export interface FillOptions {
  /** Convert the filled text to this script. */
  to?: 'simplified' | 'traditional';
}

/** A values problem; `problems` lists every one, the message names the first. */
export class FillError extends PlankitError {
  readonly problems: string[];
  constructor(problems: string[], path?: string) {
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
    super('invalid-values', `${problems[0] ?? 'invalid values'}${more}`, path);
    this.name = 'FillError';
    this.problems = problems;
  }
}

function describe(slot: TemplateSlot): string {
  return `slot ${slot.id} (${slot.label})`;
}

/** Problems with `values` for `template`, in template order; empty when it can be filled. */
export function checkValues(template: Template, values: TemplateValues): string[] {
  const problems: string[] = [];
  const places = slotPlaces(template.parts);
  const byId = new Map(template.slots.map((s) => [s.id, s]));
  for (const id of Object.keys(values.slots)) {
    if (!byId.has(id)) problems.push(`slot ${id} does not exist in template ${template.family} (its slots are ${template.slots.map((s) => s.id).join(', ') || 'none'})`);
  }
  const blocks = new Set(template.optionals.map((b) => b.id));
  for (const id of Object.keys(values.optional)) {
    if (!blocks.has(id)) problems.push(`optional block ${id} does not exist in template ${template.family}`);
  }
  for (const b of template.optionals) {
    if (values.optional[b.id] === undefined) problems.push(`optional block ${b.id} (${b.label}): missing include: true or false`);
  }
  for (const slot of template.slots) {
    const block = places.get(slot.id) ?? null;
    if (block !== null && values.optional[block] === false) continue; // left out: no value needed
    const value = values.slots[slot.id];
    if (value === undefined || value === null) {
      problems.push(`${describe(slot)}: missing value, expected ${TYPE_DESCRIPTIONS[slot.type]}`);
      continue;
    }
    // A value some member has is always accepted: keeping a member's own text is never wrong.
    if (slot.occurrences.some((o) => o.value === value)) continue;
    const problem = validateValue(slot.type, value);
    if (problem !== null) problems.push(`${describe(slot)}: ${problem} "${value}", expected ${TYPE_DESCRIPTIONS[slot.type]}`);
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
