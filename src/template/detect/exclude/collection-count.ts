import type { SlotExclusion } from '../types.js';
import { spansOf } from './find.js';

/**
 * The count of a collection of model texts: 精选10篇, 工作计划范文5篇, (共8篇), (通用3篇), 汇总七篇, and a short
 * title line ending in N篇. Writing __篇 is a plan's own count only inside a sentence (撰写论文2篇。).
 */
const NUM = String.raw`[\d一二三四五六七八九十两]+`;
const COLLECTION = new RegExp(
  [
    String.raw`(?:精选|推荐|汇总|合集|大全|集锦|汇编|精编|范文|模板|范例|样本|参考)[^\n。,;]{0,8}?${NUM}\s*篇`,
    String.raw`${NUM}\s*篇(?:精选|合集|汇总|大全|范文|模板|通用|最新|优秀)`,
    String.raw`[(【][^()【】\n]{0,6}?${NUM}\s*篇\s*[)】]`,
    String.raw`^[^\n。,;!?:]{2,40}?${NUM}\s*篇\s*$`,
  ].join('|'),
  'gmu',
);

export const collectionCount: SlotExclusion = {
  name: 'collection-count',
  find: (ctx) => spansOf(ctx, COLLECTION),
};
