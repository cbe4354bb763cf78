import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import type { Template } from '../../src/core/template.js';
import { valuesOf } from '../../src/template/index.js';
import { REPO_ROOT } from '../helpers/seed.js';
import { runCli as run } from '../helpers/cli.js';

process.chdir(REPO_ROOT);
const PAGE = 'fixtures/template/family-page.txt';

let dir = '';
let templatePath = '';
let templates: Template[] = [];

/** Values for F2 (篇3, two amount slots). */
function f2Values(s1: unknown, s2: unknown): Record<string, unknown> {
  return { template: 'F2', slots: { s1: { label: '全年经费支出控制在·金额', value: s1 }, s2 } };
}

/** F1 filled with its first member's values, with some slots replaced. */
function f1Values(override: Record<string, string>): Record<string, unknown> {
  const t = templates.find((x) => x.family === 'F1') as Template;
  const v = valuesOf(t, t.members[0] as string);
  return { template: 'F1', slots: { ...v.slots, ...override }, optional: v.optional };
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
        const values = write('member.json', JSON.stringify({ template: t.family, slots: v.slots, optional: v.optional }));
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

  it('-o writes the file; on a bad value nothing is written and the one-line error names file, slot, label and type', async () => {
    const out = join(dir, 'plan.txt');
    const bad = write('bad.yaml', stringify(f2Values('12元', 3000)));
    const r = await run('fill', templatePath, bad, '-o', out);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toBe(`plankit: ${bad}: slot s1 (全年经费支出控制在·金额): not an amount "12元", expected an amount (a number, e.g. 3.5 or 6000—10000)\n`);
    expect(existsSync(out)).toBe(false);
  });

  it.each([
    ['a negative count', () => f1Values({ s2: '-3' }), /slot s2 \(社区现有会员·人数\): negative count "-3", expected a count/],
    ['an amount with letters', () => f2Values('12k', 3000), /slot s1 \(全年经费支出控制在·金额\): letters in an amount "12k", expected an amount/],
    ['a slot id that does not exist', () => ({ ...f2Values(1, 2), slots: { s1: 1, s2: 2, s7: 3 } }), /slot s7 does not exist in template F2/],
    ['a missing value', () => f2Values(null, 2), /slot s1 \(全年经费支出控制在·金额\): missing value/],
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
    const r = await run('fill', templatePath, write('anon.json', JSON.stringify({ slots: { s1: 1, s2: 2 } })));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/several templates \(F1, F2\); name one with --family/);
    const ok = await run('fill', '--family', 'F2', templatePath, write('anon.json', JSON.stringify({ slots: { s1: 1, s2: 2 } })));
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
