import type { DropRule } from './drop-rule.js';

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\b/i;

/** Content the page itself hides (hidden attribute, inline display:none) is not what a reader sees. */
export const dropHidden: DropRule = {
  name: 'hidden',
  drops: (el) => el.attribs['hidden'] !== undefined || el.attribs['aria-hidden'] === 'true' || HIDDEN_STYLE.test(el.attribs['style'] ?? ''),
};
