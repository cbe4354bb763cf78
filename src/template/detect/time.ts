import { parseNumeral } from '../../core/numerals.js';
import { CONFIDENCE } from './confidence.js';
import type { DetectContext, RawSlot, SlotDetector } from './types.js';

/**
 * Clock times (type `time`): 9:00, 8:30—12:00 (each end a slot), 9:10未到者, and hours written with
 * 点/时: 上午9点, 下午3点半, 14时30分, 晚上八点. A clock time H:MM needs two digits of minutes (1:1
 * is a ratio); an hour with 点/时 needs a time word around it (上午, 前, 至 …): 12点意见 is a list.
 */
const CLOCK = /(?<![\d:.])(?:[01]?\d|2[0-4]):[0-5]\d(?![\d:])/gu;
const HOUR = /(?<![\d.])(\d{1,2}|[一二两三四五六七八九十]{1,3})[点时](?:(\d{1,2}|[一二三四五六七八九十]{1,3})分|半|整)?/gu;
/** Words that make 3点/14时 a time of day. */
const DAY_PARTS = /(?:上午|下午|中午|晚上|晚间|午间|早上|早晨|清晨|凌晨|傍晚|夜间|每天|每日|当天|当日|次日|日|号|至|到|—|-|~)\s*$/u;
const AFTER = /^(?:前|后|以前|以后|之前|之后|至|到|—|-|~|起|开始|准时|截止|整)/u;
/** 点/时 words that are not hours: 重点, 要点, 时间 (a 时 followed by 间/期/候 …). */
const NOT_HOUR_AFTER = /^[间期候代刻节段效]/u;

export const timeDetector: SlotDetector = {
  name: 'time',
  detect(ctx: DetectContext): RawSlot[] {
    const { folded, doc, body } = ctx;
    const out: RawSlot[] = [];
    const push = (start: number, end: number, rule: string, confidence: number): void => {
      out.push({ kind: 'literal', type: 'time', unit: '', span: { start, end }, value: doc.text.slice(start, end), detector: 'time', rule: `time/${rule}`, confidence });
    };
    const clock = new RegExp(CLOCK.source, CLOCK.flags);
    clock.lastIndex = body.start;
    for (let m = clock.exec(folded); m !== null && m.index < body.end; m = clock.exec(folded)) {
      if (m.index + m[0].length <= body.end) push(m.index, m.index + m[0].length, 'clock', CONFIDENCE.unit);
    }
    const hour = new RegExp(HOUR.source, HOUR.flags);
    hour.lastIndex = body.start;
    for (let m = hour.exec(folded); m !== null && m.index < body.end; m = hour.exec(folded)) {
      const start = m.index;
      const end = start + m[0].length;
      if (end > body.end) break;
      const h = parseNumeral(m[1] as string);
      if (h === null || h > 24) continue;
      if (m[0].length === (m[1] as string).length + 1 && NOT_HOUR_AFTER.test(folded.slice(end, end + 1))) continue;
      const before = folded.slice(Math.max(body.start, start - 4), start);
      if (!DAY_PARTS.test(before) && !AFTER.test(folded.slice(end, end + 2))) continue;
      push(start, end, 'hour', CONFIDENCE.cued);
    }
    return out;
  },
};
