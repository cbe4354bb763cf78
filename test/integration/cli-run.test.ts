import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import type { Template } from '../../src/core/template.js';
import { valuesOf } from '../../src/template/index.js';
import { runCli, type CliRun } from '../helpers/cli.js';
import { CORPUS_DIR, PAGES, splitOnly } from '../helpers/corpus-pages.js';
import { REPO_ROOT } from '../helpers/seed.js';

/**
 * End to end: `plankit run` — what `npm start` does — on the shipped corpus: every page summarised,
 * the families, and the largest family's template written with a values skeleton that `plankit fill`
 * turns back into each member once filled with that member's values.
 */

let dir: string;
let run: CliRun;

/** `npm start` runs `plankit run` (default input: the sample pages in corpus/) from the repository root. */
function inputs(): string[] {
  return resolve(process.cwd()) === REPO_ROOT ? [] : PAGES.map((p) => join(CORPUS_DIR, p.file));
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'plankit-run-'));
  run = await runCli('run', ...inputs(), '-o', join(dir, 'out'));
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('plankit run on the corpus (npm start)', () => {
  it('summarises every page and variant and writes the four files', () => {
    expect(run.code, run.err).toBe(0);
    for (const page of PAGES) {
      expect(run.out, page.file).toContain(page.file);
      expect(run.out, page.file).toContain(`《${page.title}》`);
    }
    expect(run.out).not.toContain('corpus/real/');
    for (const name of ['template.json', 'template.txt', '填写.json', '填写.yaml']) expect(existsSync(join(dir, 'out', name)), name).toBe(true);
  });

  it('prints the template with the Chinese field keys in its blanks, and the fields with their labels', () => {
    const t = (JSON.parse(readFileSync(join(dir, 'out', 'template.json'), 'utf8')) as { templates: Template[] }).templates[0]!;
    for (const f of t.fields) {
      expect(run.out, f.key).toContain(`【${f.key}】`);
      expect(run.out, f.key).toContain(f.label);
    }
    expect(readFileSync(join(dir, 'out', '填写.yaml'), 'utf8')).toMatch(/^# 填写说明：/);
  });

  it('never writes over a values file filled in since: the new one goes beside it', async () => {
    const out = join(dir, 'out');
    const filled = readFileSync(join(out, '填写.yaml'), 'utf8').replace(/^( {2}计划年度:)$/mu, '$1 2025');
    writeFileSync(join(out, '填写.yaml'), filled);
    const again = await runCli('run', ...(resolve(process.cwd()) === REPO_ROOT ? [] : [CORPUS_DIR]), '-o', out, '--no-outline');
    expect(again.code, again.err).toBe(0);
    expect(readFileSync(join(out, '填写.yaml'), 'utf8')).toBe(filled);
    expect(readFileSync(join(out, '填写.new.yaml'), 'utf8')).toMatch(/^# 填写说明：/);
    expect(again.out).toContain('填写.new.yaml');
  });

  it('prints each variant’s blanks by kind and type and its five least sure slots, least sure first', () => {
    const section = run.out.slice(run.out.indexOf('=== Blanks'), run.out.indexOf('=== Outlines'));
    expect(section.length).toBeGreaterThan(0);
    for (const page of PAGES) expect(section, page.file).toContain(page.file);
    const variants = section.split('\n').filter((l) => /^\S+#\S+ {2}\d+ blanks$/.test(l));
    expect(variants.length).toBeGreaterThan(PAGES.length);
    expect(section).toMatch(/^ {2}by kind: (?:(?:placeholder|hollow|literal) \d+(?: · )?)+$/m);
    expect(section).toMatch(/^ {2}by type: .*\bcount \d+/m);
    // Each "least sure" list: at most five rows, confidences ascending.
    for (const block of section.split('  least sure:\n').slice(1)) {
      const rows = block.split('\n').filter((l) => /^ {4}\d\.\d\d /.test(l));
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.length).toBeLessThanOrEqual(5);
      const c = rows.map((r) => Number(r.trim().split(' ')[0]));
      expect(c).toEqual([...c].sort((a, b) => a - b));
    }
  });

  it('writes the Word template and the fill-in page, and says how to open them', async () => {
    const out = join(dir, 'out');
    const docx = readFileSync(join(out, '模板.docx'));
    expect(docx.subarray(0, 2).toString('latin1')).toBe('PK');
    const page = readFileSync(join(out, '填写.html'), 'utf8');
    expect(page).toContain('<html lang="zh-CN">');
    expect(page).toContain('下载 Word（.docx）');
    expect(run.out).toContain(`${join(dir, 'out')}/模板.docx`);
    expect(run.out).toContain(`${join(dir, 'out')}/填写.html`);
    // In the run's language (English here; a Chinese locale or --lang zh gives 用 Word 或 WPS 打开 …).
    expect(run.out).toContain('open it in Word or WPS');
    expect(run.out).toContain('open it in a browser');
  });

  it('the template written is the largest family’s, and its skeleton filled with a member’s values gives the member back', async () => {
    const out = join(dir, 'out');
    const templates = (JSON.parse(readFileSync(join(out, 'template.json'), 'utf8')) as { templates: Template[] }).templates;
    expect(templates).toHaveLength(1);
    const t = templates[0]!;
    const largest = Math.max(...PAGES.flatMap((p) => p.families.map((f) => f.length)));
    expect(t.members).toHaveLength(largest);

    const skeleton = parseYaml(readFileSync(join(out, '填写.yaml'), 'utf8')) as {
      template: string;
      fields: Record<string, string | null>;
      optional: Record<string, boolean>;
    };
    expect(skeleton.template).toBe(t.family);
    expect(Object.keys(skeleton.fields)).toEqual(t.fields.map((f) => f.key));
    const json = JSON.parse(readFileSync(join(out, '填写.json'), 'utf8')) as { fields: Record<string, { value: null }> };
    expect(Object.keys(json.fields)).toEqual(Object.keys(skeleton.fields));

    // The skeleton is to be filled in: as written (values empty) it does not fill.
    const empty = await runCli('fill', join(out, 'template.json'), join(out, '填写.yaml'));
    if (t.fields.length > 0) expect(empty.code).toBe(1);

    for (const id of t.members) {
      const own = valuesOf(t, id);
      for (const key of Object.keys(skeleton.fields)) skeleton.fields[key] = own.fields[key] ?? null;
      for (const block of Object.keys(skeleton.optional)) skeleton.optional[block] = own.optional[block] === true;
      // With the member's own surface the plan comes back exactly; without it, in the template's layout.
      const values = join(dir, 'values.yaml');
      writeFileSync(values, stringifyYaml({ ...skeleton, surface: own.surface }), 'utf8');
      const plan = join(dir, 'plan.txt');
      const fill = await runCli('fill', join(out, 'template.json'), values, '-o', plan);
      expect(fill.code, fill.err).toBe(0);
      const path = id.slice(0, id.lastIndexOf('#'));
      const a = await splitOnly(resolve(REPO_ROOT, path));
      const v = a.variants.find((x) => x.variant.label === id.slice(id.lastIndexOf('#') + 1))!;
      expect(readFileSync(plan, 'utf8'), id).toBe(a.document.text.slice(v.variant.body.start, v.variant.body.end));
    }
  });
});
