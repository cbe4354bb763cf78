import type { SlotKind, SlotType } from '../../core/template.js';
import { CONFIDENCE } from './confidence.js';
import type { DetectContext, RawSlot, SlotDetector } from './types.js';

/**
 * Document numbers (发文字号): 〔2018〕128号, [2023]18号, 〔20xx〕x号, 〔 〕号, 〔201x〕第xx号. The year
 * and the serial number are two slots, each a literal, a placeholder or a hollow blank as written:
 * 〔2023〕18号 gives a literal year and a literal docno, 〔20xx〕12号 a placeholder year and a literal
 * docno, 〔〕18号 a hollow year. The issuer's abbreviation before the bracket (X政发) is the
 * placeholder rules' to read.
 */
const YEAR = String.raw`(\d{4}|(?:19|20)(?:[xX×]{2}|\d[xX×]|_+)|[xX×_]{2,4}|)`;
const SERIAL = String.raw`(\d{1,5}|[xX×]+|_+|)`;
const DOCNO = new RegExp(String.raw`[〔[(](\s*)${YEAR}\s*[〕\])](\s*)(?:第\s*)?${SERIAL}\s*号`, 'gdu');

const SERIAL_TW = /字\s*第\s*(\d{5,}[A-Za-z]?)\s*号/dgu;

function part(text: string): SlotKind {
  if (text.length === 0 || /^\s+$/.test(text)) return 'hollow';
  return /^\d+$/.test(text) ? 'literal' : 'placeholder';
}

export const docnoDetector: SlotDetector = {
  name: 'docno',
  detect(ctx: DetectContext): RawSlot[] {
    const { folded, doc, body } = ctx;
    const out: RawSlot[] = [];
    const re = new RegExp(DOCNO.source, DOCNO.flags);
    re.lastIndex = body.start;
    for (let m = re.exec(folded); m !== null && m.index < body.end; m = re.exec(folded)) {
      if (m.index + m[0].length > body.end) break;
      // A bracketed year alone with (…) is common prose ((2023)年度): only 〔 and [ may hold an empty year.
      if (folded[m.index] === '(' && (m[2] as string).length !== 4) continue;
      const groups = m.indices as RegExpIndicesArray;
      for (const [k, type] of [[2, 'year'], [4, 'docno']] as Array<[number, SlotType]>) {
        const [s, e] = groups[k] as [number, number];
        const kind = part(folded.slice(s, e));
        const at = kind === 'hollow' ? (k === 2 ? (groups[1] as [number, number])[0] : (groups[3] as [number, number])[0]) : s;
        const span = kind === 'hollow' ? { start: at, end: at } : { start: s, end: e };
        out.push({
          kind,
          type,
          unit: type === 'docno' ? (doc.text[m.index + m[0].length - 1] as string) : '',
          span,
          value: doc.text.slice(span.start, span.end),
          detector: 'docno',
          rule: `docno/${kind}-${type === 'year' ? 'year' : 'serial'}`,
          confidence: kind === 'placeholder' ? CONFIDENCE.shape : CONFIDENCE.unit,
        });
      }
    }
    // Taiwan: 原民教字第10400611992號, 勞動條2字第 1020135877 號 — the serial after 字第.
    const tw = new RegExp(SERIAL_TW.source, SERIAL_TW.flags);
    tw.lastIndex = body.start;
    for (let m = tw.exec(folded); m !== null && m.index < body.end; m = tw.exec(folded)) {
      const [s, e] = (m.indices as RegExpIndicesArray)[1] as [number, number];
      if (e > body.end) break;
      out.push({ kind: 'literal', type: 'docno', unit: '', span: { start: s, end: e }, value: doc.text.slice(s, e), detector: 'docno', rule: 'docno/literal-serial', confidence: CONFIDENCE.unit });
    }
    return out;
  },
};
