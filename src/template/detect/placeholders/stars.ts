import { CONFIDENCE } from '../confidence.js';
import { matchAll, type PlaceholderRule } from './types.js';

/**
 * Stars: one or two mark a word the site redacted (围绕*开展工作); three or more stand for a unit's
 * name (***公司, 致***：). A star that opens a line, or ends a table cell, is a mark; one between
 * numbers multiplies ((01)*1/2), and *号 names the mark.
 */
const STARS = /\*+/gu;

export const stars: PlaceholderRule = {
  id: 'stars',
  find: (ctx) =>
    matchAll(ctx, STARS, (m) => {
      const start = m.index;
      const end = start + m[0].length;
      // A star opening a line is a bullet or a legend (＊符合该项评鉴标准); one before a tab or the
      // line's end marks a table row (必备项目＊\t5). Neither stands for a word.
      if (start === 0 || ctx.folded[start - 1] === '\n' || /^[ \t]*(?:\n|$)|^\t/u.test(ctx.folded.slice(end, end + 2))) return null;
      // (01)*1/2, 月*12: a multiplication; 加注*号: the mark itself is named.
      if (/[\d)%]/u.test(ctx.folded[start - 1] as string) && /^[\d(]/u.test(ctx.folded.slice(end, end + 1))) return null;
      if (/^[\d(]/u.test(ctx.folded.slice(end, end + 1)) && m[0].length === 1) return null;
      if (ctx.folded[end] === '号') return null;
      return m[0].length >= 3
        ? { span: { start, end }, confidence: CONFIDENCE.context, fallback: 'org' }
        : { span: { start, end }, confidence: CONFIDENCE.weak, type: 'redacted' };
    }),
};
