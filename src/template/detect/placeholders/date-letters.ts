import { CONFIDENCE } from '../confidence.js';
import { matchAll, type PlaceholderRule } from './types.js';

/**
 * A month and day left as letters: X月X日 (one slot), and a letter run before 月, 日 or 号 (每月X日,
 * xx月份, ××日前). Letters inside a Latin word (Xmas) are not placeholders.
 */
const DATE = /[xX×]{1,2}月[xX×]{1,2}[日号]|(?<![A-Za-z\d])[xX×]{1,2}(?=[月日号])/gu;

export const dateLetters: PlaceholderRule = {
  id: 'date-letters',
  find: (ctx) => matchAll(ctx, DATE, (m) => ({ span: { start: m.index, end: m.index + m[0].length }, type: 'date', confidence: CONFIDENCE.shape })),
};
