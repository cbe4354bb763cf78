import { CONFIDENCE } from '../confidence.js';
import { matchAll, type PlaceholderRule } from './types.js';

/**
 * A year with its last digits left out: 20xx, 20XX, 20××, 201x, 20__, 20_, 20X年, 二〇xx, 二〇一x,
 * ××××年. The digits that are given (20, 201, 二〇) belong to the slot: the whole year is filled in.
 */
const YEAR = new RegExp(
  [
    String.raw`(?<![\dA-Za-z])(?:19|20)(?:[xX×]{2}|\d[xX×]|_+)(?![A-Za-z\d])`,
    String.raw`(?<![\dA-Za-z])20[xX×](?=年)`,
    String.raw`二[〇○零](?:[xX×]{2}|[〇○零一二三四五六七八九][xX×])(?![A-Za-z])`,
    String.raw`(?<![A-Za-z\d])[xX×]{4}(?=年)`,
  ].join('|'),
  'gu',
);

export const yearForm: PlaceholderRule = {
  id: 'year-form',
  find: (ctx) => matchAll(ctx, YEAR, (m) => ({ span: { start: m.index, end: m.index + m[0].length }, type: 'year', confidence: CONFIDENCE.shape })),
};
