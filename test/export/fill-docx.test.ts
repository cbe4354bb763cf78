import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Template } from '../../src/core/template.js';
import { exportTemplate, valuesText, type ExportTemplate, type FieldValues } from '../../src/export/model.js';
import { runCli as run } from '../helpers/cli.js';
import { docxXml, mammothText, sampleValue } from '../helpers/docx.js';
import { HAS_SHARED, REPO_ROOT, SEED_PATH } from '../helpers/seed.js';

process.chdir(REPO_ROOT);

/** Values of the right type for every field, every optional block kept. */
function sampleValues(t: ExportTemplate): FieldValues {
  const fields: Record<string, string> = {};
  t.fields.forEach((f, i) => (fields[f.key] = sampleValue(f.type, i)));
  return { fields, optional: Object.fromEntries(t.blocks.map((b) => [b.id, true])) };
}

describe.skipIf(!HAS_SHARED)('plankit fill -o 计划.docx on the seed family', () => {
  let dir = '';
  let templatePath = '';
  let model: ExportTemplate;
  let values: FieldValues;
  let valuesPath = '';

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'plankit-fill-docx-'));
    templatePath = join(dir, 'T.json');
    const r = await run('template', SEED_PATH, '-o', templatePath);
    expect(r.code).toBe(0);
    const templates = (JSON.parse(readFileSync(templatePath, 'utf8')) as { templates: Template[] }).templates;
    const largest = [...templates].sort((a, b) => b.members.length - a.members.length)[0] as Template;
    model = exportTemplate(largest);
    values = sampleValues(model);
    valuesPath = join(dir, '填写.yaml');
    writeFileSync(valuesPath, valuesText(model, values));
  });

  it('writes every value into a Word file set in 仿宋 that reads the same as the text', async () => {
    const docx = join(dir, '计划.docx');
    const r = await run('fill', templatePath, valuesPath, '--family', model.family, '-o', docx);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const bytes = readFileSync(docx);
    const text = await mammothText(bytes);
    for (const f of model.fields) expect(text, f.key).toContain(values.fields[f.key]);
    const txt = join(dir, '计划.txt');
    expect((await run('fill', templatePath, valuesPath, '--family', model.family, '-o', txt)).code).toBe(0);
    for (const line of readFileSync(txt, 'utf8').split('\n')) if (line.trim().length > 0) expect(text).toContain(line.trim());
    const $ = docxXml(bytes);
    const bodyFonts = $('w\\:body > w\\:p w\\:rFonts').toArray().map((e) => $(e).attr('w:eastAsia'));
    const share = bodyFonts.filter((f) => f !== undefined && /仿宋|FangSong/.test(f)).length / bodyFonts.length;
    expect(share).toBeGreaterThan(0.5);
    // The title of the family's canonical member heads the document.
    expect(text.split('\n')[0]).toMatch(/工會年度工作計畫|工会年度工作计划/);
  });

  it('names the field of a wrong value and writes no file', async () => {
    const count = model.fields.find((f) => f.type === 'count' && f.block === null);
    if (count === undefined) return;
    const bad = join(dir, '错.yaml');
    writeFileSync(bad, valuesText(model, { ...values, fields: { ...values.fields, [count.key]: '-3' } }));
    const docx = join(dir, '不应写出.docx');
    const r = await run('fill', templatePath, bad, '--family', model.family, '-o', docx);
    expect(r.code).toBe(1);
    expect(r.err).toContain(count.key);
    expect(existsSync(docx)).toBe(false);
  });
});

describe('plankit fill --format docx', () => {
  it('needs -o, and takes the format from the extension', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'plankit-fill-docx-'));
    const templatePath = join(dir, 'T.json');
    expect((await run('template', '--family', 'F1', '-o', templatePath, 'corpus/01-community-2024.txt')).code).toBe(0);
    const t = exportTemplate((JSON.parse(readFileSync(templatePath, 'utf8')) as { templates: Template[] }).templates[0] as Template);
    const valuesPath = join(dir, 'v.yaml');
    writeFileSync(valuesPath, valuesText(t, sampleValues(t)));
    expect((await run('fill', templatePath, valuesPath, '--format', 'docx')).code).toBe(2);
    const out = join(dir, 'plan.DOCX');
    expect((await run('fill', templatePath, valuesPath, '-o', out)).code).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString('latin1')).toBe('PK');
    // -o over the values file is refused; the values file is untouched.
    const before = readFileSync(valuesPath, 'utf8');
    const r = await run('fill', templatePath, valuesPath, '--format', 'docx', '-o', valuesPath);
    expect(r.code).not.toBe(0);
    expect(readFileSync(valuesPath, 'utf8')).toBe(before);
  });
});
