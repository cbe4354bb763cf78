/**
 * Template bench. (1) detectSlots over ~5 MB of generated plan text in which a third of the
 * numbers were stripped (the 范文 sites' hollow blanks) and some replaced by xx/20xx: MB/s and
 * slots found per kind. (2) buildTemplate on a generated family — a 20 000-character plan and five
 * variants (numbers changed, paragraphs dropped and added, one truncated copy) — aligned on words
 * (segment stage) and on characters, then every member filled back from its own values (the round
 * trip must hold: the bench fails otherwise). Timings are best of RUNS; MB = 10^6 UTF-8 bytes.
 */
import type { BenchResult } from '../bench.js';
import type { Document } from '../../src/core/document.js';
import { foldWidth } from '../../src/normalize/index.js';
import { buildTemplate, detectSlots, fillTemplate, valuesOf, type TemplateMember } from '../../src/template/index.js';
import { planContext, planParagraph, planParagraphs } from '../lib/plan-text.js';
import { Rng } from '../lib/rng.js';
import { bestSeconds } from '../lib/timing.js';

const DETECT_BYTES = 5e6;
const FAMILY_CHARS = 20_000;
const VARIANTS = 5;
const RUNS = 3;
/** Share of numbers stripped to hollow blanks, and of those left replaced by a placeholder. */
const STRIP_SHARE = 0.33;
const PLACEHOLDER_SHARE = 0.1;

function documentOf(text: string, path = 'bench.txt'): Document {
  // Generated text is Simplified already: the width fold is all normalisation would do.
  return { path, encoding: 'utf-8', encodingCertain: true, format: 'text', text, byteLength: Buffer.byteLength(text), diagnostics: [], folded: foldWidth(text), script: 'simplified' };
}

/** Strips and replaces numbers the way 范文 pages do. */
function damage(text: string, rng: Rng): string {
  return text.replace(/\d+/g, (n) => (rng.chance(STRIP_SHARE) ? '' : rng.chance(PLACEHOLDER_SHARE) ? 'xx' : n));
}

function planText(bytes: number, seed: number): string {
  const rng = new Rng(seed);
  const parts: string[] = [];
  let size = 0;
  while (size < bytes) {
    const p = `${rng.int(2020, 2025)}年工作计划\n\n${planParagraphs(rng, 3000).join('\n\n')}\n\n`;
    parts.push(p);
    size += Buffer.byteLength(p);
  }
  return damage(parts.join(''), new Rng(seed + 1));
}

function family(seed: number): string[] {
  const rng = new Rng(seed);
  const ctx = planContext(rng);
  const base = planParagraphs(rng, FAMILY_CHARS, ctx);
  const out = [damage(base.join('\n\n'), new Rng(seed + 100))];
  for (let v = 1; v <= VARIANTS; v++) {
    let paras = base.filter(() => !rng.chance(0.08));
    paras = paras.flatMap((p) => (rng.chance(0.05) ? [p, planParagraph(rng, ctx)] : [p]));
    if (v === VARIANTS) paras = paras.slice(0, Math.floor(paras.length * 0.6)); // a truncated copy
    const text = paras.join('\n\n').replace(/\d+/g, (n) => (rng.chance(0.3) ? String(Number(n) + rng.int(1, 9)) : n));
    out.push(damage(text, new Rng(seed + 100 + v)));
  }
  return out;
}

export async function run(): Promise<BenchResult> {
  const r1 = (x: number) => Math.round(x * 10) / 10;
  const r3 = (x: number) => Math.round(x * 1000) / 1000;
  const figures: Record<string, number | string> = {};

  const doc = documentOf(planText(DETECT_BYTES, 7));
  const body = { start: 0, end: doc.text.length };
  detectSlots(doc, { start: 0, end: Math.min(body.end, 200_000) }); // warm the JIT
  let slots: ReturnType<typeof detectSlots>['slots'] = [];
  const detectSeconds = bestSeconds(RUNS, () => {
    slots = detectSlots(doc, body).slots;
  });
  figures.detect_mb = r1(doc.byteLength / 1e6);
  figures.detect_seconds = r3(detectSeconds);
  figures.detect_mb_per_s = r1(doc.byteLength / 1e6 / detectSeconds);
  for (const kind of ['placeholder', 'hollow', 'literal'] as const) figures[`detect_${kind}`] = slots.filter((s) => s.kind === kind).length;

  const texts = family(11);
  const members: TemplateMember[] = texts.map((t, i) => {
    const d = documentOf(t, `v${i}.txt`);
    return { id: d.path, document: d, body: { start: 0, end: t.length } };
  });
  figures.family_members = members.length;
  figures.family_chars = texts.reduce((n, t) => n + t.length, 0);
  buildTemplate(members); // loads jieba's dictionaries once, outside the timing
  let template = buildTemplate(members);
  const seconds = bestSeconds(RUNS, () => {
    template = buildTemplate(members);
  });
  let filled = 0;
  const fillSeconds = bestSeconds(RUNS, () => {
    filled = 0;
    for (const m of template.members) {
      const text = fillTemplate(template, valuesOf(template, m));
      if (text !== texts[Number(m.slice(1, -4))]) throw new Error(`round trip failed for ${m}`);
      filled++;
    }
  });
  figures.template_seconds = r3(seconds);
  figures.template_slots = template.slots.length;
  figures.template_fields = template.fields.length;
  figures.template_variable_slots = template.slots.filter((s) => s.kind === 'variable').length;
  figures.template_optional_blocks = template.optionals.length;
  figures.fill_all_members_seconds = r3(fillSeconds);
  figures.round_trip = `${filled}/${template.members.length} members exact`;
  return {
    name: 'template',
    figures,
    notes: ['alignment on the normalised token stream (one atom per content character, number or placeholder)', 'fill timing covers valuesOf + fillTemplate + comparison for every member'],
  };
}
