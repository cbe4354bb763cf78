import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import type { Template } from '../../src/core/template.js';
import { exportTemplate, fromTemplateValues, type ExportTemplate } from '../../src/export/model.js';
import { readValues } from '../../src/template/index.js';
import { valuesFromFields } from '../../src/export/values-from.js';
import { runCli as run, runCliWith } from '../helpers/cli.js';
import { docxXml, dropTags, mammothText, sampleValue, typeIntoTemplate } from '../helpers/docx.js';
import { REPO_ROOT } from '../helpers/seed.js';

process.chdir(REPO_ROOT);
const PAGE = 'corpus/01-community-2024.txt';

let dir = '';
let templatePath = '';
let docxPath = '';
let template: Template;
let model: ExportTemplate;

function values(): Record<string, string> {
  return Object.fromEntries(model.fields.map((f, i) => [f.key, sampleValue(f.type, i)]));
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'plankit-word-'));
  templatePath = join(dir, 'T.json');
  docxPath = join(dir, '模板.docx');
  expect((await run('template', '--family', 'F1', '-o', templatePath, PAGE)).code).toBe(0);
  template = (JSON.parse(readFileSync(templatePath, 'utf8')) as { templates: Template[] }).templates[0] as Template;
  model = exportTemplate(template);
  const r = await run('template', '--format', 'docx', '--family', 'F1', '-o', docxPath, PAGE);
  expect(r.err).toBe('');
  expect(r.code).toBe(0);
});

describe('plankit template --format docx', () => {
  it('writes each blank as an underlined content control tagged with its field key, labelled', () => {
    const $ = docxXml(readFileSync(docxPath));
    const controls = $('w\\:sdt').toArray().filter((s) => !($(s).find('w\\:tag').attr('w:val') ?? '').startsWith('optional:'));
    const slotCount = JSON.stringify(template.parts).match(/"slot":/g)?.length ?? 0;
    expect(controls.length).toBe(slotCount);
    const byKey = new Map(model.fields.map((f) => [f.key, f]));
    for (const c of controls) {
      const tag = $(c).find('w\\:tag').attr('w:val') as string;
      const field = byKey.get(tag);
      expect(field, tag).toBeDefined();
      expect($(c).find('w\\:alias').attr('w:val')).toBe(field?.label);
      expect($(c).find('w\\:showingPlcHdr').length).toBe(1);
      expect($(c).find('w\\:sdtContent w\\:t').text()).toBe(field?.label);
      expect($(c).find('w\\:sdtContent w\\:u').attr('w:val')).toBe('single');
    }
  });

  it('marks each optional block: a ticked check box, a 【可选】 note, shading', () => {
    const $ = docxXml(readFileSync(docxPath));
    expect(model.blocks.length).toBeGreaterThan(0);
    for (const b of model.blocks) {
      const box = $('w\\:sdt').toArray().find((s) => $(s).find('w\\:tag').attr('w:val') === `optional:${b.id}`);
      expect(box, b.id).toBeDefined();
      expect($(box as never).find('w14\\:checked').attr('w14:val')).toBe('1');
      const p = $(box as never).closest('w\\:p');
      expect(p.text()).toContain('【可选');
      expect(p.find('w\\:shd').first().attr('w:fill')).toBe('E7E6E6');
    }
  });

  it('carries the template mark and the title, and opens in mammoth', async () => {
    const bytes = readFileSync(docxPath);
    expect(docxXml(bytes, 'docProps/custom.xml')('property[name="plankit-template"]').text()).toBe('F1');
    const text = await mammothText(bytes);
    expect(text.startsWith('2024年社区工作计划')).toBe(true);
    expect(text).toContain('一、指导思想');
  });
});

describe('plankit values-from', () => {
  it('reads typed values back into a values file that fills the plan', async () => {
    const typed = values();
    const filled = join(dir, '已填.docx');
    const block = model.blocks[0]?.id as string;
    writeFileSync(filled, typeIntoTemplate(readFileSync(docxPath), typed, [block]));
    const out = join(dir, '填写.yaml');
    const r = await run('values-from', filled, '--template', templatePath, '-o', out);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const file = readValues(parseYaml(readFileSync(out, 'utf8')));
    const doc = fromTemplateValues(model, file);
    expect(file.template).toBe('F1');
    expect(doc.optional[block]).toBe(false);
    for (const f of model.fields) {
      if (f.block === block) continue;
      expect(doc.fields[f.key], f.key).toBe(typed[f.key]);
    }
    const plan = join(dir, '计划.txt');
    const fill = await run('fill', templatePath, out, '-o', plan);
    expect(fill.err).toBe('');
    const text = readFileSync(plan, 'utf8');
    for (const f of model.fields) if (f.block !== block) expect(text).toContain(typed[f.key]);
  });

  it('reads a file whose content controls lost their tags (as LibreOffice saves it) by the bookmarks around blanks and check boxes', async () => {
    const typed = values();
    const block = model.blocks[0]?.id as string;
    const untagged = dropTags(typeIntoTemplate(readFileSync(docxPath), typed, [block]));
    expect(docxXml(untagged)('w\\:sdt w\\:tag').length).toBe(0);
    const filled = join(dir, '无标签.docx');
    writeFileSync(filled, untagged);
    const r = await run('values-from', filled, '--template', templatePath);
    expect(r.err).toBe('');
    const doc = fromTemplateValues(model, readValues(parseYaml(r.out)));
    for (const f of model.fields) expect(doc.fields[f.key], f.key).toBe(typed[f.key]);
    for (const b of model.blocks) expect(doc.optional[b.id], b.id).toBe(b.id !== block);
    // Blanks still showing their label are not filled in.
    const blank = join(dir, '未填无标签.docx');
    writeFileSync(blank, dropTags(readFileSync(docxPath)));
    const none = await run('values-from', blank, '--template', templatePath);
    expect(none.code).toBe(1);
    expect(none.err).toContain('is not filled in');
  });

  it('names the field of a value of the wrong type, and writes nothing', async () => {
    const typed = values();
    const bad = model.fields.find((f) => f.type === 'count' && f.block === null) as (typeof model.fields)[number];
    typed[bad.key] = '很多';
    const filled = join(dir, '错值.docx');
    writeFileSync(filled, typeIntoTemplate(readFileSync(docxPath), typed));
    const out = join(dir, '不应写出.yaml');
    const zh = await runCliWith(['values-from', filled, '--template', templatePath, '-o', out], { lang: 'zh' });
    expect(zh.code).toBe(1);
    expect(zh.err.trim().split('\n')).toHaveLength(1);
    expect(zh.err).toContain(`字段“${bad.label}”（${bad.key}）的值“很多”不是数字`);
    expect(existsSync(out)).toBe(false);
    const en = await run('values-from', filled, '--template', templatePath);
    expect(en.err).toContain(`field "${bad.label}" (${bad.key}): the value "很多" is not a number`);
  });

  it('refuses two different values typed for one field, and takes the one typed where a place kept its label', () => {
    const field = model.fields.find((f) => f.block === null) as (typeof model.fields)[number];
    const fields = new Map<string, Array<string | null>>(model.fields.map((f, i) => [f.key, [sampleValue(f.type, i)]]));
    fields.set(field.key, ['2031', null, '2031']);
    const read = { family: 'F1', fields, optional: new Map(model.blocks.map((b) => [b.id, true])), blanks: new Map<string, string>() };
    const ok = valuesFromFields(model, read);
    expect(ok.problems).toEqual([]);
    expect(ok.values.fields[field.key]).toBe('2031');
    fields.set(field.key, ['2031', '2032']);
    const bad = valuesFromFields(model, read);
    expect(bad.problems).toEqual([{ code: 'conflicting-values', key: field.key, label: field.label, values: ['2031', '2032'] }]);
  });

  it('says in one line that a file is not a Word file, or not one of our templates', async () => {
    const text = join(dir, 'plain.docx');
    writeFileSync(text, '这不是 Word 文件');
    let r = await runCliWith(['values-from', text, '--template', templatePath], { lang: 'zh' });
    expect(r.code).toBe(1);
    expect(r.err).toBe(`plankit: ${text}: 不是 Word 文件（.docx）：不是 zip 压缩包\n`);

    const other = join(dir, 'other.docx');
    const doc = new Document({ sections: [{ children: [new Paragraph({ children: [new TextRun('一份普通的 Word 文件')] })] }] });
    writeFileSync(other, await Packer.toBuffer(doc));
    r = await run('values-from', other, '--template', templatePath);
    expect(r.code).toBe(1);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toContain('not a Word template of template F1');

    r = await run('values-from', join(dir, 'missing.docx'), '--template', templatePath);
    expect(r.code).toBe(1);
    expect(r.err).toContain('no such file');
  });

  it('replaces an existing values file only with --force', async () => {
    const filled = join(dir, '再填.docx');
    writeFileSync(filled, typeIntoTemplate(readFileSync(docxPath), values()));
    const out = join(dir, '已有.yaml');
    writeFileSync(out, '# 填好的内容\n');
    const r = await runCliWith(['values-from', filled, '--template', templatePath, '-o', out], { lang: 'zh' });
    expect(r.code).toBe(2);
    expect(r.err).toContain('--force');
    expect(readFileSync(out, 'utf8')).toBe('# 填好的内容\n');
    expect((await run('values-from', filled, '--template', templatePath, '-o', out, '--force')).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('template: F1');
  });

  it('never writes its output over one of its inputs', async () => {
    const filled = join(dir, '覆盖.docx');
    const bytes = typeIntoTemplate(readFileSync(docxPath), values());
    writeFileSync(filled, bytes);
    const before = readFileSync(templatePath, 'utf8');
    // Refused like every command's -o over an input (an error, whatever its exit code), nothing written.
    const r = await run('values-from', filled, '--template', templatePath, '-o', templatePath, '--force');
    expect(r.code).not.toBe(0);
    expect(r.err).toContain('overwritten');
    expect(readFileSync(templatePath, 'utf8')).toBe(before);
    expect((await run('values-from', filled, '--template', templatePath, '-o', filled, '--force')).code).not.toBe(0);
    expect(readFileSync(filled)).toEqual(Buffer.from(bytes));
  });
});
