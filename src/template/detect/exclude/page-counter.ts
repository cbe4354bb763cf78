import type { SlotExclusion } from '../types.js';
import { spansOf } from './find.js';

/**
 * Page counters of a viewer or a paged article: 第2页, 共5页, 已阅读5页, 3/8页, and a line that is a
 * title with its page number (工作计划_第2页). Their numbers are the site's, not the plan's.
 */
const COUNTER = /第\s*\d+\s*页|共\s*\d+\s*页|(?:已阅读|阅读了)\s*\d+\s*页|\d+\s*\/\s*\d+\s*页/gu;
/** A short line ending in its page number, with no sentence punctuation in it. */
const TITLE_PAGE = /^[^\n。,;!?]{0,60}?第\s*\d+\s*页[^\n。,;!?]{0,10}$/gmu;

export const pageCounter: SlotExclusion = {
  name: 'page-counter',
  find: (ctx) => [...spansOf(ctx, COUNTER), ...spansOf(ctx, TITLE_PAGE)],
};
