import { CONFIDENCE } from './confidence.js';
import type { DetectContext, RawSlot, SlotDetector } from './types.js';

/**
 * Dates the literal rule does not read: spaced (2023 年 5 月 7 日, 95 年 12 月 13 日) and Minguo years of
 * Taiwan documents (97年度, 100年4月6日: two or three digits before 年 and a month, or before 年度).
 * The year, the month and the day are a slot each.
 */
const SPACED = /(?<![\d.])(\d{2,4})(\s*)年(\s*)(\d{1,2})(\s*)月(?:\s*(\d{1,2})\s*[日号])?/dgu;
const MINGUO_TERM = /(?<![\d.])(\d{2,3})\s*年度/dgu;

export const calendarDetector: SlotDetector = {
  name: 'calendar',
  detect(ctx: DetectContext): RawSlot[] {
    const { folded, doc, body } = ctx;
    const out: RawSlot[] = [];
    const push = (s: number, e: number, type: 'year' | 'date', rule: string): void => {
      out.push({ kind: 'literal', type, unit: '', span: { start: s, end: e }, value: doc.text.slice(s, e), detector: 'calendar', rule: `calendar/${rule}`, confidence: CONFIDENCE.unit });
    };
    const spaced = new RegExp(SPACED.source, SPACED.flags);
    spaced.lastIndex = body.start;
    for (let m = spaced.exec(folded); m !== null && m.index < body.end; m = spaced.exec(folded)) {
      if (m.index + m[0].length > body.end) break;
      const year = m[1] as string;
      const hasSpace = `${m[2]}${m[3]}${m[5]}`.length > 0;
      const month = Number(m[4]);
      // A four-digit year without spaces is the literal rule's; 3年6月 (a duration) has no month after it.
      if ((!hasSpace && year.length === 4) || month < 1 || month > 12) continue;
      if (year.length === 4 && (Number(year) < 1900 || Number(year) > 2100)) continue;
      const idx = m.indices as RegExpIndicesArray;
      const [ys, ye] = idx[1] as [number, number];
      push(ys, ye, 'year', year.length === 4 ? 'spaced' : 'minguo');
      const [ms, me] = idx[4] as [number, number];
      push(ms, me, 'date', year.length === 4 ? 'spaced' : 'minguo');
      const day = idx[6];
      if (day !== undefined && Number(m[6]) >= 1 && Number(m[6]) <= 31) push(day[0], day[1], 'date', year.length === 4 ? 'spaced' : 'minguo');
    }
    const term = new RegExp(MINGUO_TERM.source, MINGUO_TERM.flags);
    term.lastIndex = body.start;
    for (let m = term.exec(folded); m !== null && m.index < body.end; m = term.exec(folded)) {
      const [s, e] = (m.indices as RegExpIndicesArray)[1] as [number, number];
      if (e <= body.end) push(s, e, 'year', 'minguo-term');
    }
    return out;
  },
};
