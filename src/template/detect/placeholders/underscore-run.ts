import { CONFIDENCE } from '../confidence.js';
import { matchAll, type PlaceholderRule } from './types.js';

/**
 * Underscores of any length: ____人, 活动经费__元, 负责人：_______. A single _ only between
 * non-Latin characters (file_name, a_b are names). A line made of underscores alone is a rule line,
 * not a blank.
 */
const RUN = /_{2,}|(?<![A-Za-z\d])_(?![A-Za-z\d_])/gu;

function ruleLine(folded: string, start: number, end: number): boolean {
  const from = folded.lastIndexOf('\n', start - 1) + 1;
  let to = folded.indexOf('\n', end);
  if (to < 0) to = folded.length;
  return /^[\s_—\-=]*$/u.test(folded.slice(from, start)) && /^[\s_—\-=]*$/u.test(folded.slice(end, to));
}

export const underscoreRun: PlaceholderRule = {
  id: 'underscore-run',
  find: (ctx) =>
    matchAll(ctx, RUN, (m) => {
      const span = { start: m.index, end: m.index + m[0].length };
      if (ruleLine(ctx.folded, span.start, span.end)) return null;
      return { span, confidence: m[0].length >= 2 ? CONFIDENCE.shape : CONFIDENCE.context };
    }),
};
