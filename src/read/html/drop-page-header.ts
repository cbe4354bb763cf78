import type { Element } from 'domhandler';
import type { DropRule } from './drop-rule.js';
import { isElement } from './nodes.js';

const SECTIONING = new Set(['article', 'main', 'section']);

function insideSectioning(el: Element): boolean {
  for (let p = el.parent; p !== null; p = p.parent) {
    if (isElement(p) && SECTIONING.has(p.name)) return true;
  }
  return false;
}

/**
 * <header> is the site banner when it belongs to the page, but the article's own heading block
 * (title, date) when it sits inside <article>/<main>/<section> — HTML's own definition. Only the
 * page-level one is chrome.
 */
export const dropPageHeader: DropRule = {
  name: 'page-header',
  drops: (el) => el.name === 'header' && !insideSectioning(el),
};
