import { readdirSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import * as cheerio from 'cheerio';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { parseChineseInteger } from '../../src/core/numerals.js';
import { foldText } from '../../src/normalize/index.js';
import {
  CORPUS_DIR,
  SOURCE_DIR,
  buildPage,
  readManifest,
  renderPageText,
  type CorpusAnnotation,
  type CorpusPage,
} from '../../scripts/make-corpus.js';

/**
 * The shipped corpus and its manifest. The manifest doubles as the expected answers of the
 * integration tests, so every claim in it is checked here against the files themselves, with a
 * shingle measure of our own (not the dedup stage's) so a wrong manifest cannot pass by agreeing
 * with a wrong stage.
 */

const MIN_BYTES = 2 * 1024;
const MAX_BYTES = 15 * 1024;
/** Character n-gram size of the independent resemblance check (the usual CJK choice). */
const SHINGLE = 5;
/** Bounds a relation must meet with a clear margin; chosen from the corpus design, not tuned to it. */
const NEAR_DUPLICATE_MIN_RESEMBLANCE = 0.8;
const CONTAINED_MIN_CONTAINMENT = 0.9;
const CONTAINED_MAX_RESEMBLANCE = 0.7;
const OVERLAP_MIN_CONTAINMENT = 0.3;
const OVERLAP_MAX_CONTAINMENT = 0.8;
const UNRELATED_MAX_SHARE = 0.1;

const manifest = readManifest();
const pages = manifest.pages;

function decode(page: CorpusPage): string {
  return iconv.decode(readFileSync(resolve(CORPUS_DIR, page.file)), page.encoding, { stripBOM: true });
}

/** Decoded text as lines without "\r" (text pages) — the coordinate system of the manifest. */
function linesOf(page: CorpusPage): string[] {
  return decode(page).split('\n').map((l) => l.replace(/\r$/, ''));
}

/** The visible article text of an HTML page: the content block, ads dropped, one block a line. */
function htmlArticleText(html: string): string {
  const $ = cheerio.load(html);
  const content = $('.content');
  content.find('script, .ad').remove();
  content.find('br').replaceWith('\n');
  content.find('p, div, h2').append('\n');
  return content.text().replace(/\u00a0/g, ' ');
}

/** Each variant's body text (header line excluded), keyed by label. */
function variantBodies(page: CorpusPage): Map<string, string> {
  const out = new Map<string, string>();
  if (page.format === 'text') {
    const lines = linesOf(page);
    page.variants.forEach((v, i) => {
      const start = v.line as number; // header line, 1-based → body starts at index `start`
      const next = page.variants[i + 1];
      const end = next ? (next.line as number) - 1 : lines.length;
      out.set(v.label, lines.slice(start, end).join('\n'));
    });
  } else {
    const text = htmlArticleText(decode(page));
    let from = 0;
    const starts = page.variants.map((v) => {
      const at = text.indexOf(v.header, from);
      if (at < 0) throw new Error(`${page.file}: header ${v.header} not found in the article text`);
      from = at + v.header.length;
      return { at, bodyStart: from };
    });
    page.variants.forEach((v, i) => {
      const s = starts[i] as { bodyStart: number };
      const e = starts[i + 1]?.at ?? text.length;
      out.set(v.label, text.slice(s.bodyStart, e));
    });
  }
  return out;
}

/** 第一篇 / 篇一 / 第1篇 / 【篇1】 / (1) → 篇1; 范文三 → 范文3 (the canonical form variant ids use). */
function canonicalLabel(written: string): string | null {
  const m = /^[【(（]?(?:第)?(篇|范文)?([0-9]+|[一二三四五六七八九十]+)(篇)?[】)）]?$/.exec(foldText(written).folded);
  if (!m) return null;
  const digits = m[2] as string;
  const n = /^[0-9]+$/.test(digits) ? Number(digits) : parseChineseInteger(digits);
  return n === null ? null : `${m[1] === '范文' ? '范文' : '篇'}${n}`;
}

/** 5-gram shingles on text with whitespace dropped, digits and placeholders made equal. */
function shingles(text: string): Set<string> {
  const folded = foldText(text).folded;
  const n = folded
    .replace(/\s+/g, '')
    .replace(/(?:19|20)(?:[xX×]{2}|[_＿]{2,})/g, '□')
    .replace(/[xX×]{1,2}月[xX×]{1,2}日/g, '□')
    .replace(/[xX×]{2,}|[_＿]{2,}|某某/g, '□')
    .replace(/[0-9]+(?:\.[0-9]+)?/g, '0');
  const s = new Set<string>();
  for (let i = 0; i + SHINGLE <= n.length; i++) s.add(n.slice(i, i + SHINGLE));
  return s;
}

function measure(a: string, b: string): { resemblance: number; aInB: number; bInA: number } {
  const A = shingles(a);
  const B = shingles(b);
  let shared = 0;
  for (const x of A) if (B.has(x)) shared++;
  return { resemblance: shared / (A.size + B.size - shared), aInB: shared / A.size, bInA: shared / B.size };
}

describe('corpus manifest', () => {
  it('declares enough pages of every required kind', () => {
    expect(pages.length).toBeGreaterThanOrEqual(6);
    expect(new Set(pages.map((p) => p.file)).size).toBe(pages.length);
    expect(pages.some((p) => p.script === 'traditional')).toBe(true);
    expect(pages.some((p) => p.format === 'html' && p.encoding === 'gbk')).toBe(true);
    expect(pages.some((p) => p.encoding === 'big5')).toBe(true);
    expect(pages.some((p) => p.encoding === 'utf-16le' && p.bom)).toBe(true);
    expect(pages.filter((p) => p.encoding === 'utf-8').length).toBeGreaterThan(pages.length / 2);
    const relations = new Set(pages.flatMap((p) => p.relations.map((r) => r.relation)));
    for (const r of ['identical', 'near-duplicate', 'contained', 'overlap']) expect(relations).toContain(r);
    const codes = new Set(pages.flatMap((p) => p.outline.map((o) => o.code)));
    for (const c of ['gap', 'restart', 'malformed', 'chapter']) expect(codes).toContain(c);
    const kinds = new Set(pages.flatMap((p) => p.slots.map((s) => s.kind)));
    for (const k of ['hollow', 'placeholder', 'literal']) expect(kinds).toContain(k);
  });

  it('lists exactly the files in corpus/ (besides README.md, manifest.json and dotfiles)', () => {
    // Directories (the real dev set in corpus/real/) are not pages of this manifest.
    const onDisk = readdirSync(CORPUS_DIR, { withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => e.name)
      .filter((f) => f !== 'README.md' && f !== 'manifest.json' && !f.startsWith('.'))
      .sort();
    expect(onDisk).toEqual(pages.map((p) => p.file).sort());
  });

  it('is described file by file in corpus/README.md', () => {
    const readme = readFileSync(resolve(CORPUS_DIR, 'README.md'), 'utf8');
    for (const p of pages) expect(readme, p.file).toContain(p.file);
  });
});

describe.each(pages.map((p) => [p.file, p] as const))('%s', (_file, page) => {
  const bytes = readFileSync(resolve(CORPUS_DIR, page.file));

  it('is up to date with its source (scripts/make-corpus.ts)', () => {
    expect(bytes.equals(buildPage(page))).toBe(true);
  });

  it('has a size within bounds', () => {
    const size = statSync(resolve(CORPUS_DIR, page.file)).size;
    expect(size).toBeGreaterThanOrEqual(MIN_BYTES);
    expect(size).toBeLessThanOrEqual(MAX_BYTES);
  });

  it('decodes cleanly in its declared encoding, BOM and line endings as declared', () => {
    const raw = iconv.decode(bytes, page.encoding, { stripBOM: false });
    expect(raw.includes('\uFFFD')).toBe(false);
    expect(raw.startsWith('\uFEFF')).toBe(page.bom);
    const text = decode(page);
    expect(text.includes('\uFEFF')).toBe(false);
    const bareLf = (text.match(/(?<!\r)\n/g) ?? []).length;
    const crlf = (text.match(/\r\n/g) ?? []).length;
    if (page.eol === 'crlf') expect([bareLf, crlf > 0]).toEqual([0, true]);
    else expect([crlf, bareLf > 0]).toEqual([0, true]);
    // Nothing was lost on the way (a lossy encoder writes '?' for what it cannot carry).
    expect(text).toBe(renderPageText(page, readFileSync(resolve(SOURCE_DIR, page.source), 'utf8')));
  });

  it('is in the script it declares', () => {
    expect(foldText(decode(page)).script).toBe(page.script);
  });

  it('has its title and variant headers where the manifest says', () => {
    expect(page.variants.length).toBeGreaterThanOrEqual(3);
    expect(page.variants.length).toBeLessThanOrEqual(6);
    expect(new Set(page.variants.map((v) => v.label)).size).toBe(page.variants.length);
    for (const v of page.variants) {
      expect(foldText(v.header).folded, v.header).toContain(foldText(v.written).folded);
      expect(canonicalLabel(v.written), v.written).toBe(v.label);
    }
    if (page.format === 'text') {
      const lines = linesOf(page);
      expect(lines[0]).toBe(page.title);
      for (const v of page.variants) expect(lines[(v.line as number) - 1], v.label).toBe(v.header);
      const lineNumbers = page.variants.map((v) => v.line as number);
      expect(lineNumbers).toEqual([...lineNumbers].sort((a, b) => a - b));
    } else {
      const html = decode(page);
      const $ = cheerio.load(html);
      expect(html).toMatch(new RegExp(`<meta charset="${page.encoding}">`, 'i'));
      expect($('title').text().startsWith(page.title)).toBe(true);
      expect($('h1').text()).toBe(page.title);
      for (const v of page.variants) {
        expect(page.variants.every((w) => w.line === null)).toBe(true);
        expect(htmlArticleText(html)).toContain(v.header);
      }
    }
  });

  it('has families that partition its variants, with every relation inside a family', () => {
    const members = page.families.flat().sort();
    expect(members).toEqual(page.variants.map((v) => v.label).sort());
    const familyOf = (label: string) => page.families.findIndex((f) => f.includes(label));
    for (const r of page.relations) {
      expect(familyOf(r.a), `${r.a}–${r.b}`).toBeGreaterThanOrEqual(0);
      expect(familyOf(r.a), `${r.a}–${r.b}`).toBe(familyOf(r.b));
    }
    // Every family of two or more is explained by at least one relation per member.
    for (const f of page.families.filter((x) => x.length > 1)) {
      for (const m of f) expect(page.relations.some((r) => r.a === m || r.b === m), m).toBe(true);
    }
  });

  it('has relations that the texts bear out, and unrelated variants that share next to nothing', () => {
    const bodies = variantBodies(page);
    const body = (label: string) => bodies.get(label) as string;
    for (const r of page.relations) {
      const m = measure(body(r.a), body(r.b));
      const what = `${r.a} ${r.relation} ${r.b}: ${JSON.stringify(m)}`;
      switch (r.relation) {
        case 'identical':
          expect(body(r.a).trim(), what).toBe(body(r.b).trim());
          break;
        case 'near-duplicate':
          expect(body(r.a).trim(), what).not.toBe(body(r.b).trim());
          expect(m.resemblance, what).toBeGreaterThanOrEqual(NEAR_DUPLICATE_MIN_RESEMBLANCE);
          break;
        case 'contained':
          expect(m.aInB, what).toBeGreaterThanOrEqual(CONTAINED_MIN_CONTAINMENT);
          expect(m.resemblance, what).toBeLessThanOrEqual(CONTAINED_MAX_RESEMBLANCE);
          break;
        case 'overlap':
          expect(Math.min(m.aInB, m.bInA), what).toBeGreaterThanOrEqual(OVERLAP_MIN_CONTAINMENT);
          expect(Math.max(m.aInB, m.bInA), what).toBeLessThanOrEqual(OVERLAP_MAX_CONTAINMENT);
          break;
      }
    }
    const familyOf = (label: string) => page.families.findIndex((f) => f.includes(label));
    for (const a of page.variants) {
      for (const b of page.variants) {
        if (a.label >= b.label || familyOf(a.label) === familyOf(b.label)) continue;
        const m = measure(body(a.label), body(b.label));
        expect(Math.max(m.aInB, m.bInA), `${a.label} vs ${b.label}`).toBeLessThan(UNRELATED_MAX_SHARE);
      }
    }
  });

  it('locates every annotated finding on its line, once in its variant', () => {
    const bodies = variantBodies(page);
    const lines = page.format === 'text' ? linesOf(page) : [];
    const all: CorpusAnnotation[] = [...page.outline, ...page.slots, ...page.notSlots];
    for (const a of all) {
      const body = bodies.get(a.variant);
      expect(body, `${a.variant} is a variant`).toBeDefined();
      expect((body as string).split(a.text).length - 1, `${a.variant}: ${a.text}`).toBe(1);
      if (page.format === 'text') {
        expect(a.line, a.text).not.toBeNull();
        expect(lines[(a.line as number) - 1], `${a.variant} line ${a.line}`).toContain(a.text);
        if (typeof a.marker === 'string' && a.marker !== '' && a.code !== 'inline-cn-shi') {
          // Line-start markers really start their line (after indentation).
          expect(lines[(a.line as number) - 1]?.trimStart().startsWith(a.marker), `${a.variant}: ${a.text}`).toBe(true);
        }
      } else {
        expect(a.line).toBeNull();
      }
    }
    for (const s of page.slots) {
      expect(['hollow', 'placeholder', 'literal']).toContain(s.kind);
      if (s.kind === 'hollow' && typeof s.unit === 'string') {
        // A hollow blank: the (first) unit is in the snippet with no digit right before it.
        const unit = s.unit.split(' / ')[0] as string;
        const at = s.text.indexOf(unit);
        expect(at, `${s.text} has ${unit}`).toBeGreaterThan(0);
        expect(/[0-9０-９]/.test(s.text[at - 1] as string), s.text).toBe(false);
      }
      if (s.kind !== 'hollow') expect(s.text).toContain(s.value);
    }
  });
});
