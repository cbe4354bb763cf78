import { CONFIDENCE } from '../confidence.js';
import { matchAll, type PlaceholderRule } from './types.js';

/**
 * Runs of two or more x, X or × standing for digits or a name: xx人, XX公司, ××单位, 党的xx大. Not a
 * run inside a Latin word or number (XXL, 0xff), and not the Roman numeral of a century (XX世纪).
 */
const RUN = /(?<![A-Za-z\d])[xX×]{2,}(?![A-Za-z\d]|世纪)/gu;

export const letterRun: PlaceholderRule = {
  id: 'letter-run',
  find: (ctx) => matchAll(ctx, RUN, (m) => ({ span: { start: m.index, end: m.index + m[0].length }, confidence: CONFIDENCE.shape })),
};
