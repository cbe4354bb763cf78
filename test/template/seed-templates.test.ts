import { describe, expect, it } from 'vitest';
import type { Template } from '../../src/core/template.js';
import { buildOutline } from '../../src/outline/index.js';
import { splitVariants } from '../../src/split/index.js';
import { familyTemplates, fillTemplate, renderText, valuesOf } from '../../src/template/index.js';
import { noisy, otherScript } from '../helpers/text-pieces.js';
import { HAS_SHARED, seedDocument } from '../helpers/seed.js';
import { templateOf } from './build-helpers.js';

/** Values of a member in the fields of a type: field key → value. */
function fieldsOfType(t: Template, type: string, member: string): Record<string, string> {
  const values = valuesOf(t, member).fields;
  return Object.fromEntries(t.fields.filter((f) => f.type === type).map((f) => [f.key, values[f.key] ?? '∅']));
}

describe.skipIf(!HAS_SHARED)('templates of the seed page', () => {
  const doc = HAS_SHARED ? seedDocument() : null;
  const variants = doc === null ? [] : splitVariants(doc).variants;
  const templates = doc === null ? [] : familyTemplates(variants.map((v) => ({ id: v.id, document: doc, body: v.body })));
  const big = templates.find((t) => t.members.length > 1);

  it('every member of every family comes back from its template and its own values', () => {
    expect(big?.members.length).toBe(5);
    for (const t of templates) {
      for (const id of t.members) {
        const v = variants.find((x) => x.id === id)!;
        expect(fillTemplate(t, valuesOf(t, id)), id).toBe(doc!.text.slice(v.body.start, v.body.end));
      }
    }
  });

  it('the family of 篇1,2,3,5,7 has no variable slot: its copies differ in placeholders and passages only', () => {
    expect(big!.slots.filter((s) => s.kind === 'variable')).toEqual([]);
    // The shared blanks are slots once, with an occurrence in each member that has them.
    const staff = big!.slots.find((s) => s.field === '公司現有員工')!;
    expect(staff.kind).toBe('hollow');
    expect(staff.occurrences.map((o) => o.id).sort()).toEqual([...big!.members].sort());
    expect(renderText(big!)).toContain('公司現有員工____人(含臨時用工)');
  });

  it('the plan year, the company and the party congress are each asked once', () => {
    const plan = big!.fields.filter((f) => f.label === '計劃年度');
    expect(plan).toHaveLength(1);
    expect(plan[0]!.slots.length).toBeGreaterThanOrEqual(4);
    expect(big!.fields.filter((f) => f.label === '公司名稱')).toHaveLength(1);
    expect(big!.fields.filter((f) => f.type === 'ordinal' && f.label.includes('黨的'))).toHaveLength(1);
    // 20xx in 篇1, 20__ in 篇5, XX or __ in the others: one field with each member's own placeholder.
    expect(fieldsOfType(big!, 'year', 'seed.txt#篇5')[plan[0]!.key]).toBe('20__');
    expect(fieldsOfType(big!, 'year', 'seed.txt#篇1')[plan[0]!.key]).toBe('20xx');
  });

  it('no label repeats an old value, and no outline number is a field', () => {
    for (const f of big!.fields) expect(f.label, f.key).not.toMatch(/[0-9]|xx|__/i);
    const markers = variants.flatMap((v) => buildOutline(doc!, v.body).items.map((it) => it.markerSpan));
    for (const s of big!.slots) {
      for (const o of s.occurrences) expect(markers.some((m) => m.start < o.span.end && o.span.start < m.end), `${s.id} in ${o.id}`).toBe(false);
    }
  });

  it('篇1, its Simplified conversion and a copy with spacing noise: one template, no variable slot', () => {
    const v = variants[0]!;
    const body = doc!.text.slice(v.body.start, v.body.end);
    const texts = [body, otherScript(body), noisy(body, 30)];
    const t = templateOf(texts);
    expect(t.slots.filter((s) => s.kind === 'variable')).toEqual([]);
    expect(t.optionals).toEqual([]);
    expect(t.slots.map((s) => s.kind)).toEqual(templateOf([body]).slots.map((s) => s.kind));
    texts.forEach((x, i) => expect(fillTemplate(t, valuesOf(t, `m${i + 1}.txt`))).toBe(x));
  });
});
