import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCliWith } from '../helpers/cli.js';
import { REPO_ROOT } from '../helpers/seed.js';

const page = resolve(REPO_ROOT, 'fixtures/pages/45-single-variant.txt');
const out = mkdtempSync(join(tmpdir(), 'plankit-run-chrome-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('plankit run: the chrome each page dropped, and its variants', () => {
  it('one chrome line per page (lines, spans inside lines, kinds), then the variants with their headers — in English', async () => {
    const r = await runCliWith(['run', '-o', out, '--no-outline', page], { lang: 'en' });
    expect(r.code).toBe(0);
    const block = r.out.slice(r.out.indexOf('45-single-variant.txt'));
    const lines = block.split('\n');
    expect(lines[1]).toMatch(/^ {2}chrome dropped: \d+ lines \(login bar or menu ×2, breadcrumb, timestamp, collection title, editor's blurb, related-articles list ×\d+, copyright notice\)$/);
    expect(lines[2]).toMatch(/^ {2}篇1 +lines \d+–\d+, .*「社区垃圾分类工作实施方案 篇1」$/);
  });

  it('in Chinese', async () => {
    const r = await runCliWith(['run', '-o', out, '--no-outline', page], { lang: 'zh' });
    expect(r.out).toMatch(/\n {2}已去除网站附加内容：\d+ 行（登录栏或菜单 ×2、面包屑导航、发布时间、合集标题、小编导语、相关文章列表 ×\d+、版权声明）\n/);
  });
});
