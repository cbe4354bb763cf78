import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import type { Template } from '../../src/core/template.js';
import { valuesOf } from '../../src/template/index.js';
import { REPO_ROOT } from '../helpers/seed.js';
import { runCli as run, runCliWith } from '../helpers/cli.js';

process.chdir(REPO_ROOT);
const PAGE = 'fixtures/template/family-page.txt';

let dir = '';
let templatePath = '';
let templates: Template[] = [];

/** Values for F2 (篇3, two amount fields). */
function f2Values(budget: unknown, single: unknown): Record<string, unknown> {
  return { template: 'F2', fields: { 全年经费支出控制: { label: '全年经费支出控制（万元）', value: budget }, 单笔支出超过: single } };
}

/** F1 filled with its first member's values, with some fields replaced. */
function f1Values(override: Record<string, string>): Record<string, unknown> {
  const t = templates.find((x) => x.family === 'F1') as Template;
  const v = valuesOf(t, t.members[0] as string);
  return { template: 'F1', fields: { ...v.fields, ...override }, optional: v.optional };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'plankit-fill-'));
  templatePath = join(dir, 'templates.json');
  const r = await run('template', '--format', 'json', PAGE);
  writeFileSync(templatePath, r.out);
  templates = (JSON.parse(r.out) as { templates: Template[] }).templates;
});

function write(name: string, content: string): string {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
}

describe('plankit fill', () => {
  it('fills from YAML and JSON values and prints the plan', async () => {
    const y = write('f2.yaml', stringify(f2Values(15, '3000')));
    const r = await run('fill', templatePath, y);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('全年经费支出控制在15万元以内');
    expect(r.out).toContain('单笔支出超过3000元的须经集体研究');
    const j = write('f2.json', JSON.stringify(f2Values('15', 3000)));
    expect((await run('fill', templatePath, j)).out).toBe(r.out);
  });

  it('reproduces every member from its own values (round trip through the files)', async () => {
    const source = readFileSync(PAGE, 'utf8');
    for (const t of templates) {
      for (const id of t.members) {
        const v = valuesOf(t, id);
        const out = join(dir, 'member.txt');
        const values = write('member.json', JSON.stringify({ template: t.family, ...v }));
        const r = await run('fill', templatePath, values, '-o', out);
        expect(r.code, r.err).toBe(0);
        expect(source).toContain(readFileSync(out, 'utf8'));
      }
    }
  });

  it('--to traditional converts the output', async () => {
    const y = write('f2t.yaml', stringify(f2Values(15, 3000)));
    const r = await run('fill', '--to', 'traditional', templatePath, y);
    expect(r.out).toContain('全年經費支出控制在15萬元以內');
  });

  it('-o writes the file; on a bad value nothing is written and the one-line error names file, field, label and type', async () => {
    const out = join(dir, 'plan.txt');
    const bad = write('bad.yaml', stringify(f2Values('12元', 3000)));
    const r = await run('fill', templatePath, bad, '-o', out);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toBe(`plankit: ${bad}: field "全年经费支出控制" (全年经费支出控制（万元）): "12元" is not a number; expected an amount (a number, e.g. 3.5 or 6000—10000)\n`);
    expect(existsSync(out)).toBe(false);
  });

  it('in Chinese under a Chinese locale', async () => {
    const bad = write('bad-zh.yaml', stringify(f2Values('-', 3000)));
    const r = await runCliWith(['fill', templatePath, bad], { lang: 'zh' });
    expect(r.err).toMatch(/字段“全年经费支出控制”（全年经费支出控制（万元））的值“-”不是数字，应填金额/);
  });

  it('writes 95% once however the percent is typed, and accepts the unit typed with a count', async () => {
    const page = write('pct.txt', '20xx年，全年培训人次，合格率达到95%。');
    const tpl = write('pct.json', (await run('template', '--format', 'json', page)).out);
    for (const pct of ['96', '96%', '百分之九十六']) {
      const r = await run('fill', tpl, write('pct.yaml', stringify({ fields: { 计划年度: '二〇二五年', 全年培训: '300人次', 合格率达到: pct } })));
      expect(r.code, r.err).toBe(0);
      expect(r.out).toBe('2025年，全年培训300人次，合格率达到96%。\n');
    }
  });

  it('-o never overwrites the template or the values file', async () => {
    const values = write('keep.yaml', stringify(f2Values(15, 3000)));
    const before = readFileSync(values, 'utf8');
    for (const target of [values, templatePath]) {
      const r = await run('fill', templatePath, values, '-o', target);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/is one of this command's inputs/);
    }
    expect(readFileSync(values, 'utf8')).toBe(before);
    expect(JSON.parse(readFileSync(templatePath, 'utf8'))).toHaveProperty('templates');
  });

  it('-o replaces its own output whole (no temporary file left)', async () => {
    const out = join(dir, 'atomic', 'plan.txt');
    mkdirSync(join(dir, 'atomic'));
    writeFileSync(out, 'old plan');
    const r = await run('fill', templatePath, write('a.yaml', stringify(f2Values(15, 3000))), '-o', out);
    expect(r.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('全年经费支出控制在15万元以内');
    expect(readdirSync(join(dir, 'atomic'))).toEqual(['plan.txt']);
  });

  it.each([
    ['a slot part naming an unknown slot', (t: Record<string, unknown>) => (t.parts as unknown[]).push({ slot: 's99' }), /slot s99/],
    ['a part of an unknown shape', (t: Record<string, unknown>) => (t.parts as unknown[]).push({ bogus: true }), /the part at parts\[\d+\] is neither text, a slot nor an optional block/],
    ['a slot of an unknown type', (t: Record<string, unknown>) => ((t.slots as Array<Record<string, unknown>>)[0]!.type = 'colour'), /slot s1 has the unknown type "colour"/],
  ])('a template with %s is an error (exit 1) naming it', async (_what, spoil, message) => {
    const raw = JSON.parse(readFileSync(templatePath, 'utf8')) as { templates: Array<Record<string, unknown>> };
    const f2 = raw.templates.find((t) => t.family === 'F2')!;
    spoil(f2);
    const bad = write('spoiled.json', JSON.stringify({ templates: [f2] }));
    const r = await run('fill', bad, write('ok.yaml', stringify(f2Values(15, 3000))));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(message);
    expect(r.err).toMatch(/^plankit: .*spoiled\.json: /);
  });

  it.each([
    ['a negative count', () => f1Values({ 社区现有会员: '-3' }), /field "社区现有会员" \(社区现有会员（人）\): "-3" is negative; expected a count/],
    ['an amount with letters', () => f2Values('12k', 3000), /field "全年经费支出控制" \(全年经费支出控制（万元）\): "12k" has letters; expected an amount/],
    ['a field that does not exist', () => ({ ...f2Values(1, 2), fields: { 全年经费支出控制: 1, 单笔支出超过: 2, 不存在: 3 } }), /template F2 has no field "不存在"/],
    ['a missing value', () => f2Values(null, 2), /field "全年经费支出控制" \(全年经费支出控制（万元）\) is not filled in/],
  ])('rejects %s with exit 1 and writes nothing', async (_name, values, message) => {
    const out = join(dir, 'never.txt');
    const r = await run('fill', templatePath, write('v.json', JSON.stringify(values())), '-o', out);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(message);
    expect(r.err).toMatch(/^plankit: .*v\.json: /);
    expect(existsSync(out)).toBe(false);
  });

  it('rejects a values file that is not JSON or YAML', async () => {
    const r = await run('fill', templatePath, write('broken.yaml', 'slots: [1, 2\n  s1: "unclosed'));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/broken\.yaml: not JSON or YAML/);
    const scalar = await run('fill', templatePath, write('scalar.yaml', 'just some words'));
    expect(scalar.err).toMatch(/scalar\.yaml: the values file must hold a mapping/);
  });

  it('asks which template when the file has several and the values do not say', async () => {
    const r = await run('fill', templatePath, write('anon.json', JSON.stringify({ fields: { s1: 1, s2: 2 } })));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/several templates \(F1, F2\); name one with --family/);
    const ok = await run('fill', '--family', 'F2', templatePath, write('anon.json', JSON.stringify({ fields: { s1: 1, s2: 2 } })));
    expect(ok.code).toBe(0);
  });

  it('reports a missing or malformed template file', async () => {
    expect((await run('fill', join(dir, 'none.json'), write('x.json', '{}'))).err).toMatch(/none\.json: not found: no such file/);
    const r = await run('fill', write('t.json', '{"templates": 3}'), write('x.json', '{}'));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/t\.json: not a template file/);
  });

  it('rejects an unknown --to with exit 2', async () => {
    const r = await run('fill', '--to', 'klingon', templatePath, write('x.json', '{}'));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--to must be one of simplified, traditional/);
  });
});
