/**
 * Generates fixtures/pages/: 范文-site page fixtures in the shapes catalogued in
 * fixtures/pages/SHAPES.md, with their gold (<page>.gold.json, .outline.json, .slots.json).
 * Run: npx tsx scripts/make-page-fixtures.ts
 *
 * The plan texts are written for plankit (scripts/page-fixtures/plans-*.ts); pages are assembled
 * from them with site chrome, Traditional ones machine-converted (opencc-js cn → tw, as sites do),
 * run-together ones joined from a well-formed page whose annotations move with the text. Every
 * gold position is therefore known by construction, and a number left unannotated in a page's
 * text stops the generator (see checkComplete).
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildPage, type PageSpec } from './page-fixtures/build.js';
import { outlineGold, pageGold, slotsGold } from './page-fixtures/gold.js';
import type { PageLine } from './page-fixtures/model.js';
import { PAGES } from './page-fixtures/pages.js';
import { renderHtml, renderText, toTraditional } from './page-fixtures/render.js';

export const PAGES_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../fixtures/pages');

/** Digits and placeholder marks: each must sit in a slot, a marker, a NOT-slot or inline chrome. */
const MUST_BE_ANNOTATED = /[0-9０-９]+|[xX]{2,}|××|_{2,}|○○|□□|\*{3}/g;

function checkComplete(file: string, lines: PageLine[]): void {
  lines.forEach((l, i) => {
    if (l.role === 'blank') return;
    const covered: [number, number][] = [
      ...l.slots.map((s): [number, number] => [s.column, s.column + s.length]),
      ...l.notSlots.map((n): [number, number] => [n.column, n.column + n.length]),
      ...l.inline.map((c): [number, number] => [c.column, c.column + c.length]),
      ...[...(l.item ? [l.item] : []), ...(l.moreItems ?? [])].map((it): [number, number] => [it.column, it.column + it.marker.length]),
    ];
    if (l.role === 'chrome') return; // chrome numbers are NOT slots by construction
    for (const m of l.text.matchAll(MUST_BE_ANNOTATED)) {
      const a = m.index;
      const b = a + m[0].length;
      // Character by character: "篇11 目的" is an ordinal and a marker side by side.
      for (let c = a; c < b; c++) if (!covered.some(([x, y]) => x <= c && c < y)) throw new Error(`${file}:${i + 1}: "${m[0]}" at ${a} is not annotated: ${l.text}`);
    }
  });
}

function families(spec: PageSpec, lines: PageLine[]): string[][] {
  const labels = lines.flatMap((l) => [...(l.role === 'header' ? [l.variant as string] : []), ...(l.extraHeaders ?? []).map((h) => h.variant)]);
  if (labels.length === 0) return [];
  const byFamily = new Map<string, string[]>();
  spec.variants.forEach((v, i) => {
    const g = byFamily.get(v.family) ?? [];
    g.push(labels[i] as string);
    byFamily.set(v.family, g);
  });
  return [...byFamily.values()];
}

export interface GeneratedPage {
  file: string;
  spec: PageSpec;
  content: string;
  gold: unknown;
  outline?: unknown;
  slots?: unknown;
}

export function generatePages(): GeneratedPage[] {
  return PAGES.map((spec, k) => {
    const nn = String(k + 1).padStart(2, '0');
    const file = `${nn}-${spec.name}.${spec.format}`;
    let lines = buildPage(spec);
    if (spec.script === 'traditional') lines = toTraditional(lines);
    for (const step of spec.postConvert ?? []) lines = step(lines);
    checkComplete(file, lines);
    let content: string;
    let lineOf: (i: number) => number;
    if (spec.format === 'html') {
      const r = renderHtml(lines, spec.script === 'traditional' ? 'zh-TW' : 'zh-CN', spec.script === 'traditional' ? '青禾範文網' : '青禾范文网');
      content = r.html;
      lineOf = (i) => r.lineOf[i] as number;
    } else {
      content = renderText(lines);
      lineOf = (i) => i + 1;
    }
    const gold = pageGold(file, lines, lineOf, families(spec, lines));
    const out: GeneratedPage = { file, spec, content, gold };
    if (spec.format === 'txt' && spec.outline) out.outline = outlineGold(file, lines, lineOf, gold.title);
    if (spec.format === 'txt' && spec.slots) out.slots = slotsGold(file, lines, lineOf);
    return out;
  });
}

/**
 * The well-formed page a run-together fixture was joined from (the same spec without its post
 * steps), kept beside the fixtures as the readable source of their gold.
 */
export function wellFormedSources(): { file: string; content: string }[] {
  return PAGES.flatMap((spec, k) => {
    if (!spec.name.startsWith('run-together')) return [];
    let lines = buildPage({ ...spec, post: [] });
    if (spec.script === 'traditional') lines = toTraditional(lines);
    return [{ file: `${String(k + 1).padStart(2, '0')}-${spec.name}.txt`, content: renderText(lines) }];
  });
}

function main(): void {
  mkdirSync(PAGES_DIR, { recursive: true });
  for (const f of readdirSync(PAGES_DIR)) if (/^\d\d-/.test(f)) rmSync(resolve(PAGES_DIR, f));
  const json = (x: unknown): string => JSON.stringify(x, null, 1) + '\n';
  for (const p of generatePages()) {
    const stem = p.file.replace(/\.(txt|html)$/, '');
    writeFileSync(resolve(PAGES_DIR, p.file), p.content);
    writeFileSync(resolve(PAGES_DIR, `${stem}.gold.json`), json(p.gold));
    if (p.outline) writeFileSync(resolve(PAGES_DIR, `${stem}.outline.json`), json(p.outline));
    if (p.slots) writeFileSync(resolve(PAGES_DIR, `${stem}.slots.json`), json(p.slots));
  }
  const wf = resolve(PAGES_DIR, 'wellformed');
  rmSync(wf, { recursive: true, force: true });
  mkdirSync(wf);
  for (const w of wellFormedSources()) writeFileSync(resolve(wf, w.file), w.content);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
