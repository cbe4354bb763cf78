import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import type { TemplateJson } from '../../src/report/template.js';
import { REPO_ROOT } from '../helpers/seed.js';
import { runCli as run, runCliWith } from '../helpers/cli.js';

process.chdir(REPO_ROOT);
const PAGE = 'fixtures/template/family-page.txt';

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'plankit-template-'));
}

describe('plankit template', () => {
  it('--format json follows the contract: family, members, parts, slots with occurrences, fields, optionals', async () => {
    const r = await run('template', '--format', 'json', PAGE);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const { templates } = JSON.parse(r.out) as { templates: TemplateJson[] };
    expect(templates.map((t) => [t.family, t.members])).toEqual([
      ['F1', [`${PAGE}#篇2`, `${PAGE}#篇1`]],
      ['F2', [`${PAGE}#篇3`]],
    ]);
    const t = templates[0]!;
    for (const p of t.parts) expect(Object.keys(p).sort()).toSatisfy((k: string[]) => ['text', 'slot', 'optional,parts'].includes(k.join(',')));
    const hollow = t.slots.find((s) => s.label === '社区现有会员（人）')!;
    expect(hollow).toMatchObject({ kind: 'hollow', type: 'count', unit: '人', field: '社区现有会员' });
    const source = readFileSync(PAGE, 'utf8');
    expect(hollow.occurrences).toEqual([
      { id: `${PAGE}#篇2`, start: source.indexOf('社区现有会员人', source.indexOf('篇2')) + 6, end: expect.any(Number), line: 29, column: 6, length: 0, value: '' },
      { id: `${PAGE}#篇1`, start: source.indexOf('社区现有会员人') + 6, end: expect.any(Number), line: 9, column: 6, length: 0, value: '' },
    ]);
    expect(t.slots.find((s) => s.unit === '万元')!.occurrences.map((o) => o.value)).toEqual(['5', '3']);
    expect(t.fields.find((f) => f.key === '计划年度')).toMatchObject({ label: '计划年度', type: 'year', slots: ['s1'] });
    expect(t.optionals).toEqual([{ id: 'o1', label: expect.stringMatching(/^4、组织开展“三八”节/), members: [`${PAGE}#篇2`] }]);
    // No slot is written into the text as a placeholder string.
    expect(JSON.stringify(t.parts)).not.toMatch(/____|20xx/);
  });

  it('--format markdown renders blanks and a field table; --format text shows the field keys in the blanks', async () => {
    const md = await run('template', '--format', 'markdown', '--family', 'F1', PAGE);
    expect(md.code).toBe(0);
    expect(md.out).toContain('社区现有会员\\_\\_\\_\\_<sup>s2</sup>人');
    expect(md.out).toMatch(/^\| 社区现有会员 \| 社区现有会员（人） \| count \| 人 \|/m);
    expect(md.out).toContain('> **可选 o1**');
    const text = await run('template', '--format', 'text', '--family', 'F2', PAGE);
    expect(text.out).toContain('全年经费支出控制在【全年经费支出控制】万元以内');
    expect(text.out).not.toContain('社区');
  });

  it('--values-out writes a YAML file with a Chinese how-to and one comment per field, or JSON with the same data', async () => {
    const dir = tempDir();
    const yamlPath = join(dir, '填写.yaml');
    const r = await run('template', '--family', 'F1', '--values-out', yamlPath, PAGE);
    expect(r.code, r.err).toBe(0);
    const yaml = readFileSync(yamlPath, 'utf8');
    expect(yaml).toMatch(/^# 填写说明：/);
    expect(yaml).toMatch(/# 社区现有会员（人） — 数量；单位：人；例：12；出现在第 29 行\n {2}社区现有会员:\n/);
    expect(yaml).toMatch(/# 年份；单位：年；例：2024；出现在第 25 行\n {2}计划年度:\n/);
    const skeleton = parseYaml(yaml) as { template: string; fields: Record<string, unknown>; optional: Record<string, boolean> };
    expect(skeleton.template).toBe('F1');
    expect(skeleton.fields.社区现有会员).toBeNull();
    expect(skeleton.optional.o1).toBe(true);
    const jsonPath = join(dir, 'values.json');
    await run('template', '--family', 'F2', '--values-out', jsonPath, PAGE);
    expect(JSON.parse(readFileSync(jsonPath, 'utf8'))).toMatchObject({ template: 'F2', fields: { 全年经费支出控制: { type: 'amount', unit: '万元', example: '12', lines: [49], value: null } } });
  });

  it('--values-out never replaces a file without --force, and never an input', async () => {
    const dir = tempDir();
    const path = join(dir, 'values.yaml');
    writeFileSync(path, 'fields:\n  计划年度: 2025\n');
    const r = await run('template', '--family', 'F1', '--values-out', path, PAGE);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/already exists; add --force/);
    expect(readFileSync(path, 'utf8')).toBe('fields:\n  计划年度: 2025\n');
    const forced = await run('template', '--family', 'F1', '--values-out', path, '--force', PAGE);
    expect(forced.code).toBe(0);
    expect(readFileSync(path, 'utf8')).toMatch(/^# 填写说明/);
    const page = join(dir, 'page.txt');
    writeFileSync(page, readFileSync(PAGE, 'utf8'));
    const self = await run('template', '--family', 'F1', '--values-out', page, '--force', page);
    expect(self.code).toBe(2);
    expect(self.err).toMatch(/is one of this command's inputs/);
    expect(readFileSync(page, 'utf8')).toBe(readFileSync(PAGE, 'utf8'));
  });

  it('speaks Chinese under a Chinese locale', async () => {
    const dir = tempDir();
    const path = join(dir, 'values.yaml');
    writeFileSync(path, 'x');
    const r = await runCliWith(['template', '--family', 'F1', '--values-out', path, PAGE], { lang: 'zh' });
    expect(r.err).toMatch(/已存在；要替换它请加 --force/);
  });

  it('--link makes two fields one (keys or slot ids); a bad link is a usage error', async () => {
    const r = await run('template', '--format', 'json', '--family', 'F1', '--link', '社区现有会员=s5', PAGE);
    expect(r.code, r.err).toBe(0);
    const t = (JSON.parse(r.out) as { templates: TemplateJson[] }).templates[0]!;
    expect(t.fields.find((f) => f.key === '社区现有会员')?.slots).toEqual(['s2', 's5']);
    const bad = await run('template', '--family', 'F1', '--link', '社区现有会员=全年计划投入资金', PAGE);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/different values in some member/);
    expect((await run('template', '--link', 'nonsense', PAGE)).code).toBe(2);
  });

  it('--script gives the template text in the other script', async () => {
    const r = await run('template', '--format', 'text', '--family', 'F2', '--script', 'traditional', PAGE);
    expect(r.out).toContain('全年經費支出控制在【全年經費支出控制】萬元以內');
  });

  it('--values-out with several families and no --family is a usage error (exit 2), nothing written', async () => {
    const path = join(tempDir(), 'values.yaml');
    const r = await run('template', '--values-out', path, PAGE);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--values-out needs --family .*F1, F2/);
    expect(existsSync(path)).toBe(false);
  });

  it('an unknown --family is a usage error', async () => {
    const r = await run('template', '--family', 'F9', PAGE);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--family F9: no such family/);
  });

  it('builds the same template from the Traditional copy, in its own script', async () => {
    const r = await run('template', '--format', 'json', '--family', 'F1', 'fixtures/template/family-page-traditional.txt');
    const t = (JSON.parse(r.out) as { templates: TemplateJson[] }).templates[0]!;
    expect(t.slots.find((s) => s.kind === 'hollow' && s.unit === '個')?.label).toBe('基層工會小組（個）');
    expect(t.fields[0]).toMatchObject({ key: '計劃年度', label: '計劃年度' });
  });
});
