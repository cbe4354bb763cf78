import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCliWith } from '../helpers/cli.js';

const run = (args: string[], tty = false) => runCliWith(args, { tty });
import { HAS_SHARED, SEED_PATH } from '../helpers/seed.js';

/** Two variants of a short plan (own writing): one paragraph edited, one dropped, one added. */
const V1 = [
  '一、工作目标',
  '20xx年,街道将围绕老旧小区改造和社区养老服务两项重点,完成改造小区8个,新增助餐点3处。',
  '二、主要措施',
  '(一)摸清底数。由各社区对辖区老年人开展入户走访,建立一人一档的服务台账。',
  '(二)整合资源。引入专业养老机构参与运营,探索“中央厨房+社区配送”的助餐模式。',
  '三、保障要求',
  '各社区要明确专人负责,每月报送工作进展,年底前接受街道考核。',
];
const V2 = [
  '一、工作目标',
  '2024年,街道将围绕老旧小区改造和社区养老服务两项重点,完成改造小区10个,新增助餐点3处。',
  '二、主要措施',
  '(一)摸清底數。由各社區對轄區老年人開展入戶走訪,建立一人一檔的服務台賬。', // the same sentence in Traditional script
  '(三)强化宣传。通过居民议事会和社区公众号公开改造方案,听取居民意见。',
  '三、保障要求',
  '各社区要明确专人负责,每月报送工作进展,年底前接受街道考核。',
];

function page(): string {
  const dir = mkdtempSync(join(tmpdir(), 'plankit-diff-'));
  const path = join(dir, 'plan.txt');
  writeFileSync(path, ['街道2024年工作计划', '', '街道2024年工作计划 篇1', '', ...V1, '', '街道2024年工作计划 篇2', '', ...V2, ''].join('\n'));
  return path;
}

describe('plankit diff', () => {
  const path = page();

  it('--format json aligns paragraphs, then diffs characters of the changed ones', async () => {
    const r = await run(['diff', '--format', 'json', `${path}#篇1`, `${path}#篇2`]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.a).toMatchObject({ id: `${path}#篇1`, label: '篇1', paragraphs: 7 });
    expect(j.summary).toEqual({ equal: 5, changed: 1, deleted: 1, inserted: 1 });
    const changed = j.rows.find((x: { status: string }) => x.status === 'changed');
    expect(changed.a.line).toBe(6);
    expect(changed.diff.filter((d: { op: string }) => d.op !== 'equal').map((d: { text: string }) => d.text)).toEqual(['xx', '24', '8', '10']);
    // The Traditional copy of the same paragraph is equal: differences of script are not changes.
    expect(j.rows.find((x: { a: { line: number } | null }) => x.a?.line === 8).status).toBe('equal');
    expect(j.rows.find((x: { status: string }) => x.status === 'deleted').a.line).toBe(9);
  });

  it('prints marked differences as text without colour off a terminal', async () => {
    const r = await run(['diff', `${path}#篇1`, `${path}#篇2`]);
    expect(r.out).toContain('5 equal, 1 changed, 1 only in a, 1 only in b');
    expect(r.out).toContain('20[-xx-]{+24+}年');
    expect(r.out).toMatch(/^- a9 {2}\(二\)整合资源/m);
    expect(r.out).toMatch(/^\+ b19 {2}\(三\)强化宣传/m);
    expect(r.out).not.toContain('\u001b[');
  });

  it('colours the differences on a terminal', async () => {
    const saved = process.env.NO_COLOR;
    const term = process.env.TERM;
    delete process.env.NO_COLOR;
    process.env.TERM = 'xterm-256color';
    try {
      const r = await run(['diff', `${path}#篇1`, `${path}#篇2`], true);
      expect(r.out).toContain('\u001b[');
      expect(r.out).not.toContain('[-xx-]');
    } finally {
      if (saved !== undefined) process.env.NO_COLOR = saved;
      if (term === undefined) delete process.env.TERM;
      else process.env.TERM = term;
    }
  });

  it('--format html is one self-contained page with <del> and <ins>', async () => {
    const r = await run(['diff', '--format', 'html', `${path}#篇1`, `${path}#篇2`]);
    expect(r.out.startsWith('<!doctype html>')).toBe(true);
    expect(r.out).toContain('20<del>xx</del>年');
    expect(r.out).toContain('20<ins>24</ins>年');
    expect(r.out).not.toMatch(/<script|<link|src=/);
  });

  it('finds a label typed with a full-width digit, and names the labels when one is missing', async () => {
    const r2 = await run(['diff', '--format', 'json', `${path}#篇１`, `${path}#篇2`]);
    expect(r2.code).toBe(0);
    expect(JSON.parse(r2.out).a.id).toBe(`${path}#篇1`);
    const r = await run(['diff', `${path}#篇1`, `${path}#篇9`]);
    expect(r.code).toBe(1);
    expect(r.err).toBe(`plankit: ${path}: no variant "篇9" (has 篇1, 篇2)\n`);
  });

  it('reports a missing file and exits 1', async () => {
    const r = await run(['diff', `${path}x#篇1`, `${path}#篇2`]);
    expect(r.code).toBe(1);
    expect(r.err.trim().split('\n')).toHaveLength(1);
  });
});

describe.skipIf(!HAS_SHARED)('plankit diff on the seed page', () => {
  it('shows 篇7 as the first part of 篇1', async () => {
    const j = JSON.parse((await run(['diff', '--format', 'json', `${SEED_PATH}#篇7`, `${SEED_PATH}#篇1`])).out);
    expect(j.summary.deleted).toBeLessThanOrEqual(2);
    expect(j.summary.inserted).toBeGreaterThan(20);
    expect(j.summary.equal).toBeGreaterThan(20);
  });
});
