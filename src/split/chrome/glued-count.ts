import type { Chrome } from '../../core/document.js';
import type { Span } from '../../core/span.js';
import { HEADER_NUMBER, STEM_SENTENCE } from '../numbers.js';
import { endsLikeTitle } from '../title-words.js';

export const GLUED_COUNT_RULE = 'split/chrome/glued-count';

/** The longest title a glued count follows. */
const MAX_TITLE_CHARS = 40;

// "物业公司消防安全工作计划(共3篇)【第一篇】为做好…": a run-together dump glues the list heading's
// count onto the text after it. At the start of a line, after a text that ends like a title, the
// bracketed count (共3篇, 精选5篇) is the site's — the title before it and the text after it are
// the page's. A count inside a sentence (发表论文(共3篇)) follows no title and stays text.
const RE = new RegExp(`^(.{2,${MAX_TITLE_CHARS}}?)(\\(\\s*(?:精选|通用|优推|优秀|最新|热门|实用|汇编|集锦|大全|合集|范例|范文|共)?\\s*${HEADER_NUMBER}\\s*篇\\s*\\))(?=\\s*\\S)`);

/** The glued count of a trimmed line (folded), or null. */
export function gluedCount(folded: string, line: Span): Chrome | null {
  const m = RE.exec(folded.slice(line.start, line.end));
  if (m === null) return null;
  const title = (m[1] as string).trim();
  if (STEM_SENTENCE.test(title) || !endsLikeTitle(title)) return null;
  const start = line.start + (m[1] as string).length;
  return { kind: 'collection-title', span: { start, end: start + (m[2] as string).length }, rule: GLUED_COUNT_RULE };
}
