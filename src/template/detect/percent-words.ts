import { parseNumeral } from '../../core/numerals.js';
import { CONFIDENCE } from './confidence.js';
import type { DetectContext, RawSlot, SlotDetector } from './types.js';

/**
 * A percent written out in words: 百分之七十, 百分之五十以上, 百分之3.5. The numeral after 百分之 is the
 * slot (type percent, unit ''), as 70 is in 70%.
 */
const WORDS = /百分之([〇零一二两三四五六七八九十百点]+|\d+(?:\.\d+)?)/dgu;

export const percentWordsDetector: SlotDetector = {
  name: 'percent-words',
  detect(ctx: DetectContext): RawSlot[] {
    const { folded, doc, body } = ctx;
    const out: RawSlot[] = [];
    const re = new RegExp(WORDS.source, WORDS.flags);
    re.lastIndex = body.start;
    for (let m = re.exec(folded); m !== null && m.index < body.end; m = re.exec(folded)) {
      const [s, e] = (m.indices as RegExpIndicesArray)[1] as [number, number];
      if (e > body.end) break;
      const value = parseNumeral(m[1] as string);
      out.push({
        kind: 'literal',
        type: 'percent',
        unit: '',
        span: { start: s, end: e },
        value: doc.text.slice(s, e),
        ...(value !== null ? { parsed: { value } } : {}),
        detector: 'percent-words',
        rule: 'percent-words/bai-fen-zhi',
        confidence: CONFIDENCE.unit,
      });
    }
    return out;
  },
};
