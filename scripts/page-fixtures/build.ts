/**
 * A page spec → annotated lines: chrome above, the title, chrome under it, the variants (header,
 * optional subtitle, body), chrome between and after them. Numbers in chrome and header ordinals
 * are recorded as NOT slots; outline markers too.
 */
import { cnNumber } from './markup.js';
import { HEADER_FORMS, type HeaderFormName } from './headers.js';
import { indent } from './edits.js';
import { cloneLine, line, shiftAnnotations, type ChromeKind, type NotSlot, type PageLine } from './model.js';

export interface ChromeBlock {
  kind: ChromeKind;
  lines: string[];
}

export interface VariantSpec {
  /** Which article it is a copy of (same family ⇔ same key). */
  family: string;
  lines: PageLine[];
  /** A line of its own under the header (the variant's own title), not an outline item. */
  subtitle?: string;
}

export interface PageSpec {
  name: string;
  script: 'simplified' | 'traditional';
  format: 'txt' | 'html';
  title: string;
  top: ChromeBlock[];
  underTitle: ChromeBlock[];
  variants: VariantSpec[];
  /** Header form; null for a page without variant headers (one plan). */
  header: HeaderFormName | null;
  /** Stem of the headers (defaults to the title). */
  stem?: string;
  /** First variant number (an excerpt may hold 篇3 alone). */
  firstNumber?: number;
  /** Header glued to the first body line on one line. */
  glue?: boolean;
  /** Glue separator ('' or ' '). */
  glueWith?: string;
  headerIndent?: string;
  bodyIndent?: string;
  /** Blank lines between paragraphs. */
  spacing?: number;
  /** Chrome after the variant with this index (ads, 相关推荐 between 篇). */
  between?: { after: number; block: ChromeBlock }[];
  bottom: ChromeBlock[];
  /** Extra steps on the finished lines (noise, run-together); see page specs. */
  post?: ((lines: PageLine[]) => PageLine[])[];
  /** Steps on the lines after the Traditional conversion (converter residue). */
  postConvert?: ((lines: PageLine[]) => PageLine[])[];
  /** Which gold files to write besides gold.json. */
  outline?: boolean;
  slots?: boolean;
  note: string;
}

const NUMBER_IN_CHROME = /[0-9]+(?:[.:][0-9]+)*|[一二三四五六七八九十]+(?=篇)/g;

const CHROME_REASON: Partial<Record<ChromeKind, NotSlot['reason']>> = {
  'collection-title': 'collection-count',
  'viewer-page': 'page-counter',
  'read-count': 'read-count',
};

export function chromeLine(kind: ChromeKind, text: string): PageLine {
  const l = line(text, 'chrome', { chrome: kind });
  for (const m of text.matchAll(NUMBER_IN_CHROME)) {
    l.notSlots.push({ column: m.index, length: m[0].length, value: m[0], reason: CHROME_REASON[kind] ?? 'chrome-number' });
  }
  return l;
}

function chromeLines(blocks: ChromeBlock[]): PageLine[] {
  return blocks.flatMap((b) => b.lines.map((t) => chromeLine(b.kind, t)));
}

/** Outline markers are numbers a template keeps: record them as NOT slots. */
function markItemNotSlots(l: PageLine): void {
  if (!l.item) return;
  const reason = l.item.style === 'article' ? 'article-number' : 'outline-marker';
  l.notSlots.push({ column: l.item.column, length: l.item.marker.length, value: l.item.marker, reason });
}

/** The ordinal inside a header (篇3, 第二篇, 范文一) as a NOT slot. */
function markHeaderOrdinal(l: PageLine, n: number, from: number, stem: string): void {
  const re = /[0-9]+|[一二三四五六七八九十]+/g;
  re.lastIndex = from;
  // The stem may hold numbers of its own (第二学期): the ordinal is the number outside it.
  const s = l.text.indexOf(stem, from);
  const inStem = (a: number, b: number): boolean => s >= 0 && stem !== '' && a < s + stem.length && b > s;
  for (let m = re.exec(l.text); m !== null; m = re.exec(l.text)) {
    if (cnNumber(m[0]) === n && !inStem(m.index, m.index + m[0].length)) {
      l.notSlots.push({ column: m.index, length: m[0].length, value: m[0], reason: 'variant-ordinal' });
      return;
    }
  }
  throw new Error(`header without its ordinal ${n}: ${l.text}`);
}

function withSpacing(lines: PageLine[], spacing: number): PageLine[] {
  if (spacing === 0) return lines;
  return lines.flatMap((l, i) => (i === 0 ? [l] : [...Array.from({ length: spacing }, () => line('', 'blank')), l]));
}

export function buildPage(spec: PageSpec): PageLine[] {
  const out: PageLine[] = [];
  const spacing = spec.spacing ?? 0;
  const blank = (): PageLine[] => Array.from({ length: Math.max(1, spacing) }, () => line('', 'blank'));
  out.push(...chromeLines(spec.top));
  const title = line(spec.title, 'title');
  for (const m of spec.title.matchAll(NUMBER_IN_CHROME)) {
    title.notSlots.push({ column: m.index, length: m[0].length, value: m[0], reason: 'collection-count' });
  }
  out.push(title);
  if (spacing > 0) out.push(...blank());
  out.push(...withSpacing(chromeLines(spec.underTitle), spacing));
  if (spec.underTitle.length > 0 && spacing > 0) out.push(...blank());
  const form = spec.header === null ? null : HEADER_FORMS[spec.header];
  spec.variants.forEach((v, i) => {
    const n = (spec.firstNumber ?? 1) + i;
    const label = form === null ? null : `${form.kind}${n}`;
    const body = v.lines.map((src) => {
      const l = cloneLine(src);
      markItemNotSlots(l);
      if (label) l.variant = label;
      return spec.bodyIndent ? indent(l, spec.bodyIndent) : l;
    });
    if (form !== null && label !== null) {
      const headerText = (spec.headerIndent ?? '') + form.text(n, spec.stem ?? spec.title);
      const headerColumn = (spec.headerIndent ?? '').length;
      if (spec.glue) {
        const first = body.shift() as PageLine;
        const sep = spec.glueWith ?? '';
        const firstText = first.text.trimStart();
        const dropped = first.text.length - firstText.length;
        shiftAnnotations(first, 0, -dropped);
        const glued = cloneLine(first);
        glued.text = headerText + sep + firstText;
        shiftAnnotations(glued, 0, headerText.length + sep.length);
        glued.role = 'header';
        glued.variant = label;
        glued.headerColumn = headerColumn;
        glued.bodyColumn = headerText.length + sep.length;
        markHeaderOrdinal(glued, n, headerColumn, spec.stem ?? spec.title);
        out.push(glued);
        if (spacing > 0 && body.length > 0) out.push(...blank());
      } else {
        const h = line(headerText, 'header', { variant: label, headerColumn });
        markHeaderOrdinal(h, n, headerColumn, spec.stem ?? spec.title);
        out.push(h);
        if (spacing > 0) out.push(...blank());
      }
    }
    if (v.subtitle !== undefined) {
      out.push(line(v.subtitle, 'body', label ? { variant: label } : {}));
      if (spacing > 0) out.push(...blank());
    }
    out.push(...withSpacing(body, spacing));
    for (const b of spec.between ?? []) if (b.after === i) out.push(...blank(), ...chromeLines([b.block]));
    if (i < spec.variants.length - 1 || spec.bottom.length > 0) out.push(...blank());
  });
  out.push(...chromeLines(spec.bottom));
  let lines = out;
  for (const step of spec.post ?? []) lines = step(lines);
  return lines;
}
