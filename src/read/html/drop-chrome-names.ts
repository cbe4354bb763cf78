import type { DropRule } from './drop-rule.js';
import { CHROME_MAX_TEXT_SHARE } from '../thresholds.js';

/** Whole tokens of an id/class that name site chrome (class="ad_box" → "ad"). */
const CHROME_TOKEN =
  /^(?:nav|navbar|navi|navigation|subnav|topnav|menu|menus|submenu|topmenu|breadcrumbs?|crumbs?|footer|sidebar|comments?|share|sharing|copyright|ads?|adv|advert\w*|adsbygoogle|guanggao|related|relate|pagination|pager|paging|pagelist|toolbar|social|login|search|recommend|logo|sitelogo|topbar|top-bar)\d*$/;

/** Longer chrome words also recognised inside run-together tokens (bdsharebuttonbox, relatedposts, commentlist). */
const CHROME_PART = /breadcrumb|footer|sidebar|comment|copyright|advert|pagination|related|share|navbar|menu/;

/** Elements that hold the page (never chrome, whatever their classes say: <body class="has-sidebar">). */
const NEVER = new Set(['html', 'body', 'main', 'article']);

function tokens(value: string): string[] {
  return value
    .split(/[\s_-]+|(?<=[a-z])(?=[A-Z])/)
    .map((t) => t.toLowerCase())
    .filter((t) => t.length > 0);
}

function namesChrome(value: string | undefined): boolean {
  if (value === undefined) return false;
  return tokens(value).some((t) => CHROME_TOKEN.test(t) || CHROME_PART.test(t));
}

/**
 * Site chrome by name: id/class saying nav, menu, breadcrumb, footer, sidebar, comment, share,
 * copyright, ad(s), related, pagination …. Guarded by text share: an element holding most of the
 * page text is the content wrapper, not chrome, even when its class mentions a sidebar.
 */
export const dropChromeNames: DropRule = {
  name: 'chrome-names',
  drops: (el, ctx) => {
    if (NEVER.has(el.name)) return false;
    if (!namesChrome(el.attribs['id']) && !namesChrome(el.attribs['class'])) return false;
    return ctx.pageTextLength === 0 || ctx.textLength(el) / ctx.pageTextLength <= CHROME_MAX_TEXT_SHARE;
  },
};
