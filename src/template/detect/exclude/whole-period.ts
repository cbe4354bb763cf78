import type { SlotExclusion } from '../types.js';
import { spansOf } from './find.js';

/**
 * Ranges that span a whole calendar year or month, fixed by what they mean: 1月1日至12月31日
 * (a year as a definition or a reporting period), 每月的1日至最后一日. No one fills them in, so
 * their numbers are no dates to change. Real dates (2023年3月8日, 3月1日至3月15日) stay slots.
 */
const SEP = String.raw`\s*(?:至|到|—{1,2}|-|~)\s*`;
const WHOLE_YEAR = new RegExp(String.raw`(?<!\d)0?1\s*月\s*0?1\s*[日号]${SEP}12\s*月\s*31\s*[日号]`, 'gu');
/** Only after 每月: 3月1日至月底 is half a month of one year, a real date. */
const WHOLE_MONTH = new RegExp(String.raw`每月的?\s*0?1\s*[日号]${SEP}(?:最后一[日天]|月底|月末)`, 'gu');

export const wholePeriod: SlotExclusion = {
  name: 'whole-period',
  find: (ctx) => [...spansOf(ctx, WHOLE_YEAR), ...spansOf(ctx, WHOLE_MONTH)],
};
