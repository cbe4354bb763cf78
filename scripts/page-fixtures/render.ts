/**
 * Writing a page: Traditional conversion (as machine-converting sites do, opencc-js cn → tw), text
 * output, and HTML output with site markup (top menu, breadcrumb, article div, related-links
 * sidebar, footer), one element a source line so every gold line is a line of the HTML file.
 */
import { Converter } from '../../src/normalize/opencc.js';
import type { PageLine } from './model.js';

const toTw = Converter({ from: 'cn', to: 'tw' });

/** Convert every line to Traditional. The conversion is character for character, which is checked. */
export function toTraditional(lines: PageLine[]): PageLine[] {
  return lines.map((l) => {
    const text = toTw(l.text);
    if (text.length !== l.text.length) throw new Error(`conversion changed the length of: ${l.text}`);
    const out = structuredClone(l);
    out.text = text;
    for (const s of out.slots) s.value = text.slice(s.column, s.column + s.length);
    for (const n of out.notSlots) n.value = text.slice(n.column, n.column + n.length);
    for (const c of out.inline) c.text = text.slice(c.column, c.column + c.length);
    for (const it of [...(out.item ? [out.item] : []), ...(out.moreItems ?? [])]) it.marker = text.slice(it.column, it.column + it.marker.length);
    return out;
  });
}

export function renderText(lines: PageLine[]): string {
  return lines.map((l) => l.text).join('\n') + '\n';
}

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const CLASS_OF: Record<string, string> = {
  breadcrumb: 'breadcrumb',
  'login-menu': 'top-menu',
  'collection-title': 'list-title',
  'editor-blurb': 'daodu',
  'read-count': 'info',
  'viewer-page': 'pages',
  download: 'down-btn',
  'file-name': 'doc-name',
  timestamp: 'info',
  'related-list': 'related',
  'copyright-footer': 'footer',
};

/**
 * HTML with one element a line. Returns the source and, for each annotated line, its 1-based line
 * in the source. Chrome before the title sits in the header area, related lists in a sidebar.
 */
export function renderHtml(lines: PageLine[], lang: string, siteName: string): { html: string; lineOf: number[] } {
  const src: string[] = [];
  const lineOf: number[] = [];
  const title = lines.find((l) => l.role === 'title')?.text ?? '';
  src.push('<!DOCTYPE html>', `<html lang="${lang}">`, '<head>', '<meta charset="utf-8">', `<title>${esc(title)}_${siteName}</title>`, '</head>', '<body>');
  let inArticle = false;
  lines.forEach((l) => {
    const cls = l.chrome ? CLASS_OF[l.chrome] : '';
    if (!inArticle && l.role === 'title') {
      src.push('<div class="main">', '<div class="article">');
      inArticle = true;
    }
    if (inArticle && l.role === 'chrome' && (l.chrome === 'related-list' || l.chrome === 'copyright-footer') && src[src.length - 1] !== '<!-- end article -->') {
      src.push('</div>', '<!-- end article -->');
      inArticle = false;
    }
    let el: string;
    if (l.role === 'blank') el = '';
    else if (l.role === 'title') el = `<h1>${esc(l.text)}</h1>`;
    else if (l.role === 'header') el = `<h2>${esc(l.text)}</h2>`;
    else if (l.role === 'chrome') el = `<div class="${cls}">${esc(l.text)}</div>`;
    else el = `<p>${esc(l.text)}</p>`;
    src.push(el);
    lineOf.push(src.length);
  });
  if (inArticle) src.push('</div>');
  src.push('</div>', '</body>', '</html>');
  return { html: src.join('\n') + '\n', lineOf };
}
