import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import type { Template } from '../../src/core/template.js';
import { REPO_ROOT } from '../helpers/seed.js';
import { runCli as run } from '../helpers/cli.js';

process.chdir(REPO_ROOT);
const PAGE = 'fixtures/template/family-page.txt';

describe('plankit template', () => {
  it('--format json follows the contract: templates → family, members, parts, slots with occurrences', async () => {
    const r = await run('template', '--format', 'json', PAGE);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const { templates } = JSON.parse(r.out) as { templates: Template[] };
    expect(templates.map((t) => [t.family, t.members])).toEqual([
      ['F1', [`${PAGE}#篇2`, `${PAGE}#篇1`]],
      ['F2', [`${PAGE}#篇3`]],
    ]);
    const t = templates[0]!;
    for (const p of t.parts) expect(Object.keys(p).sort()).toSatisfy((k: string[]) => ['text', 'slot', 'optional,parts'].includes(k.join(',')));
    const hollow = t.slots.find((s) => s.label === '社区现有会员·人数')!;
    expect(hollow).toMatchObject({ kind: 'hollow', type: 'count', unit: '人' });
    expect(hollow.occurrences).toEqual([
      { id: `${PAGE}#篇2`, line: 29, column: 6, length: 0, value: '' },
      { id: `${PAGE}#篇1`, line: 9, column: 6, length: 0, value: '' },
    ]);
    expect(t.slots.find((s) => s.unit === '万元')!.occurrences.map((o) => o.value)).toEqual(['5', '3']);
    expect(t.optionals).toEqual([{ id: 'o1', label: expect.stringMatching(/^4、组织开展“三八”节/), members: [`${PAGE}#篇2`] }]);
    // No slot is written into the text as a placeholder string.
    expect(JSON.stringify(t.parts)).not.toMatch(/____|20xx/);
  });

  it('--format markdown renders blanks and a slot table; --format text shows blanks with ids', async () => {
    const md = await run('template', '--format', 'markdown', '--family', 'F1', PAGE);
    expect(md.code).toBe(0);
    expect(md.out).toContain('社区现有会员\\_\\_\\_\\_<sup>s2</sup>人');
    expect(md.out).toMatch(/^\| s2 \| 社区现有会员·人数 \| hollow \| count \| 人 \|/m);
    expect(md.out).toContain('> **可选 o1**');
    const text = await run('template', '--format', 'text', '--family', 'F2', PAGE);
    expect(text.out).toContain('全年经费支出控制在____[s1]万元以内');
    expect(text.out).not.toContain('社区');
  });

  it('--values-out writes a YAML or JSON skeleton with label, type and include flags', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'plankit-template-'));
    const yamlPath = join(dir, 'values.yaml');
    const r = await run('template', '--family', 'F1', '--values-out', yamlPath, PAGE);
    expect(r.code).toBe(0);
    const skeleton = parseYaml(readFileSync(yamlPath, 'utf8')) as { template: string; slots: Record<string, { label: string; type: string; value: unknown }>; optional: Record<string, { include: boolean }> };
    expect(skeleton.template).toBe('F1');
    expect(skeleton.slots.s2).toMatchObject({ label: '社区现有会员·人数', type: 'count', value: null });
    expect(skeleton.optional.o1?.include).toBe(true);
    const jsonPath = join(dir, 'values.json');
    await run('template', '--family', 'F2', '--values-out', jsonPath, PAGE);
    expect(JSON.parse(readFileSync(jsonPath, 'utf8'))).toMatchObject({ template: 'F2', slots: { s1: { type: 'amount', unit: '万元', example: '12' } } });
  });

  it('--values-out with several families and no --family is a usage error (exit 2), nothing written', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'plankit-template-'));
    const path = join(dir, 'values.yaml');
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
    const t = (JSON.parse(r.out) as { templates: Template[] }).templates[0]!;
    expect(t.slots.find((s) => s.kind === 'hollow' && s.unit === '個')?.label).toBe('基層工會小組·個數');
  });
});
