import type { Chrome } from '../../core/document.js';
import type { PageLine } from '../types.js';
import { chromePatterns } from './patterns.js';

export const RELATED_RULE = 'split/chrome/related-list';

/** A sentence end or a colon closing a line: a paragraph, not a listed title. */
const PARAGRAPH_END = /[。!?;:,]$/;
const LIST_MARK = /^(?:[0-9]{1,2}[.、]|[·•\-*]|\[[0-9]{1,2}\])\s*/;

/**
 * Only a heading line (相关推荐, 延伸阅读：) introduces titles under it. A line that holds its own links
 * (上一篇：X　下一篇：Y, read by a `contains` pattern) is the whole list: the line after it is the page's.
 */
function isListHeading(rule: string): boolean {
  const scope = chromePatterns().find((p) => p.rule === rule)?.scope;
  return scope === 'line' || scope === 'prefix';
}

/**
 * The titles listed under a related-articles heading (相关推荐, 猜你喜欢, 相关文章：) are chrome too:
 * every following line that reads like a title (short, no sentence end, maybe "1." or "·" before
 * it), across blank lines, until a paragraph or other chrome. A listed title may look like a variant
 * header (…计划 篇3); a line in `headerLines` ends the list only when a paragraph follows it — then it
 * is the next variant's header, not a link.
 */
export function relatedLists(
  folded: string,
  lines: PageLine[],
  lineChrome: ReadonlyMap<number, Chrome>,
  headerLines: ReadonlySet<number>,
  maxTitleChars: number,
): Chrome[] {
  const out: Chrome[] = [];
  const listed = (i: number): boolean => {
    const l = lines[i] as PageLine;
    const text = folded.slice(l.trimmed.start, l.trimmed.end).replace(LIST_MARK, '');
    return text.length > 0 && text.length <= maxTitleChars && !PARAGRAPH_END.test(text);
  };
  const nextText = (i: number): number | null => {
    for (let j = i + 1; j < lines.length; j++) if ((lines[j] as PageLine).trimmed.end > (lines[j] as PageLine).trimmed.start) return j;
    return null;
  };
  for (const [line, c] of lineChrome) {
    if (c.kind !== 'related-list' || c.rule === RELATED_RULE || !isListHeading(c.rule)) continue;
    for (let i: number | null = nextText(line); i !== null; i = nextText(i)) {
      // A listed title may itself look like a list heading (…工作计划(精选5篇)): still a link here.
      const other = lineChrome.get(i);
      if ((other !== undefined && other.kind !== 'collection-title') || !listed(i)) break;
      if (headerLines.has(i)) {
        const after = nextText(i);
        if (after !== null && !lineChrome.has(after) && !listed(after)) break;
      }
      out.push({ kind: 'related-list', span: (lines[i] as PageLine).trimmed, rule: RELATED_RULE });
    }
  }
  return out;
}
