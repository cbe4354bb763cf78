import { CONFIDENCE } from '../confidence.js';
import { matchAll, type PlaceholderRule } from './types.js';

/**
 * Runs of marks standing for a name or a number: ○○镇, □□公司, △△. A single mark is a check box
 * (□是 □否) or a bullet, and ○ next to Chinese numerals is a zero (二○○八年).
 */
const RUN = /(?<![〇○零一二三四五六七八九十])(?:[○◯]{2,}|[□]{2,}|[■]{2,}|[△]{2,})(?![〇○零一二三四五六七八九十])/gu;

export const markRun: PlaceholderRule = {
  id: 'mark-run',
  find: (ctx) => matchAll(ctx, RUN, (m) => ({ span: { start: m.index, end: m.index + m[0].length }, confidence: CONFIDENCE.shape })),
};
