import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Document, Variant } from '../../src/core/document.js';
import { findDuplicates } from '../../src/dedup/index.js';
import { normalize } from '../../src/normalize/index.js';
import { readDocument } from '../../src/read/index.js';
import { splitVariants } from '../../src/split/index.js';
import { buildTemplate, detectSlots, fillTemplate, valuesOf } from '../../src/template/index.js';
import { CORPUS_DIR, readManifest, type CorpusAnnotation } from '../../scripts/make-corpus.js';

/**
 * The shipped corpus: its manifest lists slots a reader points out and numbers that are names
 * (notSlots). Slot claims are checked for a detected slot of that kind and type inside the
 * claimed text; name claims for no slot at all inside it. Then every family's template must give
 * every member back.
 */
const MIN_SLOT_AGREEMENT = 0.95;

const manifest = readManifest();

async function load(file: string): Promise<{ doc: Document; variants: Variant[] }> {
  const doc = normalize(await readDocument(resolve(CORPUS_DIR, file)));
  return { doc, variants: splitVariants(doc).variants };
}

function regionOf(doc: Document, v: Variant, a: CorpusAnnotation): { start: number; end: number } {
  const at = doc.text.slice(v.body.start, v.body.end).indexOf(a.text);
  expect(at, `${a.variant}: ${a.text}`).toBeGreaterThanOrEqual(0);
  return { start: v.body.start + at, end: v.body.start + at + a.text.length };
}

describe('slots on the shipped corpus (manifest claims)', () => {
  it('finds the claimed slots and none inside the numbers that are names', async () => {
    let agree = 0;
    let total = 0;
    const disagreements: string[] = [];
    const namesFlagged: string[] = [];
    for (const page of manifest.pages) {
      const { doc, variants } = await load(page.file);
      const slotsOf = new Map(variants.map((v) => [v.label, detectSlots(doc, v.body).slots]));
      for (const a of page.slots) {
        const v = variants.find((x) => x.label === a.variant) as Variant;
        const r = regionOf(doc, v, a);
        const inside = (slotsOf.get(a.variant) ?? []).filter((s) => s.span.start >= r.start && s.span.end <= r.end);
        total++;
        if (inside.some((s) => s.kind === a.kind && s.type === a.type)) agree++;
        else disagreements.push(`${page.file} ${a.variant} ${a.text} (${String(a.kind)} ${String(a.type)}) → ${inside.map((s) => `${s.kind} ${s.type} ${s.value}`).join('; ') || 'nothing'}`);
      }
      for (const a of page.notSlots) {
        const v = variants.find((x) => x.label === a.variant) as Variant;
        const r = regionOf(doc, v, a);
        const inside = (slotsOf.get(a.variant) ?? []).filter((s) => s.span.start >= r.start && s.span.end <= r.end);
        if (inside.length > 0) namesFlagged.push(`${page.file} ${a.variant} ${a.text} → ${inside.map((s) => s.value).join(', ')}`);
      }
    }
    console.info(`[corpus slots] ${agree}/${total} slot claims found; disagreements: ${disagreements.join(' | ') || 'none'}`);
    expect(namesFlagged).toEqual([]);
    expect(agree / total).toBeGreaterThanOrEqual(MIN_SLOT_AGREEMENT);
  });
});

describe('templates of the shipped corpus', () => {
  it('filling each family’s template with a member’s values gives the member back, for every member', async () => {
    const units: Array<{ doc: Document; variant: Variant }> = [];
    for (const page of manifest.pages) {
      const { doc, variants } = await load(page.file);
      for (const variant of variants) units.push({ doc, variant });
    }
    const byId = new Map(units.map((u) => [u.variant.id, u]));
    const { families } = findDuplicates(units.map((u) => ({ id: u.variant.id, text: u.doc.folded.slice(u.variant.body.start, u.variant.body.end) })));
    let members = 0;
    for (const f of families) {
      const ordered = [f.canonical, ...f.members.filter((m) => m !== f.canonical)];
      const t = buildTemplate(
        ordered.map((id) => {
          const u = byId.get(id) as { doc: Document; variant: Variant };
          return { id, document: u.doc, body: u.variant.body };
        }),
        { family: f.id },
      );
      for (const id of t.members) {
        const u = byId.get(id) as { doc: Document; variant: Variant };
        expect(fillTemplate(t, valuesOf(t, id)), `${f.id} ${id}`).toBe(u.doc.text.slice(u.variant.body.start, u.variant.body.end));
        members++;
      }
    }
    expect(members).toBe(units.length);
    expect(families.some((f) => f.members.length > 1)).toBe(true);
  });
});
