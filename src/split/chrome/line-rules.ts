import type { ChromeKind } from '../../core/document.js';
import { readListHeading } from '../list-heading.js';
import { isMenuLine } from './menu-line.js';
import { MENU_RULE } from './menu-line.js';
import { chromePatterns, chromeScreens } from './patterns.js';

export interface LineVerdict {
  kind: ChromeKind;
  rule: string;
}

export const LIST_HEADING_RULE = 'split/list-heading';

/**
 * Whether a whole trimmed line (folded) is page chrome by its shape, and of which kind: `line` and
 * `prefix` patterns in the data file's order (the first that fits wins), then the menu rule (lines
 * up to `maxChars`), then list headings (精选N篇; a title line, at most `maxListHeadingChars`).
 * `contains` patterns work sentence by sentence (inline-rules.ts).
 */
export function classifyLine(line: string, maxChars: number, maxListHeadingChars: number): LineVerdict | null {
  if (chromeScreens().line.test(line)) {
    // Some pattern fits: the first in the data file's order names the kind and rule.
    for (const p of chromePatterns()) {
      if (p.scope === 'inline' || p.scope === 'contains') continue;
      if (p.re.test(line)) return { kind: p.kind, rule: p.rule };
    }
  }
  if (line.length <= maxChars && isMenuLine(line)) return { kind: 'login-menu', rule: MENU_RULE };
  if (line.length <= maxListHeadingChars && readListHeading(line) !== null) return { kind: 'collection-title', rule: LIST_HEADING_RULE };
  return null;
}
