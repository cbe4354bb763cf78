import { isChineseNumeralChar, isDigit, isHan } from './context.js';
import { CONFIDENCE } from './confidence.js';
import type { DetectContext, RawSlot, SlotDetector } from './types.js';

/**
 * Stripped dates: 于年月日前 (= 于 __年__月__日前), 20xx年月日, 2023年月. 年, 月 and 日 alone are far
 * too common as words (全年, 月度, 日常) to be blanks, so only a run of calendar units with no
 * numbers between them counts: 年月日, 月日, or 年月 right after a year.
 */
const CALENDAR = '年月日';
/** Han characters that may follow a stripped date (年月日前, 月日起); any other makes a word (日常, 日期). */
const AFTER_DATE = new Set([...'前后起至到止']);

function hasNumberBefore(folded: string, at: number): boolean {
  const c = folded[at - 1];
  return isDigit(c) || isChineseNumeralChar(c) || c === 'x' || c === 'X' || c === '×' || c === '_' || c === '~';
}

export const hollowDateDetector: SlotDetector = {
  name: 'hollow-date',
  detect(ctx: DetectContext): RawSlot[] {
    const { folded, doc, body } = ctx;
    const out: RawSlot[] = [];
    // Only runs of calendar characters can start a date; jump from one to the next.
    const runs = /[年月]/g;
    runs.lastIndex = body.start;
    for (let hit = runs.exec(folded); hit !== null && hit.index < body.end - 1; hit = runs.exec(folded)) {
      const i = hit.index;
      // A run of two or three calendar units in order: 年月日, 月日, 年月.
      const first = CALENDAR.indexOf(folded[i] as string);
      let j = i;
      while (j < body.end && j - i < 3 && folded[j] === CALENDAR[first + (j - i)]) j++;
      const run = j - i;
      if (run < 2) continue;
      runs.lastIndex = j;
      const after = folded[j];
      if (isHan(after) && !AFTER_DATE.has(after as string)) continue;
      const yearGiven = hasNumberBefore(folded, i);
      // 年月 alone (岁月, 年月) is a word unless a year number stands before it: 2023年月.
      if (run === 2 && first === 0 && !yearGiven) continue;
      for (let k = i; k < j; k++) {
        if (k === i && yearGiven) continue; // the year (or month) has its number: not a blank
        const unit = folded[k] as string;
        out.push({
          kind: 'hollow',
          type: unit === '年' ? 'year' : 'date',
          unit: doc.text[k] as string,
          span: { start: k, end: k },
          value: '',
          detector: 'hollow-date',
          rule: 'hollow-date/calendar-run',
          confidence: CONFIDENCE.unit,
        });
      }
    }
    return out;
  },
};
