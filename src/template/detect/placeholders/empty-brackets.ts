import { CONFIDENCE } from '../confidence.js';
import { matchAll, type PlaceholderRule } from './types.js';

/**
 * Empty brackets left to be filled in: （ ）, ( ), [ ], 【 】, with or without spaces inside (the
 * width fold has made （ ） half-width), also after a line of underscores (＿＿＿（　）元). Not after a
 * Latin letter or digit (f(), a[]).
 */
const EMPTY = /(?<![A-Za-z\d])(?:\( *\)|\[ *\]|【 *】)/gu;

export const emptyBrackets: PlaceholderRule = {
  id: 'empty-brackets',
  find: (ctx) => matchAll(ctx, EMPTY, (m) => ({ span: { start: m.index, end: m.index + m[0].length }, confidence: CONFIDENCE.shape })),
};
