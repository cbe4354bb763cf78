import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { LineIndex } from '../../src/core/lines.js';
import { isOptionalPart, isSlotPart, type Template, type TemplatePart } from '../../src/core/template.js';
import { findDuplicates } from '../../src/dedup/index.js';
import { foldedBody, type Analysis } from '../../src/pipeline.js';
import { buildTemplate, fillTemplate, valuesOf, type TemplateMember } from '../../src/template/index.js';
import type { OccurrenceJson } from '../../src/report/template.js';
import { runCli } from '../helpers/cli.js';
import { analyzed, analyzedPage, CORPUS_DIR, CORPUS_INPUTS, editorLines, labelOfId, PAGES, rawDecoded, type CorpusPage } from '../helpers/corpus-pages.js';
import { HAS_SHARED, SEED_PATH } from '../helpers/seed.js';

/**
 * End to end: read → split → segment → slots → dedup families → align → template → fill on the
 * shipped corpus. For every family of every page (families of one included), filling the family's
 * template with a member's own values gives back that member's text exactly; what the manifest
 * says differs between copies becomes a slot holding each member's value.
 */

/** Letters and digits only, outline numbers left out: what a layout difference leaves alone. */
function content(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/^\s*(?:[(（]?[一二三四五六七八九十0-9]+[)）]?[、.．]?|[一二三四五六七八九十]+是)/u, ''))
    .join('')
    .replace(/[^\p{L}\p{N}]/gu, '');
}

interface FamilyTemplate {
  family: string[];
  template: Template;
  members: TemplateMember[];
}

const built = new WeakMap<Analysis, FamilyTemplate[]>();

/** The templates of a page's families (dedup's families, canonical member first), built once per page. */
function templatesOf(a: Analysis): FamilyTemplate[] {
  let out = built.get(a);
  if (out !== undefined) return out;
  const r = findDuplicates(a.variants.map((v) => ({ id: v.variant.id, text: foldedBody(a, v.variant) })));
  out = r.families.map((f) => {
    const order = [f.canonical, ...f.members.filter((m) => m !== f.canonical)];
    const members = order.map((id): TemplateMember => {
      const v = a.variants.find((x) => x.variant.id === id)!;
      return { id, document: a.document, body: v.variant.body, slots: v.slots, chrome: a.chrome.map((c) => c.span) };
    });
    return { family: f.members, template: buildTemplate(members, { family: f.id }), members };
  });
  built.set(a, out);
  return out;
}

function slotIdsInParts(parts: readonly TemplatePart[], out: string[] = []): string[] {
  for (const p of parts) {
    if (isSlotPart(p)) out.push(p.slot);
    else if (isOptionalPart(p)) slotIdsInParts(p.parts, out);
  }
  return out;
}

function checkRoundTrip(a: Analysis, t: FamilyTemplate): void {
  const text = a.document.text;
  for (const m of t.members) {
    const own = text.slice(m.body.start, m.body.end);
    expect(fillTemplate(t.template, valuesOf(t.template, m.id)), `${m.id} (family ${t.template.family})`).toBe(own);
  }
}

/**
 * What the manifest's notes say differs between two copies, as the values each one has at that
 * place (corpus/README.md): each pair must be one slot of the family's template.
 */
const DIFFERENCES: Record<string, Array<Record<string, string>>> = {
  '01-community-2024.txt': [{ 篇1: '8', 篇2: '6' }, { 篇1: '20xx', 篇2: '20__' }, { 篇1: 'XX', 篇2: '某某' }],
  '02-primary-school-term-utf8bom.txt': [{ 篇2: '2', 篇4: '3' }, { 篇2: '20xx', 篇4: '20__' }],
  '03-kindergarten-term-utf16le.txt': [{ 范文1: '20', 范文2: '15' }, { 范文1: 'XX', 范文2: '××' }, { 范文1: '', 范文2: '8', 范文4: '8' }],
  '04-hospital-nursing.txt': [{ 篇1: '95', 篇2: '96' }, { 篇1: '2024', 篇2: '20xx' }, { 篇1: '2023', 篇2: '20xx' }],
  '05-township-safety-big5.txt': [{ 篇1: '30', 篇2: '20' }, { 篇1: '20xx', 篇2: '20__', 篇4: '20xx' }],
  '06-sales-dept-gbk.html': [{ 篇1: '15', 篇2: '12' }, { 篇1: '3—5', 篇2: '2—3' }, { 篇1: '20xx', 篇2: '2024' }],
  '07-bureau-finance-measures.txt': [{ 篇1: '5000', 篇2: '3000' }, { 篇1: 'XX', 篇2: '某某' }],
  '08-party-branch.txt': [{ 篇1: '75', 篇3: 'XX' }, { 篇1: '103', 篇3: 'XX' }, { 篇1: '2024', 篇3: '20xx' }],
};

describe('templates of the corpus families', () => {
  it.each(PAGES.map((p) => [p.file, p] as const))('%s: filling each family template with a member’s own values gives the member back', async (_f, page) => {
    const a = await analyzedPage(page);
    const ts = templatesOf(a);
    expect(ts.length).toBe(page.families.length);
    for (const t of ts) {
      expect([...t.template.members].sort()).toEqual([...t.family].sort());
      checkRoundTrip(a, t);
    }
  });

  it.each(PAGES.map((p) => [p.file, p] as const))('%s: slots are well formed and their occurrences point at their values', async (_f, page: CorpusPage) => {
    const a = await analyzedPage(page);
    for (const t of templatesOf(a)) {
      const inParts = slotIdsInParts(t.template.parts);
      // Every slot appears once in the parts, and every slot part names a slot.
      expect([...inParts].sort()).toEqual(t.template.slots.map((s) => s.id).sort());
      for (const s of t.template.slots) {
        for (const o of s.occurrences) {
          const m = t.members.find((x) => x.id === o.id);
          expect(m, `${s.id} occurrence in ${o.id}`).toBeDefined();
          expect(a.document.text.slice(o.span.start, o.span.end), `${t.template.family} ${s.id} in ${o.id}`).toBe(o.value);
          expect(o.span.start >= m!.body.start && o.span.end <= m!.body.end, `${s.id} inside ${o.id}`).toBe(true);
        }
      }
    }
  });

  it.each(Object.entries(DIFFERENCES))('%s: what differs between the copies is a slot with each copy’s value', async (file, diffs) => {
    const page = PAGES.find((p) => p.file === file)!;
    const a = await analyzedPage(page);
    const ts = templatesOf(a);
    for (const want of diffs) {
      const labels = Object.keys(want);
      const t = ts.find((x) => labels.every((l) => x.family.some((m) => labelOfId(m) === l)));
      expect(t, `${file}: a family holding ${labels.join(', ')}`).toBeDefined();
      const match = t!.template.slots.find((s) =>
        labels.every((l) => s.occurrences.some((o) => labelOfId(o.id) === l && o.value === want[l])),
      );
      expect(match, `${file}: a slot with ${JSON.stringify(want)}`).toBeDefined();
    }
  });

  it('an identical copy (09 范文1 = 范文2) gives a template whose slots hold the same value for both', async () => {
    const page = PAGES.find((p) => p.file === '09-class-teacher-short.txt')!;
    const a = await analyzedPage(page);
    const t = templatesOf(a).find((x) => x.family.length === 2)!;
    expect(t.family.map(labelOfId).sort()).toEqual(['范文1', '范文2']);
    expect(t.template.optionals).toEqual([]);
    for (const s of t.template.slots) expect(new Set(s.occurrences.map((o) => o.value)).size, s.id).toBe(1);
    const [x, y] = t.template.members;
    expect(valuesOf(t.template, x!).fields).toEqual(valuesOf(t.template, y!).fields);
  });
});

describe.skipIf(!HAS_SHARED)('templates of the seed families', () => {
  it('round trip for every family of the seed page', async () => {
    const a = await analyzed(SEED_PATH);
    const ts = templatesOf(a);
    expect(ts.map((t) => t.family.length).sort()).toEqual([1, 1, 1, 5]);
    for (const t of ts) checkRoundTrip(a, t);
  });
});

interface TemplatesJson {
  templates: Array<Template & { slots: Array<Template['slots'][number] & { occurrences: OccurrenceJson[] }> }>;
}

describe('plankit template → plankit fill on the corpus folder', () => {
  const dir = mkdtempSync(join(tmpdir(), 'plankit-template-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  let json: Promise<{ templates: TemplatesJson['templates']; file: string }> | undefined;
  const templatesJson = () =>
    (json ??= runCli('template', '--format', 'json', ...CORPUS_INPUTS).then((run) => {
      expect(run.code, run.err).toBe(0);
      expect(run.err).toBe('');
      const file = join(dir, 'templates.json');
      writeFileSync(file, run.out, 'utf8');
      return { templates: (JSON.parse(run.out) as TemplatesJson).templates, file };
    }));

  /** The page, the analysis and the member's own text of a member id. */
  async function member(id: string): Promise<{ page: CorpusPage; a: Analysis; text: string }> {
    const path = id.slice(0, id.lastIndexOf('#'));
    const page = PAGES.find((p) => path.endsWith(`/${p.file}`))!;
    const a = await analyzedPage(page);
    const v = a.variants.find((x) => x.variant.id === id)!;
    return { page, a, text: a.document.text.slice(v.variant.body.start, v.variant.body.end) };
  }

  it('one template per family of the corpus, with the JSON contract’s fields and positions in the file', async () => {
    const { templates } = await templatesJson();
    expect(templates.length).toBe(PAGES.reduce((n, p) => n + p.families.length, 0));
    for (const t of templates) {
      expect(typeof t.family).toBe('string');
      expect(t.members.length).toBeGreaterThan(0);
      expect(t.parts.length).toBeGreaterThan(0);
      for (const s of t.slots) {
        expect(Object.keys(s)).toEqual(expect.arrayContaining(['id', 'kind', 'type', 'unit', 'label', 'field', 'occurrences']));
        for (const o of s.occurrences as unknown as OccurrenceJson[]) {
          const { page } = await member(o.id);
          // Positions refer to the file as decoded on its own (text pages) — 1-based line, 0-based column.
          if (page.format !== 'text') continue;
          const raw = rawDecoded(page);
          const lines = new LineIndex(raw);
          expect(o.column, `${t.family} ${s.id} in ${o.id}`).toBeLessThanOrEqual((editorLines(raw)[o.line - 1] ?? '').length);
          const at = lines.lineStart(o.line) + o.column;
          expect(raw.slice(at, at + o.length), `${t.family} ${s.id} in ${o.id}`).toBe(o.value);
          expect(o.start, `${t.family} ${s.id} in ${o.id}: start is the file offset`).toBe(at);
        }
      }
    }
  });

  it('filling each template with each member’s own values (plankit fill -o) writes the member back', async () => {
    const { templates, file } = await templatesJson();
    let filled = 0;
    for (const t of templates) {
      for (const id of t.members) {
        const values = join(dir, `values-${filled}.json`);
        writeFileSync(values, JSON.stringify({ template: t.family, ...valuesOf(t, id) }), 'utf8');
        const out = join(dir, `plan-${filled}.txt`);
        const run = await runCli('fill', file, values, '-o', out);
        expect(run.code, run.err).toBe(0);
        expect(readFileSync(out, 'utf8'), `${t.family} ${id}`).toBe((await member(id)).text);
        filled++;
      }
    }
    expect(filled).toBe(PAGES.reduce((n, p) => n + p.variants.length, 0));
  });

  it('the office workflow: --values-out writes a YAML skeleton; filled with a member’s values it gives the member back', async () => {
    const page = PAGES.find((p) => p.file === '01-community-2024.txt')!;
    const path = join(CORPUS_DIR, page.file);
    const families = await runCli('template', '--format', 'json', path);
    const t = (JSON.parse(families.out) as TemplatesJson).templates.find((x) => x.members.length === 3)!;
    const yamlPath = join(dir, 'values.yaml');
    const run = await runCli('template', '--format', 'json', '--family', t.family, '--values-out', yamlPath, path);
    expect(run.code, run.err).toBe(0);
    const templateFile = join(dir, 'one.json');
    writeFileSync(templateFile, run.out, 'utf8');
    const skeleton = parseYaml(readFileSync(yamlPath, 'utf8')) as { template: string; fields: Record<string, string | null>; optional: Record<string, boolean> };
    expect(skeleton.template).toBe(t.family);
    expect(Object.keys(skeleton.fields)).toEqual(t.fields.map((f) => f.key));
    for (const id of t.members) {
      const own = valuesOf(t, id);
      for (const key of Object.keys(skeleton.fields)) skeleton.fields[key] = own.fields[key] ?? null;
      for (const block of Object.keys(skeleton.optional)) skeleton.optional[block] = own.optional[block] === true;
      const filled = join(dir, 'filled.yaml');
      writeFileSync(filled, stringifyYaml(skeleton), 'utf8');
      const out = join(dir, 'plan.txt');
      const fill = await runCli('fill', templateFile, filled, '-o', out);
      expect(fill.code, fill.err).toBe(0);
      // The skeleton carries no member's layout: the plan comes out in the template's layout (its
      // spacing and outline numbers), with the member's content.
      const text = (await member(id)).text;
      if (t.surfaces[id]?.edits.length === 0) expect(readFileSync(out, 'utf8'), id).toBe(text);
      else expect(content(readFileSync(out, 'utf8')), id).toBe(content(text));
    }
  });
});
