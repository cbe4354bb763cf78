import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Template } from '../../src/core/template.js';
import { exportTemplate } from '../../src/export/model.js';
import { runCli as run } from '../helpers/cli.js';
import { REPO_ROOT } from '../helpers/seed.js';
import { hostileTemplate } from '../helpers/template-fixtures.js';

process.chdir(REPO_ROOT);

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'plankit-form-'));
});

async function page(template: { family: string }): Promise<string> {
  const t = join(dir, `${template.family}.json`);
  writeFileSync(t, JSON.stringify({ templates: [template] }));
  const out = join(dir, `${template.family}.html`);
  const r = await run('form', t, '-o', out);
  expect(r.err).toBe('');
  expect(r.code).toBe(0);
  return readFileSync(out, 'utf8');
}

describe('plankit form: a self-contained page', () => {
  it('loads nothing from anywhere: a strict CSP, no src or href, no remote URL', async () => {
    const html = await page(hostileTemplate());
    const $ = load(html);
    const csp = $('meta[http-equiv="Content-Security-Policy"]').attr('content') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toMatch(/script-src 'sha256-[^']+'(;|$)/);
    expect(csp).not.toContain('unsafe-inline');
    expect($('[src]').length).toBe(0);
    expect($('link, iframe, object, embed, img').length).toBe(0);
    expect($('[href]').length).toBe(0);
    expect(html).not.toMatch(/(?:src|href)\s*=\s*["']?https?:/i);
  });

  it('escapes the template: its tags, quotes and </script> are text', async () => {
    const html = await page(hostileTemplate());
    const $ = load(html);
    expect($('script').length).toBe(2); // the data and the page script, nothing from the template
    expect($('#plan b, #plan img, #fields b').length).toBe(0);
    expect($('#plan').text()).toContain('<script>window.__pwned = 1; alert(1)</script>总体要求');
    expect($('#plan').text()).toContain('"><img src=x onerror="window.__pwned=2">');
    expect($('label[for="field-0"]').text()).toBe('完成<b>工作</b>·项数');
    expect($('label[for="field-1"]').text()).toBe('单位"名称\'</script>');
    expect($('#plan u, ul.blocks u').length).toBe(0);
    expect($('ul.blocks').text()).toContain('三、<u>其他</u>要求');
    const data = JSON.parse($('#plankit-data').text()) as { template: Template };
    expect(data.template.parts).toEqual(hostileTemplate().parts);
  });

  it('has a labelled input per field and one in each blank of the text', async () => {
    const t = join(dir, 'T.json');
    expect((await run('template', '--family', 'F1', '-o', t, 'corpus/01-community-2024.txt')).code).toBe(0);
    const template = (JSON.parse(readFileSync(t, 'utf8')) as { templates: Template[] }).templates[0] as Template;
    const model = exportTemplate(template);
    const $ = load(await page(template));
    model.fields.forEach((f, i) => {
      expect($(`label[for="field-${i}"]`).text()).toBe(f.label);
      expect($(`#field-${i}`).attr('data-key')).toBe(f.key);
    });
    const slots = JSON.stringify(template.parts).match(/"slot":/g)?.length ?? 0;
    expect($('#plan input.blank').length).toBe(slots);
    expect($('#plan input[type="checkbox"]').length).toBe(model.blocks.length);
    expect($('#download-docx').text()).toBe('下载 Word（.docx）');
  });

  it('lists the fields before the optional passages (a family of copies can have dozens of those)', async () => {
    const html = await page(hostileTemplate());
    const $ = load(html);
    const order = $('aside').children('h2').map((_, h) => $(h).attr('data-t')).get();
    expect(order).toEqual(['fields', 'optional']);
  });
});
