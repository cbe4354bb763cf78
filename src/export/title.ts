import type { Document, Variant } from '../core/document.js';

/**
 * The title a Word file of a family gets: its canonical member's heading without the variant label
 * (2023企業工會年度工作計畫 篇1 → 2023企業工會年度工作計畫), else the page title. The label forms
 * are the split stage's (篇N, 第N篇, 范文N, 【篇N】, title(N)), at either end of the heading.
 */
const NUM = '[一二三四五六七八九十百零〇\\d０-９]+';
const LABEL = `(?:[（(【\\[]?(?:第${NUM}篇|篇${NUM}|[范範]文${NUM})[）)】\\]]?|[（(]${NUM}[）)])`;
const LABEL_AT_END = new RegExp(`[\\s\\u3000:：、.．-]*${LABEL}[\\s\\u3000]*$`, 'u');
const LABEL_AT_START = new RegExp(`^[\\s\\u3000]*${LABEL}[\\s\\u3000:：、.．-]*`, 'u');
const COLLECTION = /[（(【\[]?(?:精选|精選)?[一二三四五六七八九十\d]+篇[）)】\]]?\s*$/u;

export function variantTitle(document: Document, variant: Variant, pageTitle: string | null): string | null {
  if (variant.header !== null) {
    const header = document.text.slice(variant.header.start, variant.header.end);
    const stripped = header.replace(LABEL_AT_END, '').replace(LABEL_AT_START, '').trim();
    if (stripped.length > 0 && stripped !== header.trim()) return stripped;
  }
  const page = pageTitle?.replace(COLLECTION, '').trim() ?? '';
  return page.length > 0 ? page : null;
}
