import { CONFIDENCE } from '../confidence.js';
import { unitAt } from '../units.js';
import type { PlaceholderHit, PlaceholderRule } from './types.js';

/**
 * Spaces left for a value inside a line of a form: 县（市）　　　年度, 呈第　层决行, □　　　　申请人,
 * 是由    自愿结成. A run of two or more full-width spaces (U+3000, or the EM SPACE of `&emsp;`), or of
 * four or more spaces of any kind, between two characters of a line (not its indentation, not before
 * its end, not a table's tabs) is a blank. The value's type comes from what follows (年度 → year);
 * 第 before it makes an ordinal.
 */
const RUN = /(?<=[^\s])[^\S\t\n\v\f\r\u2028\u2029]+(?=[^\s])/gu;
/** A space as wide as a Chinese character. */
const WIDE = new Set(['\u3000', '\u2003']);
/** A blank follows a label, a bracket, a check box or 第, and is followed by text or a closing mark. */
const LEFT = /[\p{Script=Han}:()□]/u;
const RIGHT = /[\p{Script=Han})。,]/u;
const OPENS = new Set(['第', '(', ')', '□', ':']);

export const spaceRun: PlaceholderRule = {
  id: 'space-run',
  find(ctx) {
    const { folded, doc, body } = ctx;
    const out: PlaceholderHit[] = [];
    const re = new RegExp(RUN.source, RUN.flags);
    re.lastIndex = body.start;
    // The pattern runs on the original text: ideographic spaces are folded to plain spaces.
    for (let m = re.exec(doc.text); m !== null && m.index < body.end; m = re.exec(doc.text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (end > body.end) break;
      const ideographic = [...m[0]].filter((c) => WIDE.has(c)).length;
      if (ideographic < 2 && m[0].length < 4 && !(ideographic === 1 && folded[start - 1] === '第')) continue;
      if (!LEFT.test(folded[start - 1] as string) || !RIGHT.test(folded[end] as string)) continue;
      // The value's place is told by what stands around it: 第, a bracket, a check box or a colon
      // before, or a unit or a calendar word after. Letter-spaced labels (主　　旨：, 部　　长) and the
      // gaps between a signature row's titles have neither.
      if (!OPENS.has(folded[start - 1] as string) && unitAt(folded, end) === null) continue;
      // 帐　　号：, 主　　旨： — the two characters of a label spaced out.
      if (folded[end + 1] === ':' && !OPENS.has(folded[start - 1] as string)) continue;
      out.push({ span: { start, end }, ...(folded[start - 1] === '第' ? { type: 'ordinal' as const } : {}), confidence: CONFIDENCE.context });
    }
    return out;
  },
};
