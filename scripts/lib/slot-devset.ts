import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Document } from '../../src/core/document.js';
import { LineIndex } from '../../src/core/lines.js';
import { convertToSimplified, normalize } from '../../src/normalize/index.js';
import { analyzeDocument } from '../../src/pipeline.js';
import { readDocument } from '../../src/read/index.js';
import { splitVariants } from '../../src/split/index.js';
import { detectSlots, type SlotOptions } from '../../src/template/index.js';
import type { GoldSlot, ScoredPrediction } from './slot-score.js';

/**
 * The slot dev set: every `*.slots.json` gold file and the document it annotates.
 *  - seed: ../shared/gold/seed-slots.json (the seed page, 篇1 and 篇4), scored as published and
 *    converted to Simplified with opencc-js (same line lengths, so the same gold positions);
 *  - real/simplified, real/traditional: corpus/real/gold/<id>.slots.json → corpus/real/docs/<id>.txt;
 *  - pages/simplified, pages/traditional: fixtures/pages/<page>.slots.json → the page file named by its `file`.
 * Gold positions are 1-based lines and 0-based UTF-16 columns in the decoded text.
 */

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const SHARED_DIR = resolve(REPO_ROOT, '../shared');

export interface GoldDoc {
  /** Set and file: seed/000_….txt, real/docs/<id>.txt, pages/<page>. */
  id: string;
  doc: Document;
  slots: GoldSlot[];
  /** Numbers the gold says a template keeps (outline markers, page counters …), with the reason. */
  notSlots: NotSlot[];
  /** Line ranges [first, last] the gold covers (the seed covers two variants); undefined: the whole document. */
  ranges?: Array<[number, number]>;
}

export interface GoldSet {
  name: string;
  docs: GoldDoc[];
}

export interface NotSlot {
  line: number;
  column: number;
  length: number;
  value: string;
  reason: string;
}

interface GoldJson {
  file: string;
  variants?: Record<string, [number, number]>;
  slots: GoldSlot[];
  not_slots?: NotSlot[];
}

function textDocument(text: string, path: string): Document {
  return normalize({ path, encoding: 'utf-8', encodingCertain: true, format: 'text', text, byteLength: Buffer.byteLength(text), diagnostics: [] });
}

function seedSets(): GoldSet[] {
  const goldPath = resolve(SHARED_DIR, 'gold/seed-slots.json');
  if (!existsSync(goldPath)) return [];
  const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as GoldJson;
  const text = readFileSync(resolve(SHARED_DIR, 'corpus/seed', gold.file), 'utf8');
  const ranges = Object.values(gold.variants ?? {});
  return [
    { name: 'seed', docs: [{ id: `seed/${gold.file}`, doc: textDocument(text, gold.file), slots: gold.slots, notSlots: [], ranges }] },
    { name: 'seed-simplified', docs: [{ id: `seed-simplified/${gold.file}`, doc: textDocument(convertToSimplified(text), gold.file), slots: gold.slots, notSlots: [], ranges }] },
  ];
}

async function goldDir(name: string, dir: string, docBase: string): Promise<GoldSet[]> {
  if (!existsSync(dir)) return [];
  const docs: GoldDoc[] = [];
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.slots.json')).sort()) {
    const gold = JSON.parse(readFileSync(join(dir, f), 'utf8')) as GoldJson;
    const path = resolve(docBase, gold.file);
    const decoded = await readDocument(path);
    docs.push({ id: `${name}/${gold.file}`, doc: normalize(decoded), slots: gold.slots, notSlots: gold.not_slots ?? [], ...(gold.variants && Object.keys(gold.variants).length > 0 ? { ranges: Object.values(gold.variants) } : {}) });
  }
  // One set per script: acceptance is per set, and Traditional text is the harder one.
  return (['simplified', 'traditional'] as const)
    .map((script) => ({ name: `${name}/${script}`, docs: docs.filter((d) => (d.doc.script === 'traditional') === (script === 'traditional')) }))
    .filter((s) => s.docs.length > 0);
}

/** Every gold set present (the seed only when ../shared is there); `root` is the checkout whose corpus/real and fixtures/pages are read. */
export async function loadSlotDevset(root = REPO_ROOT): Promise<GoldSet[]> {
  return [
    ...seedSets(),
    ...(await goldDir('real', resolve(root, 'corpus/real/gold'), resolve(root, 'corpus/real'))),
    ...(await goldDir('pages', resolve(root, 'fixtures/pages'), resolve(root, 'fixtures/pages'))),
  ];
}

/**
 * The slots plankit predicts for a gold document: over the gold's line ranges when it has them (the
 * seed's variants), else — or when `whole` — the whole pipeline (split with its chrome, then slots
 * per variant) as `plankit slots` runs it, so that the page's chrome and headers are scored too.
 */
export function predictSlots(g: GoldDoc, options: Omit<SlotOptions, 'tokens'> = {}, whole = false): ScoredPrediction[] {
  if (whole && g.ranges !== undefined) return predictSlots({ ...g, ranges: undefined }, options);
  const lines = new LineIndex(g.doc.text);
  // Over the gold's ranges the page chrome still comes from the split stage.
  const chrome = g.ranges !== undefined ? splitVariants(g.doc).chrome.map((c) => c.span) : [];
  const slots = g.ranges !== undefined
    ? g.ranges.flatMap(([first, last]) => detectSlots(g.doc, { start: lines.lineStart(first), end: lines.lineSpan(last, g.doc.text).end }, { ...options, chrome }).slots)
    : analyzeDocument(g.doc, { segment: false, outline: false, slots: options }).variants.flatMap((v) => v.slots);
  return slots.map((s) => {
    const p = lines.position(s.span.start);
    return { line: p.line, column: p.column, length: s.span.end - s.span.start, value: s.value, type: s.type, kind: s.kind, rule: s.rule, confidence: s.confidence };
  });
}

export function shortName(id: string): string {
  return basename(id);
}
