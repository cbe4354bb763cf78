import { inRegions } from './context.js';
import { ordinalSuffixAt } from './org-words.js';

/**
 * Numbers that name or number an event rather than count something: “大干100天” (inside a quoted
 * slogan), 建国60周年, 十八大, 九届三次 (a term and a session), 第四届, 三八节, 3号文件. They are not
 * slots; detectSlots reports them as `ordinal` only with `all`.
 */
export interface NameContext {
  folded: string;
  quotes: readonly { start: number; end: number }[];
  start: number;
  end: number;
  arabic: boolean;
  value: number | null;
}

/** Congress numbers (十八大, 二十大) are two-digit; 三大规程 is "three major rules", not a name. */
const CONGRESS_MIN = 10;

export function nameReason(c: NameContext): string | null {
  const { folded, start, end } = c;
  if (inRegions(c.quotes, start)) return 'quoted';
  if (folded[start - 1] === '第') return 'ordinal 第';
  const suffix = ordinalSuffixAt(folded, end);
  if (suffix === '大') {
    if (c.value !== null && c.value >= CONGRESS_MIN && !folded.startsWith('大学', end)) return 'congress';
  } else if (suffix !== null) return `ordinal ${suffix}`;
  // 九届三次 (职代会): the session number after a term number.
  if (folded[start - 1] === '届' && folded[end] === '次') return 'session';
  // 三八节, 五一节: festivals are named by their date.
  if (!c.arabic && folded[end] === '节') return 'festival';
  // 3号文件, 5号楼: a number with 号 that is not a day of a month.
  if (folded[end] === '号' && folded[start - 1] !== '月') return 'number 号';
  return null;
}
