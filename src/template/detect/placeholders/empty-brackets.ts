import { CONFIDENCE } from '../confidence.js';
import { matchAll, type PlaceholderRule } from './types.js';

/**
 * Empty brackets left to be filled in: （ ）, ( ), [ ], 【 】, with or without spaces inside (the
 * width fold has made （ ） half-width). Not after a Latin letter or digit (f(), a[]).
 */
const EMPTY = /(?<![A-Za-z\d_])(?:\( *\)|\[ *\]|【 *】)/gu;

export const emptyBrackets: PlaceholderRule = {
  id: 'empty-brackets',
  find: (ctx) => matchAll(ctx, EMPTY, (m) => ({ span: { start: m.index, end: m.index + m[0].length }, confidence: CONFIDENCE.shape })),
};
