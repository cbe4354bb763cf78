import { CONFIDENCE } from '../confidence.js';
import { matchAll, type PlaceholderRule } from './types.js';

/**
 * Stars: one or two mark a word the site redacted (围绕*开展工作); three or more stand for a unit's
 * name (***公司, 致***：). A star that opens a line before a space is a bullet.
 */
const STARS = /\*+/gu;

export const stars: PlaceholderRule = {
  id: 'stars',
  find: (ctx) =>
    matchAll(ctx, STARS, (m) => {
      const start = m.index;
      const end = start + m[0].length;
      const lineStart = start === 0 || ctx.folded[start - 1] === '\n';
      if (lineStart && (ctx.folded[end] === ' ' || ctx.folded[end] === '\t')) return null;
      return m[0].length >= 3
        ? { span: { start, end }, confidence: CONFIDENCE.context, fallback: 'org' }
        : { span: { start, end }, confidence: CONFIDENCE.weak, type: 'redacted' };
    }),
};
