/**
 * Generates a corpus of plan pages (范文-site style: a title line, then 篇1…篇N variants) with KNOWN
 * reuse, for the batch benchmark and the reuse tests:
 *
 * - stock sentences (STOCK below) open and close variants, each with its own frequency, so the reuse
 *   report must find exactly those sentences in exactly the documents the manifest lists;
 * - base articles are copied, with edits, into variants of different pages (cross-document
 *   families: drops, number/placeholder swaps, truncation);
 * - the rest is fresh plan prose (scripts/lib/plan-text.ts) that two pages share only by chance.
 *
 * Pages are written as UTF-8, GB18030, Traditional script or simple HTML in known shares. Every page
 * is a pure function of (seed, index), so generation streams: 100k pages never sit in memory.
 *
 *   npx tsx scripts/gen-docs-corpus.ts --out out/corpus --docs 10000 [--seed 7] [--variants 5] [--variant-chars 170]
 *
 * Writes <out>/docs/<bucket>/<index>.txt|.html and <out>/manifest.jsonl (one line per page: path,
 * encoding, script, format, bytes, variants with their article and stock sentence ids), and
 * <out>/stock.json (the stock sentences and how many pages hold each).
 */
import { createWriteStream, mkdirSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import iconv from 'iconv-lite';
import { convertToTraditional } from '../src/normalize/fold-script.js';
import { planContext, planParagraph, planParagraphs } from './lib/plan-text.js';
import { Rng } from './lib/rng.js';

/** Boilerplate that 范文 pages repeat word for word (written for this project). */
export const STOCK: readonly string[] = [
  '为进一步做好本年度各项工作,结合本单位实际,特制定本计划。',
  '在上级部门的正确领导下,我们坚持稳中求进工作总基调,各项工作取得了新的进展。',
  '为认真贯彻落实上级有关会议精神,确保全年目标任务圆满完成,现将有关工作安排如下。',
  '新的一年,我们将以更加饱满的热情、更加务实的作风,全力以赴完成各项目标任务。',
  '各部门要高度重视,明确责任分工,加强协调配合,确保各项工作落到实处。',
  '要建立健全工作台账,实行月通报、季考核制度,对工作不力的单位予以通报批评。',
  '以上计划如有未尽事宜,将根据上级要求和工作实际适时进行调整。',
  '我们相信,在全体干部职工的共同努力下,一定能够圆满完成今年的各项工作任务。',
  '要加强宣传报道,及时总结推广好经验好做法,营造比学赶超的浓厚氛围。',
  '坚持问题导向,深入基层调查研究,切实解决群众反映强烈的突出问题。',
  '严格落实安全生产责任制,做到横向到边、纵向到底,不留死角。',
  '加强干部队伍作风建设,坚决纠治形式主义、官僚主义,切实减轻基层负担。',
];

/** Share of variants each stock sentence opens or closes (a Zipf-like spread: the first ones are everywhere). */
function stockRate(k: number): number {
  return 0.45 / (1 + k * 0.6);
}

export interface GenOptions {
  out: string;
  docs: number;
  seed: number;
  /** Characters of one variant's own prose. */
  variantChars: number;
  /** Variants per page: this many on every page (default: 1 to 4, at random). */
  variants?: number;
  /** Base articles copied across pages (default: one per 25 pages). */
  articles?: number;
  /** Share of variants that are copies of a base article. */
  copyShare: number;
  /** Shares of pages written in Traditional script, GB18030, and as HTML. */
  traditionalShare: number;
  gb18030Share: number;
  htmlShare: number;
  /** Pages per sub-directory. */
  perDir: number;
}

export const GEN_DEFAULTS: Omit<GenOptions, 'out'> = {
  docs: 1000,
  seed: 7,
  variantChars: 1200,
  copyShare: 0.35,
  traditionalShare: 0.1,
  gb18030Share: 0.1,
  htmlShare: 0.05,
  perDir: 1000,
};

export interface VariantManifest {
  label: string;
  /** Base article id this variant was copied from, or null for fresh prose. */
  article: string | null;
  /** Edits applied to the copy. */
  ops: string[];
  /** Indexes into STOCK of the stock sentences in this variant. */
  stock: number[];
}

export interface PageManifest {
  /** Relative to the output directory. */
  path: string;
  encoding: 'utf-8' | 'gb18030';
  script: 'simplified' | 'traditional';
  format: 'text' | 'html';
  bytes: number;
  variants: VariantManifest[];
}

export interface GeneratedCorpus {
  /** Absolute paths of the pages, in index order. */
  files: string[];
  bytes: number;
  manifest: string;
  /** For each stock sentence: how many pages hold it. */
  stockPages: number[];
}

const TITLES = ['年度工作计划', '工作计划', '年工作要点', '年度工作安排', '工作实施方案'];

/** One seed per page, so page i does not depend on pages before it. */
function pageRng(seed: number, i: number): Rng {
  return new Rng((Math.imul(seed, 0x9e3779b1) ^ Math.imul(i + 1, 0x85ebca6b)) >>> 0);
}

/** A base article: fresh plan paragraphs, the same for every page that copies it. */
function article(seed: number, id: number, chars: number): string[] {
  const rng = new Rng((Math.imul(seed ^ 0x5bd1e995, id + 17) + 0x27d4eb2d) >>> 0);
  return planParagraphs(rng, chars);
}

/** The edits a 范文 site makes to a copied article; each returns the paragraphs and the op name. */
function copyOf(paragraphs: string[], rng: Rng): { paragraphs: string[]; ops: string[] } {
  let p = [...paragraphs];
  const ops: string[] = [];
  if (rng.chance(0.4)) {
    p = p.map((s) => s.replace(/\d+/g, () => (rng.chance(0.5) ? String(rng.int(1, 500)) : rng.pick(['xx', '__', 'XX']))));
    ops.push('numbers');
  }
  if (rng.chance(0.3) && p.length > 4) {
    p.splice(rng.int(1, p.length - 2), 1);
    ops.push('drop-paragraph');
  }
  if (rng.chance(0.2) && p.length > 4) {
    p = p.slice(0, Math.ceil(p.length * 0.6));
    ops.push('truncate');
  }
  return { paragraphs: p, ops };
}

/** Page i: its text (Simplified, before script/encoding) and manifest. */
export function generatePage(o: Omit<GenOptions, 'out'>, i: number): { title: string; text: string; manifest: Omit<PageManifest, 'path' | 'bytes'> } {
  const rng = pageRng(o.seed, i);
  const articles = o.articles ?? Math.max(1, Math.round(o.docs / 25));
  const ctx = planContext(rng);
  const year = rng.chance(0.3) ? '20xx' : String(rng.int(2015, 2025));
  const title = `${year}${ctx.org}${rng.pick(TITLES)}`;
  const n = o.variants ?? rng.int(1, 4);
  const lines: string[] = [title, ''];
  const variants: VariantManifest[] = [];
  for (let v = 1; v <= n; v++) {
    const label = `篇${v}`;
    lines.push(`${title} ${label}`, '');
    const stock: number[] = [];
    const opening = STOCK.findIndex((_, k) => k < STOCK.length / 2 && rng.chance(stockRate(k)));
    const closing = STOCK.findIndex((_, k) => k >= STOCK.length / 2 && rng.chance(stockRate(k - STOCK.length / 2)));
    let paragraphs: string[];
    let source: string | null = null;
    let ops: string[] = [];
    if (rng.chance(o.copyShare)) {
      const a = rng.int(0, articles - 1);
      source = `A${a}`;
      ({ paragraphs, ops } = copyOf(article(o.seed, a, o.variantChars), rng));
    } else {
      paragraphs = planParagraphs(rng, o.variantChars, ctx);
      if (rng.chance(0.3)) paragraphs.push(planParagraph(rng, ctx));
    }
    if (opening >= 0) {
      lines.push(STOCK[opening] as string, '');
      stock.push(opening);
    }
    for (const p of paragraphs) lines.push(p, '');
    if (closing >= 0) {
      lines.push(STOCK[closing] as string, '');
      stock.push(closing);
    }
    variants.push({ label, article: source, ops, stock });
  }
  const traditional = rng.chance(o.traditionalShare);
  const html = !traditional && rng.chance(o.htmlShare);
  const gb = !html && rng.chance(o.gb18030Share);
  let text = lines.join('\n');
  if (traditional) text = convertToTraditional(text);
  return {
    title: traditional ? convertToTraditional(title) : title,
    text,
    manifest: { encoding: gb ? 'gb18030' : 'utf-8', script: traditional ? 'traditional' : 'simplified', format: html ? 'html' : 'text', variants },
  };
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function toHtml(title: string, text: string): string {
  const paragraphs = text.split('\n').filter((l) => l.length > 0).slice(1);
  return `<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>\n<body>\n<h1>${escapeHtml(title)}</h1>\n${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}\n</body></html>\n`;
}

/** Writes the corpus, streaming page by page. */
export async function generateCorpus(options: Partial<GenOptions> & { out: string }): Promise<GeneratedCorpus> {
  const o: GenOptions = { ...GEN_DEFAULTS, ...options };
  mkdirSync(join(o.out, 'docs'), { recursive: true });
  const manifestPath = join(o.out, 'manifest.jsonl');
  const manifest = createWriteStream(manifestPath);
  const files: string[] = [];
  const stockPages = new Array<number>(STOCK.length).fill(0);
  let bytes = 0;
  const digits = String(Math.max(0, o.docs - 1)).length;
  for (let i = 0; i < o.docs; i++) {
    const page = generatePage(o, i);
    const dir = join(o.out, 'docs', String(Math.floor(i / o.perDir)).padStart(3, '0'));
    if (i % o.perDir === 0) mkdirSync(dir, { recursive: true });
    const path = join(dir, `${String(i).padStart(digits, '0')}.${page.manifest.format === 'html' ? 'html' : 'txt'}`);
    const content = page.manifest.format === 'html' ? toHtml(page.title, page.text) : page.text;
    const buf = page.manifest.encoding === 'gb18030' ? iconv.encode(content, 'gb18030') : Buffer.from(content, 'utf8');
    writeFileSync(path, buf);
    files.push(path);
    bytes += buf.length;
    for (const k of new Set(page.manifest.variants.flatMap((v) => v.stock))) stockPages[k] = (stockPages[k] as number) + 1;
    const line: PageManifest = { path: relative(o.out, path), bytes: buf.length, ...page.manifest };
    if (!manifest.write(JSON.stringify(line) + '\n')) await once(manifest, 'drain');
  }
  manifest.end();
  await once(manifest, 'finish');
  writeFileSync(join(o.out, 'stock.json'), JSON.stringify({ stock: STOCK.map((text, k) => ({ id: k, text, pages: stockPages[k] })) }, null, 2) + '\n');
  return { files, bytes, manifest: manifestPath, stockPages };
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const out = arg('out');
  if (out === undefined) {
    console.error('usage: gen-docs-corpus.ts --out DIR [--docs N] [--seed S]');
    process.exit(2);
  }
  const t0 = performance.now();
  const variants = arg('variants');
  const variantChars = arg('variant-chars');
  const r = await generateCorpus({
    out,
    docs: Number(arg('docs') ?? GEN_DEFAULTS.docs),
    seed: Number(arg('seed') ?? GEN_DEFAULTS.seed),
    ...(variants === undefined ? {} : { variants: Number(variants) }),
    ...(variantChars === undefined ? {} : { variantChars: Number(variantChars) }),
  });
  console.log(`${r.files.length} pages, ${(r.bytes / 1e6).toFixed(1)} MB in ${((performance.now() - t0) / 1000).toFixed(1)} s → ${out}`);
}
