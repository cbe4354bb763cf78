import { describe, expect, it } from 'vitest';
import { findDuplicates } from '../../src/dedup/index.js';
import { splitVariants } from '../../src/split/index.js';
import { buildTemplate, fillTemplate, renderText, valuesOf } from '../../src/template/index.js';
import { HAS_SHARED, seedDocument } from '../helpers/seed.js';

describe.skipIf(!HAS_SHARED)('templates of the seed page', () => {
  it('every member of every family comes back from its template and its own values', () => {
    const doc = seedDocument();
    const { variants } = splitVariants(doc);
    const { families } = findDuplicates(variants.map((v) => ({ id: v.id, text: doc.folded.slice(v.body.start, v.body.end) })));
    const big = families.find((f) => f.members.length > 1);
    expect(big?.members.length).toBe(5);
    for (const f of families) {
      const ordered = [f.canonical, ...f.members.filter((m) => m !== f.canonical)];
      const t = buildTemplate(
        ordered.map((id) => ({ id, document: doc, body: variants.find((v) => v.id === id)!.body })),
        { family: f.id },
      );
      for (const id of t.members) {
        const v = variants.find((x) => x.id === id)!;
        expect(fillTemplate(t, valuesOf(t, id)), id).toBe(doc.text.slice(v.body.start, v.body.end));
      }
      if (f === big) {
        // The family's shared blanks are slots once, with an occurrence in each member that has them.
        const staff = t.slots.find((s) => s.label === '公司現有員工·人數');
        expect(staff?.kind).toBe('hollow');
        expect(staff?.occurrences.map((o) => o.id).sort()).toEqual([...f.members].sort());
        expect(renderText(t)).toContain('公司現有員工____人(含臨時用工)');
      }
    }
  });
});
