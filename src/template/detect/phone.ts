import { CONFIDENCE } from './confidence.js';
import type { DetectContext, RawSlot, SlotDetector } from './types.js';

/**
 * Phone numbers (type `text`): a landline with its area code (0571-87654321, (010)12345678), a
 * mobile number (13812345678), or a landline of 7–8 digits after a phone word (电话：87654321).
 * A short service number after a phone word (拨打119, 12345热线) is a slot of low confidence: it is the
 * same for every organisation.
 */
const LANDLINE = /(?<![\d-])(?:\(0\d{2,3}\)|0\d{2,3}[-—]?)\d{7,8}(?![\d-])/gu;
const MOBILE = /(?<!\d)1[3-9]\d{9}(?!\d)/gu;
const LOCAL = /(?<![\d-])\d{7,8}(?![\d-])/gu;
const SERVICE = /(?<!\d)(?:110|119|120|122|12345|12315|12369|12348|12338|12333)(?!\d)/gu;
const PHONE_WORD = /(?:电话|热线|手机|传真|座机|联系方式|拨打|咨询)[:：\s]*$/u;

export const phoneDetector: SlotDetector = {
  name: 'phone',
  detect(ctx: DetectContext): RawSlot[] {
    const { folded, doc, body } = ctx;
    const out: RawSlot[] = [];
    const taken: Array<[number, number]> = [];
    const scan = (re: RegExp, rule: string, confidence: number, needsWord: boolean): void => {
      const r = new RegExp(re.source, re.flags);
      r.lastIndex = body.start;
      for (let m = r.exec(folded); m !== null && m.index < body.end; m = r.exec(folded)) {
        const start = m.index;
        const end = start + m[0].length;
        if (end > body.end || taken.some(([s, e]) => start < e && s < end)) continue;
        const before = folded.slice(Math.max(body.start, start - 8), start);
        const after = folded.slice(end, end + 2);
        if (needsWord && !PHONE_WORD.test(before) && !/^热线/u.test(after)) continue;
        taken.push([start, end]);
        out.push({ kind: 'literal', type: 'text', unit: '', span: { start, end }, value: doc.text.slice(start, end), detector: 'phone', rule: `phone/${rule}`, confidence });
      }
    };
    scan(LANDLINE, 'landline', CONFIDENCE.unit, false);
    scan(MOBILE, 'mobile', CONFIDENCE.unit, false);
    scan(LOCAL, 'local', CONFIDENCE.cued, true);
    scan(SERVICE, 'service', CONFIDENCE.weak, true);
    return out;
  },
};
