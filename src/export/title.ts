import type { Document, Variant } from '../core/document.js';
import type { Span } from '../core/span.js';
import { endsLikeTitle } from '../split/title-words.js';

/**
 * The title a Word file of a family gets: its canonical member's heading without the variant label
 * (2023企業工會年度工作計畫 篇1 → 2023企業工會年度工作計畫), else the page title. The label forms
 * are the split stage's (篇N, 第N篇, 范文N, 【篇N】, title(N)), at either end of the heading.
 * None when the plan's text (`body`: the unit the template reads) opens with its own title, as a
 * one-plan document's does and a variant's under a bare 第3篇: that line is the title, and it fills.
 */
const NUM = '[一二三四五六七八九十百零〇\\d０-９]+';
const LABEL = `(?:[（(【\\[]?(?:第${NUM}篇|篇${NUM}|[范範]文${NUM})[）)】\\]]?|[（(]${NUM}[）)])`;
const LABEL_AT_END = new RegExp(`[\\s\\u3000:：、.．-]*${LABEL}[\\s\\u3000]*$`, 'u');
const LABEL_AT_START = new RegExp(`^[\\s\\u3000]*${LABEL}[\\s\\u3000:：、.．-]*`, 'u');
/** A page title's note on how many plans it holds: （通用3篇）, (精选5篇), 【10篇】, 3篇. */
const COLLECTION = /(?:[（(【[][^（(【[）)】\]]{0,6}?[一二三四五六七八九十\d]+篇[^（(【[）)】\]]{0,4}[）)】\]]|(?:精选|精選)?[一二三四五六七八九十\d]+篇)\s*$/u;

export function variantTitle(document: Document, variant: Variant, pageTitle: string | null, body: Span = variant.body): string | null {
  if (opensWithTitle(document.text, body)) return null;
  if (variant.header !== null) {
    const header = document.text.slice(variant.header.start, variant.header.end);
    const stripped = header.replace(LABEL_AT_END, '').replace(LABEL_AT_START, '').trim();
    if (stripped.length > 0 && stripped !== header.trim()) return stripped;
  }
  const page = pageTitle?.replace(COLLECTION, '').trim() ?? '';
  return page.length > 0 ? page : null;
}

/** Whether the first non-blank line of `body` ends the way a document title does (工作计划, 实施方案 …). */
function opensWithTitle(text: string, body: Span): boolean {
  const lines = text.slice(body.start, body.end).split(/\r\n|\r|\n/);
  const first = lines.find((l) => l.trim().length > 0);
  return first !== undefined && endsLikeTitle(first.trim());
}
