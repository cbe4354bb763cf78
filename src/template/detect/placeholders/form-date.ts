import { CONFIDENCE } from '../confidence.js';
import type { PlaceholderHit, PlaceholderRule } from './types.js';

/**
 * The date line of a form: spaces where the numbers go, 编制日期:    年  月  日, 年 月 日 alone,
 * 20xx年 月 日. Each of 年, 月 and 日 gets a slot on the spaces before it — a blank at 年 when no space
 * stands there (日期：年 月 日) — unless its number is given (20xx年: the year is the year form's).
 * At least one space before 月 and before 日 tells a form from prose (全年月均).
 */
const FORM = /( *)年( +)月( +)日/gu;
/** What may stand before a year left blank: the start of a line, a space, a colon or bracket, or 20. */
const YEAR_OPEN = /(?:^|[\s:(]|20)$/u;

export const formDate: PlaceholderRule = {
  id: 'form-date',
  find(ctx) {
    const { folded, body, doc } = ctx;
    const out: PlaceholderHit[] = [];
    const re = new RegExp(FORM.source, FORM.flags);
    re.lastIndex = body.start;
    for (let m = re.exec(folded); m !== null && m.index < body.end; m = re.exec(folded)) {
      if (m.index + m[0].length > body.end) break;
      const lineStart = folded.lastIndexOf('\n', m.index - 1) + 1;
      const yearBlank = YEAR_OPEN.test(folded.slice(Math.max(lineStart, m.index - 2), m.index)) || m.index === lineStart;
      let p = m.index;
      for (const [k, unit] of [[1, '年'], [2, '月'], [3, '日']] as const) {
        const at = p + (m[k] as string).length; // the calendar word
        if (unit !== '年' || yearBlank) {
          out.push({ span: { start: p, end: at }, type: unit === '年' ? 'year' : 'date', unit: doc.text[at], confidence: CONFIDENCE.shape });
        }
        p = at + 1;
      }
      // 年 月 日 时 分: the hour and minute of a form (受访时间：　年　月　日　时　分).
      const clock = /^( +)时( +)分/u.exec(folded.slice(p, p + 16));
      if (clock !== null && p + clock[0].length <= body.end) {
        for (const k of [1, 2]) {
          const at = p + (clock[k] as string).length;
          out.push({ span: { start: p, end: at }, type: 'time', unit: doc.text[at], confidence: CONFIDENCE.shape });
          p = at + 1;
        }
      }
    }
    return out;
  },
};
