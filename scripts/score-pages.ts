/**
 * The dev-set scores of page reading and outlines, on everything the repository has:
 * fixtures/pages (page gold: headers, title, chrome) and every outline gold (seed, fixtures/pages,
 * corpus/real) as laid out and with every 8 lines joined. Run: npx tsx scripts/score-pages.ts [-v]
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { allOutlineGolds } from './lib/devset/outline-gold.js';
import { scoreGold, sumScores } from './lib/devset/outline-score.js';
import { pageGolds, realTitles, scorePage, sum } from './lib/devset/pages.js';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');
const verbose = process.argv.includes('-v');
const pct = (x: number): string => x.toFixed(3);

const dirs = [resolve(ROOT, 'fixtures/pages'), resolve(ROOT, 'corpus/real/pages')];
const scores = dirs.flatMap((dir) => pageGolds(dir).map((g) => scorePage(dir, g)));
for (const s of scores) if (verbose || s.notes.length > 0) console.log(`${s.file}\n  ${s.notes.join('\n  ') || 'ok'}`);
const h = sum(scores.map((s) => s.headers));
const cl = sum(scores.map((s) => s.chromeLines));
const ci = sum(scores.map((s) => s.chromeInline));
const titles = scores.filter((s) => s.title).length;
const bodies = scores.reduce((a, s) => ({ right: a.right + s.bodyStarts.right, of: a.of + s.bodyStarts.of }), { right: 0, of: 0 });
const kinds = scores.reduce((a, s) => ({ right: a.right + s.chromeKinds.right, of: a.of + s.chromeKinds.of }), { right: 0, of: 0 });
console.log(`\npages: ${scores.length}`);
console.log(`variant headers   P ${pct(h.precision)}  R ${pct(h.recall)}  (tp ${h.tp}, fp ${h.fp}, fn ${h.fn}); body start right ${bodies.right}/${bodies.of}`);
console.log(`title line        ${titles}/${scores.length} (${pct(titles / Math.max(1, scores.length))})`);
const real = realTitles(ROOT);
for (const t of real) if (verbose || !t.right) console.log(`${t.file}: ${t.note}`);
const realRight = real.filter((t) => t.right).length;
console.log(`title line, real documents ${realRight}/${real.length} (${pct(realRight / Math.max(1, real.length))})`);
console.log(`chrome lines      P ${pct(cl.precision)}  R ${pct(cl.recall)}  (tp ${cl.tp}, fp ${cl.fp}, fn ${cl.fn}); kind right ${kinds.right}/${kinds.of}`);
console.log(`chrome in lines   P ${pct(ci.precision)}  R ${pct(ci.recall)}  (tp ${ci.tp}, fp ${ci.fp}, fn ${ci.fn})`);

const golds = allOutlineGolds(ROOT);
const outline = golds.map((g) => ({ name: g.name, ...scoreGold(g, 8) }));
if (verbose) for (const o of outline) console.log(`${o.name.padEnd(50)} normal F1 ${pct(o.normal.f1)} depth ${pct(o.normal.depth)} | joined F1 ${pct(o.joined.f1)} depth ${pct(o.joined.depth)}`);
const n = sumScores(outline.map((o) => o.normal));
const j = sumScores(outline.map((o) => o.joined));
console.log(`outline (${golds.length} gold files, ${n.tp + n.fn} items)`);
console.log(`  as laid out     F1 ${pct(n.f1)}  depth ${pct(n.depth)}  (P ${pct(n.precision)} R ${pct(n.recall)})`);
console.log(`  8 lines joined  F1 ${pct(j.f1)}  depth ${pct(j.depth)}  (P ${pct(j.precision)} R ${pct(j.recall)})`);
