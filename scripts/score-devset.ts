/**
 * Scores every stage of plankit on the dev set (the seed page, fixtures/pages, corpus/real) and
 * prints the README's tables; `--json <file>` also writes the figures.
 *
 *   npx tsx scripts/score-devset.ts [--json bench/devset-scores.json] [--verbose]
 *
 * Stages: split (variant headers, title line, chrome), outline (as laid out, and with every 8 lines
 * run together), slots (must-recall and precision per kind), families (pairwise, per page and over
 * corpus/real). Scoring rules: ../shared/gold/README.md, DEVSET conventions in corpus/real/README.md.
 */
import { writeFileSync } from 'node:fs';
import { LineIndex } from '../src/core/lines.js';
import { decodeBytes } from '../src/read/index.js';
import { analyzeDocument, analyzeFile, type Analysis } from '../src/pipeline.js';
import { addPairs, documentUnit, NO_PAIRS, pageUnits, scoreFamilies, type PairCounts } from './devset/family-score.js';
import { goldPoints, predictedPoints, runTogether, scoreOutline, type OutlineScore } from './devset/outline-score.js';
import { addPrf, prf, r3, ZERO, type Prf } from './devset/prf.js';
import { devSet, realFamilies, type DevDoc, type Source } from './devset/sets.js';
import { mergeTally, predictedSlots, tallySlots, type SlotTally } from './devset/slot-score.js';
import { scoreSplit } from './devset/split-score.js';

const RUN_TOGETHER_LINES = 8;

interface OutlineAgg {
  docs: number;
  strict: Prf;
  sequence: Prf;
  depthAgree: number;
  depthTotal: number;
}
const outlineAgg = (): OutlineAgg => ({ docs: 0, strict: ZERO, sequence: ZERO, depthAgree: 0, depthTotal: 0 });
function addOutline(a: OutlineAgg, s: OutlineScore): void {
  a.docs++;
  a.strict = addPrf(a.strict, s.strict);
  a.sequence = addPrf(a.sequence, s.sequence);
  a.depthAgree += s.depthAgree;
  a.depthTotal += s.depthTotal;
}

interface Figures {
  split: Record<string, { pages: number; headers: Prf; titles: number; titlePages: number; chrome: Prf }>;
  outline: Record<string, OutlineAgg>;
  outlineRunTogether: Record<string, OutlineAgg>;
  slots: Record<string, SlotTally>;
  families: Record<string, PairCounts & { units: number }>;
}

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const jsonAt = args.indexOf('--json');

const figures: Figures = { split: {}, outline: {}, outlineRunTogether: {}, slots: {}, families: {} };
const groupOf = (d: DevDoc): string => `${d.source}${d.script === 'traditional' ? ' 繁' : d.script === 'simplified' ? ' 简' : ''}`;

async function scoreDoc(d: DevDoc): Promise<Analysis> {
  const a = await analyzeFile(d.path);
  const lines = new LineIndex(a.document.text);
  const group = d.source;
  const isHtml = d.path.endsWith('.html');

  // split: HTML gold is on source lines, so HTML pages take part in families only.
  if (!isHtml) {
    const s = (figures.split[group] ??= { pages: 0, headers: ZERO, titles: 0, titlePages: 0, chrome: ZERO });
    const titleLine = d.page?.title.line ?? d.outline?.title?.line;
    const r = scoreSplit(a, d.page, titleLine);
    s.pages++;
    s.headers = addPrf(s.headers, r.headers);
    if (titleLine !== undefined) {
      s.titlePages++;
      if (r.titleRight) s.titles++;
    }
    s.chrome = addPrf(s.chrome, r.chrome);
    if (verbose && (r.headers.fp + r.headers.fn > 0 || !r.titleRight)) {
      console.error(`split ${d.name}: headers +${r.headers.tp} fp${r.headers.fp} fn${r.headers.fn} title ${r.titleRight ? 'ok' : 'WRONG'}`);
    }
  }

  if (d.outline !== undefined && !isHtml) {
    const { points, withColumns } = goldPoints(d.outline);
    const s = scoreOutline(points, predictedPoints(a, withColumns, lines), withColumns);
    addOutline((figures.outline[groupOf(d)] ??= outlineAgg()), s);
    if (verbose && s.sequence.f1 < 0.99) console.error(`outline ${d.name}: F1 ${r3(s.sequence.f1)} strict ${r3(s.strict.f1)}`);
    // Run-together: only documents laid out one paragraph a line (not the pages already run together).
    if (withColumns === false || !d.name.includes('run-together')) {
      const joined = runTogether(a.document.text, d.outline, RUN_TOGETHER_LINES);
      const ja = analyzeDocument(decodeBytes(d.name, Buffer.from(joined.text, 'utf8')));
      const js = scoreOutline(joined.gold, predictedPoints(ja, true), true);
      addOutline((figures.outlineRunTogether[groupOf(d)] ??= outlineAgg()), js);
    }
  }

  if (d.slots !== undefined && !isHtml) {
    const tally = (figures.slots[groupOf(d)] ??= {});
    const one: SlotTally = {};
    tallySlots(one, d.slots, predictedSlots(a, d.slots, lines));
    mergeTally(tally, one);
    const all = one['all'];
    if (verbose && all) console.error(`slots ${d.name}: recall ${all.mustFound}/${all.mustTotal} precision ${all.truePositives}/${all.predicted}`);
  }

  if (d.page !== undefined && d.page.families.length > 0) {
    const units = pageUnits(a);
    const s = scoreFamilies(units, d.page.families);
    const f = (figures.families[group] ??= { ...NO_PAIRS, units: 0 });
    Object.assign(f, addPairs(f, s), { units: f.units + units.length });
  }
  return a;
}

const docs = devSet();
const real: Array<{ id: string; text: string }> = [];
for (const d of docs) {
  const a = await scoreDoc(d);
  if (d.source === 'real') real.push(documentUnit(a, d.name.replace(/^corpus\/real\//, '')));
}
const rf = realFamilies();
if (rf !== undefined && real.length > 0) {
  const s = scoreFamilies(real, rf.families.map((f) => f.members));
  figures.families['real (all documents)'] = { truePairs: s.truePairs, predictedPairs: s.predictedPairs, goldPairs: s.goldPairs, units: real.length };
}

// ---- tables ----
const out: string[] = [];
const row = (cells: Array<string | number>): string => `| ${cells.join(' | ')} |`;
out.push('**Split** (variant headers by label and line; title line; chrome by line)', '');
out.push(row(['set', 'pages', 'header P', 'header R', 'title right', 'chrome P', 'chrome R']), row(['---', '---:', '---:', '---:', '---:', '---:', '---:']));
for (const [g, s] of Object.entries(figures.split)) {
  out.push(row([g, s.pages, r3(s.headers.precision), r3(s.headers.recall), `${s.titles}/${s.titlePages}`, s.chrome.tp + s.chrome.fp + s.chrome.fn === 0 ? '—' : r3(s.chrome.precision), s.chrome.tp + s.chrome.fn === 0 ? '—' : r3(s.chrome.recall)]));
}
for (const [title, table] of [
  ['**Outline** as laid out (strict: line, style, ordinal and parent; sequence: line and ordinal)', figures.outline],
  [`**Outline, run together** (every ${RUN_TOGETHER_LINES} lines joined into one)`, figures.outlineRunTogether],
] as const) {
  out.push('', title, '');
  out.push(row(['set', 'docs', 'items', 'strict F1', 'sequence P', 'sequence R', 'sequence F1', 'depth agreement']), row(['---', '---:', '---:', '---:', '---:', '---:', '---:', '---:']));
  const total = outlineAgg();
  for (const [g, s] of Object.entries(table).sort()) {
    out.push(row([g, s.docs, s.sequence.tp + s.sequence.fn, r3(s.strict.f1), r3(s.sequence.precision), r3(s.sequence.recall), r3(s.sequence.f1), r3(s.depthAgree / Math.max(1, s.depthTotal))]));
    total.docs += s.docs;
    total.strict = addPrf(total.strict, s.strict);
    total.sequence = addPrf(total.sequence, s.sequence);
    total.depthAgree += s.depthAgree;
    total.depthTotal += s.depthTotal;
  }
  out.push(row(['**all**', total.docs, total.sequence.tp + total.sequence.fn, r3(total.strict.f1), r3(total.sequence.precision), r3(total.sequence.recall), r3(total.sequence.f1), r3(total.depthAgree / Math.max(1, total.depthTotal))]));
}
out.push('', '**Slots** (must-recall per gold kind, precision per predicted kind)', '');
out.push(row(['set', 'kind', 'must', 'recall', 'predicted', 'precision']), row(['---', '---', '---:', '---:', '---:', '---:']));
for (const [g, t] of Object.entries(figures.slots).sort()) {
  for (const [k, c] of Object.entries(t).sort(([a], [b]) => (a === 'all' ? 1 : b === 'all' ? -1 : a.localeCompare(b)))) {
    out.push(row([g, k === 'all' ? '**all**' : k, c.mustTotal, c.mustTotal === 0 ? '—' : r3(c.mustFound / c.mustTotal), c.predicted, c.predicted === 0 ? '—' : r3(c.truePositives / c.predicted)]));
  }
}
out.push('', '**Families** (pairwise "same family")', '');
out.push(row(['set', 'units', 'P', 'R', 'F1']), row(['---', '---:', '---:', '---:', '---:']));
for (const [g, f] of Object.entries(figures.families)) {
  const p = prf(f.truePairs, f.predictedPairs - f.truePairs, f.goldPairs - f.truePairs);
  out.push(row([g, f.units, r3(p.precision), r3(p.recall), r3(p.f1)]));
}
console.log(out.join('\n'));
if (jsonAt >= 0 && args[jsonAt + 1] !== undefined) writeFileSync(args[jsonAt + 1] as string, `${JSON.stringify(figures, null, 1)}\n`);
export type { Source };
