import type { SlotExclusion } from '../types.js';
import { spansOf } from './find.js';

/**
 * The site's own notes and counters inside the text: 此处隐藏1513个字, 本文已影响2.3万人, 阅读: 123,
 * 浏览 56 次, 1234人已下载, 人气 410, a timestamp (时间:2020-03-02 02:08:39, 2023-05-01 10:20), a
 * relative time (发布时间:24小时内), a file name (工作计划2023.docx). None of their numbers is a blank of the plan.
 */
const NOTES = new RegExp(
  [
    String.raw`(?:此处)?隐藏\s*\d+\s*个?字`,
    String.raw`本文已影响[^\n。,]{0,8}?人`,
    String.raw`(?:阅读|浏览|下载|收藏|点赞|评论|人气|热度)(?:量|次数|数)?\s*[:]?\s*\d+(?:\.\d+)?\s*[万千]?\s*次?`,
    String.raw`\d+(?:\.\d+)?\s*[万千]?\s*人(?:已)?(?:阅读|浏览|下载|收藏|点赞)`,
    String.raw`(?:发布|更新|上传|编辑)?(?:时间|日期)\s*:\s*\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?`,
    String.raw`\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?`,
    String.raw`(?:发布|更新|上传)时间\s*:?\s*\d+\s*(?:分钟|小时|天|个月)(?:内|前)`,
    String.raw`[^\s\n,。;:()]{1,40}\.(?:docx?|pdf|wps|xlsx?|pptx?|txt)\b`,
  ].join('|'),
  'giu',
);

export const siteNotes: SlotExclusion = {
  name: 'site-notes',
  find: (ctx) => spansOf(ctx, NOTES),
};
