import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Template } from '../../src/core/template.js';
import { exportTemplate, valuesText, type ExportTemplate, type FieldValues } from '../../src/export/model.js';
import { HAS_CHROMIUM, launchChromium } from '../helpers/browser.js';
import { runCli as run } from '../helpers/cli.js';
import { docxXmlText, sampleValue } from '../helpers/docx.js';
import { REPO_ROOT } from '../helpers/seed.js';
import { hostileTemplate } from '../helpers/template-fixtures.js';

/**
 * The fill-in page in a real browser (Debian's Chromium, headless): typing, validation, the
 * optional blocks, and the three downloads compared with what `plankit fill` writes from the same
 * values. Screenshots go to a temporary folder (PLANKIT_SCREENSHOTS to keep them somewhere else).
 */
process.chdir(REPO_ROOT);

let browser: Browser;
let userDataDir = '';
let dir = '';
let shots = '';
let templatePath = '';
let pagePath = '';
let model: ExportTemplate;

beforeAll(async () => {
  if (!HAS_CHROMIUM && process.env.CI === undefined) return;
  dir = mkdtempSync(join(tmpdir(), 'plankit-browser-'));
  shots = process.env.PLANKIT_SCREENSHOTS ?? join(dir, 'screenshots');
  mkdirSync(shots, { recursive: true });
  templatePath = join(dir, 'T.json');
  expect((await run('template', '--family', 'F1', '-o', templatePath, 'corpus/01-community-2024.txt')).code).toBe(0);
  model = exportTemplate((JSON.parse(readFileSync(templatePath, 'utf8')) as { templates: Template[] }).templates[0] as Template);
  pagePath = join(dir, '填写.html');
  expect((await run('form', templatePath, '-o', pagePath)).code).toBe(0);
  ({ browser, userDataDir } = await launchChromium());
});

afterAll(async () => {
  await browser?.close();
  if (userDataDir !== '') rmSync(userDataDir, { recursive: true, force: true });
});

async function open(path: string, downloads?: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('dialog', (d) => {
    errors.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  page.on('request', (r) => {
    if (!/^(file|blob|data):/.test(r.url())) errors.push(`request: ${r.url()}`);
  });
  await page.setViewport({ width: 1280, height: 900 });
  if (downloads !== undefined) {
    const cdp = await page.createCDPSession();
    await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads });
  }
  await page.goto(pathToFileURL(path).href);
  await page.waitForSelector('html[data-ready="true"]', { timeout: 15_000 });
  return { page, errors };
}

async function typeInto(page: Page, selector: string, value: string): Promise<void> {
  await page.$eval(selector, (el) => {
    (el as unknown as { value: string }).value = '';
  });
  await page.type(selector, value);
}

/** Waits for a download to finish and returns its bytes. */
async function downloaded(folder: string, name: RegExp): Promise<Buffer> {
  for (let i = 0; i < 100; i++) {
    const done = readdirSync(folder).find((f) => name.test(f) && !f.endsWith('.crdownload'));
    if (done !== undefined) return readFileSync(join(folder, done));
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no download matching ${name} in ${folder}: ${readdirSync(folder).join(', ')}`);
}

describe.skipIf(!HAS_CHROMIUM && process.env.CI === undefined)('the fill-in page in Chromium', () => {
  it('shows a Chinese label and input per field and Chinese buttons', async () => {
    const { page, errors } = await open(pagePath);
    const labels = await page.$$eval('li.field label', (ls) => ls.map((l) => [l.textContent, (l as unknown as { htmlFor: string }).htmlFor]));
    expect(labels.map((l) => l[0])).toEqual(model.fields.map((f) => f.label));
    for (const [label, id] of labels) {
      expect(label).toMatch(/\p{Script=Han}/u);
      expect(await page.$(`#${id}`)).not.toBeNull();
    }
    const buttons = await page.$$eval('button', (bs) => bs.map((b) => b.textContent ?? ''));
    expect(buttons).toContain('下载计划（.txt）');
    expect(await page.$eval('html', (h) => h.lang)).toBe('zh-CN');
    await page.screenshot({ path: join(shots, '1-opened.png'), fullPage: false });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('checks values as they are typed and downloads nothing while one is wrong', async () => {
    const downloads = mkdtempSync(join(dir, 'dl-bad-'));
    const { page, errors } = await open(pagePath, downloads);
    const index = model.fields.findIndex((f) => f.type === 'count' && f.block === null);
    expect(index).toBeGreaterThanOrEqual(0);
    await typeInto(page, `#field-${index}`, '很多');
    expect(await page.$eval(`#error-${index}`, (e) => e.textContent)).toContain('不是数字');
    expect(await page.$eval(`#field-${index}`, (e) => e.getAttribute('aria-invalid'))).toBe('true');
    // The blank in the text shows the same value and the same state.
    const key = model.fields[index]?.key as string;
    const inline = await page.$$eval('#plan input.blank', (is, k) => is.filter((i) => (i as unknown as { dataset: { key: string } }).dataset.key === k).map((i) => [(i as unknown as { value: string }).value, i.getAttribute('aria-invalid')]), key);
    expect(inline).toEqual([['很多', 'true']]);
    await page.click('#download-text');
    await new Promise((r) => setTimeout(r, 500));
    expect(readdirSync(downloads)).toEqual([]);
    expect(await page.$eval('#status', (e) => e.textContent)).toContain('请先改正标红的字段');
    await page.screenshot({ path: join(shots, '2-invalid.png') });
    // English on request.
    await page.click('#lang-toggle');
    expect(await page.$eval(`#error-${index}`, (e) => e.textContent)).toContain('is not a number');
    expect(await page.$eval('#download-text', (e) => e.textContent)).toBe('Download the plan (.txt)');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('downloads the plan, the Word file and the values exactly as plankit fill writes them', async () => {
    const downloads = mkdtempSync(join(dir, 'dl-'));
    const { page, errors } = await open(pagePath, downloads);
    const dropped = model.blocks[0]?.id;
    const values: FieldValues = { fields: {}, optional: Object.fromEntries(model.blocks.map((b) => [b.id, b.id !== dropped])) };
    if (dropped !== undefined) await page.click(`#plan input[data-block="${dropped}"]`);
    for (const [i, f] of model.fields.entries()) {
      if (f.block !== null && f.block === dropped) {
        values.fields[f.key] = null;
        continue;
      }
      const value = sampleValue(f.type, i);
      values.fields[f.key] = value;
      // Half in the text's blanks, half in the field list: both feed the same field.
      const selector = i % 2 === 0 ? `#field-${i}` : `#plan input.blank[data-index="${i}"]`;
      await typeInto(page, selector, value);
    }
    expect(await page.$eval('#status', (e) => e.className)).toBe('ok');
    await page.screenshot({ path: join(shots, '3-filled.png') });
    await page.screenshot({ path: join(shots, '3-filled-full.png'), fullPage: true });

    await page.click('#download-text');
    const txt = await downloaded(downloads, /\.txt$/);
    await page.click('#download-yaml');
    const yaml = await downloaded(downloads, /\.yaml$/);
    await page.click('#download-docx');
    const docx = await downloaded(downloads, /\.docx$/);
    expect(errors).toEqual([]);
    await page.close();

    // plankit fill on the same values, and on the values file the page wrote.
    const valuesPath = join(dir, 'same.yaml');
    writeFileSync(valuesPath, valuesText(model, values));
    const cliTxt = join(dir, 'cli.txt');
    expect((await run('fill', templatePath, valuesPath, '-o', cliTxt)).code).toBe(0);
    expect(txt.equals(readFileSync(cliTxt))).toBe(true);
    const pageValues = join(dir, 'page-values.yaml');
    writeFileSync(pageValues, yaml);
    const fromPage = join(dir, 'from-page.txt');
    const r = await run('fill', templatePath, pageValues, '-o', fromPage);
    expect(r.err).toBe('');
    expect(readFileSync(fromPage).equals(txt)).toBe(true);
    const cliDocx = join(dir, 'cli.docx');
    expect((await run('fill', templatePath, valuesPath, '-o', cliDocx)).code).toBe(0);
    expect(docxXmlText(docx)).toBe(docxXmlText(readFileSync(cliDocx)));
    if (dropped !== undefined) expect(txt.toString('utf8')).not.toContain(model.blocks[0]?.label.replace(/…$/, '') ?? '\u0000');
  });

  it('shows a hostile template as text and runs none of it', async () => {
    const t = join(dir, 'hostile.json');
    writeFileSync(t, JSON.stringify({ templates: [hostileTemplate()] }));
    const html = join(dir, 'hostile.html');
    expect((await run('form', t, '-o', html)).code).toBe(0);
    const { page, errors } = await open(html);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    const text = await page.$eval('#plan', (e) => (e as unknown as { innerText: string }).innerText);
    expect(text).toContain('<script>window.__pwned = 1; alert(1)</script>总体要求');
    expect(await page.$$eval('#plan img, #plan b', (e) => e.length)).toBe(0);
    await page.screenshot({ path: join(shots, '4-hostile.png') });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps its screenshots out of the repository', () => {
    expect(shots.startsWith(REPO_ROOT)).toBe(false);
    expect(existsSync(join(shots, '1-opened.png'))).toBe(true);
  });
});
