import type { SlotKind } from '../../core/template.js';
import { CONFIDENCE } from './confidence.js';
import type { DetectContext, RawSlot, SlotDetector } from './types.js';

/**
 * The number of an order (令) that issues a regulation or a rule: 粤府令第197号, 国务院令第588号,
 * 环境保护部令第8号, 主席令第十二号, 公安部第88号令, 第N號令, 交通运输部令2019年第1号. The serial is a
 * docno slot (and the year, where the order numbers within one, a year slot), a literal, a
 * placeholder (令第xx号) or a hollow blank (令第号) as written. The issuer before 令 is text, as the
 * issuer's abbreviation of a bracketed docno is (docno.ts).
 */
const SERIAL = String.raw`(\d{1,5}|[〇零一二两三四五六七八九十百千]{1,8}|[xX×]+|_+|)`;
/**
 * 令第197号, 令2019年第1号: an issuer (a Han character) before 令. The look-behind is asserted after
 * 令 (the same places match): a pattern opening with 令 is scanned for cheaply, one opening with a
 * look-behind was tried at every character of every body.
 */
const LING_FIRST = new RegExp(String.raw`令(?<=\p{Script=Han}令)\s*(?:(\d{4})\s*年\s*)?第(\s*)${SERIAL}\s*号`, 'dgu');
/** 第88号令: the number before 令 (公安部第88号令, 第N號令). */
const NUMBER_FIRST = new RegExp(String.raw`第(\s*)${SERIAL}\s*号令`, 'dgu');

function kindOf(text: string): SlotKind {
  if (text.length === 0) return 'hollow';
  return /^[xX×_]/.test(text) ? 'placeholder' : 'literal';
}

export const orderNumberDetector: SlotDetector = {
  name: 'order-number',
  detect(ctx: DetectContext): RawSlot[] {
    const { folded, doc, body } = ctx;
    const out: RawSlot[] = [];
    const push = (span: { start: number; end: number }, kind: SlotKind, type: 'docno' | 'year', unit: string, rule: string): void => {
      const at = kind === 'hollow' ? { start: span.start, end: span.start } : span;
      out.push({
        kind,
        type,
        unit,
        span: at,
        value: doc.text.slice(at.start, at.end),
        detector: 'order-number',
        rule: `order-number/${rule}`,
        confidence: kind === 'placeholder' ? CONFIDENCE.shape : CONFIDENCE.unit,
      });
    };
    for (const [pattern, rule] of [[LING_FIRST, 'ling-first'], [NUMBER_FIRST, 'number-first']] as const) {
      const re = new RegExp(pattern.source, pattern.flags);
      re.lastIndex = body.start;
      for (let m = re.exec(folded); m !== null && m.index < body.end; m = re.exec(folded)) {
        if (m.index + m[0].length > body.end) break;
        const groups = m.indices as RegExpIndicesArray;
        // 号 (號 as written) ends the match, or stands before its 令.
        const unit = doc.text[m.index + m[0].length - (rule === 'ling-first' ? 1 : 2)] as string;
        const year = rule === 'ling-first' ? groups[1] : undefined;
        if (year !== undefined) push({ start: year[0], end: year[1] }, 'literal', 'year', doc.text[year[1]] ?? '', `${rule}-year`);
        const [gap, serial] = (rule === 'ling-first' ? [groups[2], groups[3]] : [groups[1], groups[2]]) as Array<[number, number]> as [[number, number], [number, number]];
        const text = folded.slice(serial[0], serial[1]);
        const kind = kindOf(text);
        push(kind === 'hollow' ? { start: gap[0], end: gap[0] } : { start: serial[0], end: serial[1] }, kind, 'docno', unit, rule);
      }
    }
    return out;
  },
};
