import { isChineseNumeralChar, isDigit } from './context.js';
import { CONFIDENCE } from './confidence.js';
import type { DetectContext, RawSlot, SlotDetector } from './types.js';

/** 百分之 with no numeral after it (提高百分之。) is a percent blank, written out in words. */
const WORDS = '百分之';

export const hollowPercentWordsDetector: SlotDetector = {
  name: 'hollow-percent-words',
  detect(ctx: DetectContext): RawSlot[] {
    const { folded, body } = ctx;
    const out: RawSlot[] = [];
    for (let at = folded.indexOf(WORDS, body.start); at >= 0 && at + WORDS.length <= body.end; at = folded.indexOf(WORDS, at + 1)) {
      const blank = at + WORDS.length;
      const next = folded[blank];
      if (isDigit(next) || isChineseNumeralChar(next) || next === 'x' || next === 'X' || next === '×' || next === '_') continue;
      out.push({ kind: 'hollow', type: 'percent', unit: '', span: { start: blank, end: blank }, value: '', detector: 'hollow-percent-words', rule: 'hollow-percent-words/bai-fen-zhi', confidence: CONFIDENCE.unit });
    }
    return out;
  },
};
