import type { SlotExclusion } from '../types.js';
import { spansOf } from './find.js';

/**
 * The site's own notes and counters inside the text: 此处隐藏1513个字, 本文已影响2.3万人, 阅读: 123,
 * 浏览 56 次, 1234人已下载, 人气 410, a timestamp (时间:2020-03-02 02:08:39, 2023-05-01 10:20), a
 * relative time (发布时间:24小时内), a file name (工作计划2023.docx). None of their numbers is a blank of the plan.
 * NOTE_FORMS are every kind but the file name.
 */
const NOTE_FORMS = [
  String.raw`(?:此处)?隐藏\s*\d+\s*个?字`,
  String.raw`本文已影响[^\n。,]{0,8}?人`,
  String.raw`(?:阅读|浏览|下载|收藏|点赞|评论|人气|热度)(?:量|次数|数)?\s*[:]?\s*\d+(?:\.\d+)?\s*[万千]?\s*次?`,
  String.raw`\d+(?:\.\d+)?\s*[万千]?\s*人(?:已)?(?:阅读|浏览|下载|收藏|点赞)`,
  String.raw`(?:发布|更新|上传|编辑)?(?:时间|日期)\s*:\s*\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?`,
  String.raw`\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?`,
  String.raw`(?:发布|更新|上传)时间\s*:?\s*\d+\s*(?:分钟|小时|天|个月)(?:内|前)`,
];
const FILE_EXTENSION = String.raw`\.(?:docx?|pdf|wps|xlsx?|pptx?|txt)\b`;
const FILE_NAME = String.raw`[^\s\n,。;:()]{1,40}${FILE_EXTENSION}`;

const NOTES = new RegExp([...NOTE_FORMS, FILE_NAME].join('|'), 'giu');
/**
 * The same without the file name: on a text with no file extension in it that alternative cannot
 * match, and it is nearly all of the expression's cost (up to 40 characters tried at every place).
 */
const NOTES_NO_FILE = new RegExp(NOTE_FORMS.join('|'), 'giu');
const HAS_FILE_EXTENSION = new RegExp(FILE_EXTENSION, 'gu');

export const siteNotes: SlotExclusion = {
  name: 'site-notes',
  find: (ctx) => {
    // From the body's start to the end of the text: a match may start in the body and run past it.
    HAS_FILE_EXTENSION.lastIndex = ctx.body.start;
    return spansOf(ctx, HAS_FILE_EXTENSION.test(ctx.folded) ? NOTES : NOTES_NO_FILE);
  },
};
