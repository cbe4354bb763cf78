import type { DocxFields } from './docx/read-fields.js';
import { blankText } from './layout/template-text.js';
import { checkField, fieldNeeded, type ExportField, type ExportTemplate, type FieldValues } from './model.js';
import type { ExportProblem } from './problems.js';

/**
 * What each place of a field holds: its content controls by tag (Word), else the text in its
 * blanks' bookmarks (a file saved by LibreOffice, which drops tags), where the label still standing
 * there means the place was not filled in.
 */
function placesOf(f: ExportField, read: DocxFields): Array<string | null> {
  const controls = read.fields.get(f.key);
  if (controls !== undefined) return controls;
  return f.slots.flatMap((s) => {
    const text = read.blanks.get(s);
    if (text === undefined) return [];
    return [text.trim() === blankText(f) || text.trim() === '' ? null : text];
  });
}

/**
 * The values a person typed into a Word template, checked by the rules of `plankit fill`. A field
 * shown in several places takes the one value typed into them (places left showing the label do
 * not count); an optional block is kept when its check box is ticked and left out when it is
 * unticked or was deleted with its passage. Every problem is returned, in template order; the
 * values are usable only when there is none.
 */
export function valuesFromFields(t: ExportTemplate, read: DocxFields): { values: FieldValues; problems: ExportProblem[] } {
  const problems: ExportProblem[] = [];
  const ours = t.fields.some((f) => read.fields.has(f.key) || f.slots.some((s) => read.blanks.has(s))) || t.blocks.some((b) => read.optional.has(b.id));
  if (read.family === null && !ours) return { values: { fields: {}, optional: {} }, problems: [{ code: 'not-template', family: t.family }] };
  if (read.family !== null && read.family !== t.family) {
    return { values: { fields: {}, optional: {} }, problems: [{ code: 'other-template', found: read.family, expected: t.family }] };
  }

  const optional: Record<string, boolean> = {};
  for (const b of t.blocks) optional[b.id] = read.optional.get(b.id) === true;
  const values: FieldValues = { fields: {}, optional };
  for (const f of t.fields) {
    const typed = [...new Set(placesOf(f, read).filter((v): v is string => v !== null).map((v) => v.trim()))];
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
