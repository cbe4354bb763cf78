import type { SlotExclusion } from '../types.js';
import { spansOf } from './find.js';

/**
 * The ordinal of a variant header left in the text (a header glued to its body, a header the split
 * did not take): 篇1, 篇一, 第2篇, 范文3, 【篇4】. The number counts the site's variants.
 */
const ORDINAL = /篇\s*(?:\d+|[一二三四五六七八九十]+)|第\s*(?:\d+|[一二三四五六七八九十]+)\s*篇|范文\s*(?:\d+|[一二三四五六七八九十]+)/gu;

export const variantOrdinal: SlotExclusion = {
  name: 'variant-ordinal',
  find: (ctx) => spansOf(ctx, ORDINAL),
};
