import type { Chrome } from '../../core/document.js';
import type { PageLine } from '../types.js';

export const RELATED_RULE = 'split/chrome/related-list';

/** A sentence end or a colon closing a line: a paragraph, not a listed title. */
const PARAGRAPH_END = /[。!?;:,]$/;
const LIST_MARK = /^(?:[0-9]{1,2}[.、]|[·•\-*]|\[[0-9]{1,2}\])\s*/;

/**
 * The titles listed under a related-articles heading (相关推荐, 猜你喜欢, 相关文章：) are chrome too:
 * every following line that reads like a title (short, no sentence end, maybe "1." or "·" before
 * it), across blank lines, until a paragraph, a variant header (`stop`) or other chrome.
 */
export function relatedLists(
  folded: string,
  lines: PageLine[],
  lineChrome: ReadonlyMap<number, Chrome>,
  stop: ReadonlySet<number>,
  maxTitleChars: number,
): Chrome[] {
  const out: Chrome[] = [];
  for (const [line, c] of lineChrome) {
    if (c.kind !== 'related-list' || c.rule === RELATED_RULE) continue;
    for (let i = line + 1; i < lines.length; i++) {
      const l = lines[i] as PageLine;
      if (l.trimmed.end === l.trimmed.start) continue;
      if (stop.has(i) || lineChrome.has(i)) break;
      const text = folded.slice(l.trimmed.start, l.trimmed.end).replace(LIST_MARK, '');
      if (text.length === 0 || text.length > maxTitleChars || PARAGRAPH_END.test(text)) break;
      out.push({ kind: 'related-list', span: l.trimmed, rule: RELATED_RULE });
    }
  }
  return out;
}
