import type { DocxFields } from './docx/read-fields.js';
import { checkField, fieldNeeded, type ExportTemplate, type FieldValues } from './model.js';
import type { ExportProblem } from './problems.js';

/**
 * The values a person typed into a Word template, checked by the rules of `plankit fill`. A field
 * shown in several places takes the one value typed into them (places left showing the label do
 * not count); an optional block is kept when its check box is ticked and left out when it is
 * unticked or was deleted with its passage. Every problem is returned, in template order; the
 * values are usable only when there is none.
 */
export function valuesFromFields(t: ExportTemplate, read: DocxFields): { values: FieldValues; problems: ExportProblem[] } {
  const problems: ExportProblem[] = [];
  const ours = t.fields.some((f) => read.fields.has(f.key)) || t.blocks.some((b) => read.optional.has(b.id));
  if (read.family === null && !ours) return { values: { fields: {}, optional: {} }, problems: [{ code: 'not-template', family: t.family }] };
  if (read.family !== null && read.family !== t.family) {
    return { values: { fields: {}, optional: {} }, problems: [{ code: 'other-template', found: read.family, expected: t.family }] };
  }

  const optional: Record<string, boolean> = {};
  for (const b of t.blocks) optional[b.id] = read.optional.get(b.id) === true;
  const values: FieldValues = { fields: {}, optional };
  for (const f of t.fields) {
    const typed = [...new Set((read.fields.get(f.key) ?? []).filter((v): v is string => v !== null).map((v) => v.trim()))];
    values.fields[f.key] = typed[0] ?? null;
    if (!fieldNeeded(f, values)) continue;
    if (typed.length > 1) {
      problems.push({ code: 'conflicting-values', key: f.key, label: f.label, values: typed });
      continue;
    }
    const check = checkField(f, values.fields[f.key] ?? null);
    if (check.ok) continue;
    if (check.reason === 'missing') problems.push({ code: 'missing-value', key: f.key, label: f.label, type: f.type });
    else problems.push({ code: 'bad-value', key: f.key, label: f.label, type: f.type, value: typed[0] ?? '', reason: check.reason });
  }
  return { values, problems };
}
