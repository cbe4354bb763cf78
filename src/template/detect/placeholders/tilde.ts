import { CONFIDENCE } from '../confidence.js';
import { matchAll, type PlaceholderRule } from './types.js';

/** ~ standing for a number (完成率达到~%), but not the range mark between two numbers (3~5, 三~五). */
const TILDE = /(?<![\d〇零一二两三四五六七八九十百千万])~(?![\d〇零一二两三四五六七八九十百千万~])/gu;

export const tilde: PlaceholderRule = {
  id: 'tilde',
  find: (ctx) => matchAll(ctx, TILDE, (m) => ({ span: { start: m.index, end: m.index + 1 }, confidence: CONFIDENCE.weak })),
};
