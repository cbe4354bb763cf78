/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * The fill-in page's script, bundled into the page by scripts/build-form-script.mjs. It reads the
 * template from the page, checks each value as it is typed with the rules of `plankit fill`
 * (model.ts → the template stage's validation), keeps every place of a field in step, and builds
 * the downloads with the same code as the CLI: the filled text (fillExport), the Word file
 * (planDocx) and the values file (valuesText). It never writes HTML: text goes in as text.
 */
import type { Lang } from '../../../messages/lang.js';
import { EXPORT_EN } from '../../../messages/export-en.js';
import { EXPORT_ZH } from '../../../messages/export-zh.js';
import type { ExportTexts, FormTexts } from '../../../messages/export-texts.js';
import { planDocx } from '../../docx/index.js';
import { checkField, emptyValues, exportTemplate, fieldNeeded, fillExport, valuesText, type ExportField, type FieldValues, type TitledTemplate } from '../../model.js';

interface PageData {
  template: TitledTemplate;
  title: string | null;
  lang: Lang;
}

const TEXTS: Record<Lang, ExportTexts> = { zh: EXPORT_ZH, en: EXPORT_EN };

function start(): void {
  const dataElement = document.getElementById('plankit-data');
  if (dataElement === null) return;
  const data = JSON.parse(dataElement.textContent ?? '{}') as PageData;
  const t = exportTemplate(data.template, data.title ?? undefined);
  const values: FieldValues = emptyValues(t);
  const touched = new Set<string>();
  let lang: Lang = data.lang;

  const inputsOf = (key: string): HTMLInputElement[] => [...document.querySelectorAll<HTMLInputElement>('input[data-key]')].filter((i) => i.dataset.key === key);
  const boxesOf = (id: string): HTMLInputElement[] => [...document.querySelectorAll<HTMLInputElement>('input[data-block]')].filter((i) => i.dataset.block === id);
  const byKey = new Map(t.fields.map((f, i) => [f.key, { field: f, index: i }]));

  function problemOf(field: ExportField): string | null {
    if (!fieldNeeded(field, values)) return null;
    const check = checkField(field, values.fields[field.key] ?? null);
    if (check.ok) return null;
    const texts = TEXTS[lang];
    return `${texts.reasons[check.reason]}${texts.form.semicolon}${texts.typeHelp[field.type]}`;
  }

  function showField(field: ExportField): boolean {
    const problem = problemOf(field);
    const shown = problem !== null && touched.has(field.key);
    for (const input of inputsOf(field.key)) input.setAttribute('aria-invalid', shown ? 'true' : 'false');
    const index = byKey.get(field.key)?.index ?? 0;
    const error = document.getElementById(`error-${index}`);
    if (error !== null) error.textContent = shown ? (problem ?? '') : '';
    return problem === null;
  }

  function showAll(): number {
    let bad = 0;
    for (const f of t.fields) if (!showField(f)) bad++;
    const status = document.getElementById('status');
    if (status !== null) {
      status.textContent = TEXTS[lang].form.problems(bad);
      status.className = bad === 0 ? 'ok' : 'bad';
    }
    return bad;
  }

  function showBlocks(): void {
    for (const el of document.querySelectorAll<HTMLElement>('[data-blocks]')) {
      const dropped = (el.dataset.blocks ?? '').split(' ').some((id) => values.optional[id] === false);
      el.classList.toggle('dropped', dropped);
    }
  }

  document.addEventListener('input', (event) => {
    const target = event.target;
    if (!(target instanceof HTMLInputElement) || target.dataset.key === undefined) return;
    const key = target.dataset.key;
    values.fields[key] = target.value === '' ? null : target.value;
    for (const other of inputsOf(key)) if (other !== target) other.value = target.value;
    touched.add(key);
    showAll();
  });

  document.addEventListener('change', (event) => {
    const target = event.target;
    if (!(target instanceof HTMLInputElement) || target.dataset.block === undefined) return;
    const id = target.dataset.block;
    values.optional[id] = target.checked;
    for (const other of boxesOf(id)) other.checked = target.checked;
    showBlocks();
    showAll();
  });

  function download(name: string, blob: Blob): void {
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  /** The filled text, or null (every problem shown) when a value does not fit. */
  function filled(): string | null {
    for (const f of t.fields) touched.add(f.key);
    if (showAll() > 0) {
      const status = document.getElementById('status');
      if (status !== null) status.textContent = `${TEXTS[lang].form.cannotDownload} ${status.textContent ?? ''}`;
      return null;
    }
    try {
      return fillExport(t, values);
    } catch (e) {
      const status = document.getElementById('status');
      if (status !== null) {
        status.textContent = (e as Error).message;
        status.className = 'bad';
      }
      return null;
    }
  }

  // A file name from the title, without the characters file systems refuse.
  const baseName = (t.title ?? '计划').replace(/[\\/:*?"<>|\r\n]/g, '_');
  document.getElementById('download-text')?.addEventListener('click', () => {
    const text = filled();
    if (text !== null) download(`${baseName}.txt`, new Blob([text], { type: 'text/plain;charset=utf-8' }));
  });
  document.getElementById('download-docx')?.addEventListener('click', () => {
    const text = filled();
    if (text === null) return;
    void planDocx(text, t.title).then((bytes) =>
      download(`${baseName}.docx`, new Blob([bytes as BlobPart], { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' })),
    );
  });
  document.getElementById('download-yaml')?.addEventListener('click', () => {
    if (filled() === null) return;
    const yaml = valuesText(t, values);
    download('填写.yaml', new Blob([yaml], { type: 'text/yaml;charset=utf-8' }));
  });

  function setLanguage(next: Lang): void {
    lang = next;
    const texts = TEXTS[lang];
    document.documentElement.lang = texts.form.lang;
    for (const el of document.querySelectorAll<HTMLElement>('[data-t]')) {
      const key = el.dataset.t as keyof FormTexts;
      const value = texts.form[key];
      if (typeof value === 'string') el.textContent = value;
    }
    for (const el of document.querySelectorAll<HTMLElement>('[data-help-type]')) {
      const type = el.dataset.helpType as ExportField['type'];
      el.textContent = texts.typeHelp[type] ?? '';
    }
    showAll();
  }
  document.getElementById('lang-toggle')?.addEventListener('click', () => setLanguage(lang === 'zh' ? 'en' : 'zh'));

  showBlocks();
  showAll();
  document.documentElement.dataset.ready = 'true';
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
