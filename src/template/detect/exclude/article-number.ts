import type { SlotExclusion } from '../types.js';
import { spansOf } from './find.js';

/**
 * Numbers of a document's own parts and of the laws it cites: 第十条, 第X条, 第3章, 第二节, 第一款,
 * 第xx部分. A template keeps them: they number the text, they are not values of an organisation.
 */
const ARTICLE = /第\s*[\dxX×〇零一二三四五六七八九十百千]+\s*(?:条|章|节|款|编|部分|项(?=[,，。;；、规的]))/gu;

export const articleNumber: SlotExclusion = {
  name: 'article-number',
  find: (ctx) => spansOf(ctx, ARTICLE),
};
