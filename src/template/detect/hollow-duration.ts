import { CONFIDENCE } from './confidence.js';
import type { DetectContext, RawSlot, SlotDetector } from './types.js';

/**
 * A deadline whose number was stripped: (…，)日内形成书面报告, 应在个工作日内办结, 于日内上报. A
 * length of time followed by 内/以内/之内 at the start of a clause or after 在/于 has lost its number;
 * hollow.ts does not look there (its blanks need a word before them), and 日 is no hollow unit
 * elsewhere (日常, 日期).
 */
const DEADLINE = /(?<=[,;:。\n]|[在于])(个工作日|工作日|个月|个小时|小时|分钟|日|天|周)(?=内|以内|之内)/gu;

export const hollowDurationDetector: SlotDetector = {
  name: 'hollow-duration',
  detect(ctx: DetectContext): RawSlot[] {
    const { folded, doc, body } = ctx;
    const out: RawSlot[] = [];
    const re = new RegExp(DEADLINE.source, DEADLINE.flags);
    re.lastIndex = body.start;
    for (let m = re.exec(folded); m !== null && m.index < body.end; m = re.exec(folded)) {
      const at = m.index;
      out.push({
        kind: 'hollow',
        type: 'count',
        unit: doc.text.slice(at, at + m[0].length),
        span: { start: at, end: at },
        value: '',
        detector: 'hollow-duration',
        rule: 'hollow-duration/deadline',
        confidence: CONFIDENCE.cued,
      });
    }
    return out;
  },
};
