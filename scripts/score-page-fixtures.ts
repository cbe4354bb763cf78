/**
 * Scores plankit's split on fixtures/pages/ against the gold: variant headers (a header counts
 * when its label and line match), and the title line. Text pages only (HTML gold is on source
 * lines). Run: npx tsx scripts/score-page-fixtures.ts
 */
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyzeFile } from '../src/pipeline.js';
import { PAGES_DIR } from './make-page-fixtures.js';

interface Gold {
  file: string;
  title: { line: number };
  variants: { label: string; header_line: number }[];
}

const lineOf = (text: string, offset: number): number => text.slice(0, offset).split('\n').length;

async function main(): Promise<void> {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let titles = 0;
  let pages = 0;
  for (const g of readdirSync(PAGES_DIR).filter((f) => f.endsWith('.gold.json')).sort()) {
    const gold = JSON.parse(readFileSync(resolve(PAGES_DIR, g), 'utf8')) as Gold;
    if (!gold.file.endsWith('.txt')) continue;
    const a = await analyzeFile(resolve(PAGES_DIR, gold.file), { segment: false, outline: false, slots: false });
    const text = a.document.text;
    const pred = new Set(a.variants.flatMap((v) => (v.variant.header ? [`${v.variant.label}@${lineOf(text, v.variant.header.start)}`] : [])));
    const want = new Set(gold.variants.map((v) => `${v.label}@${v.header_line}`));
    const hit = [...pred].filter((k) => want.has(k)).length;
    tp += hit;
    fp += pred.size - hit;
    fn += want.size - hit;
    const titleLine = a.title ? lineOf(text, a.title.span.start) : null;
    pages++;
    if (titleLine === gold.title.line) titles++;
    console.log(`${gold.file.padEnd(34)} headers ${hit}/${want.size} false ${pred.size - hit}  title ${titleLine === gold.title.line ? 'ok' : `${titleLine} (gold ${gold.title.line})`}`);
  }
  const r = tp / Math.max(1, tp + fn);
  const p = tp / Math.max(1, tp + fp);
  console.log(`header recall ${r.toFixed(3)}  precision ${p.toFixed(3)}  title ${titles}/${pages} (${((100 * titles) / pages).toFixed(1)} %)`);
}

await main();
