import { isHan, isChineseNumeralChar } from './context.js';
import { startingWord } from './hollow-words.js';
import { cues } from './lexicon/tables.js';
import { CONFIDENCE } from './confidence.js';
import type { DetectContext, RawSlot, SlotDetector } from './types.js';

/**
 * A stripped rank: 年级排名前位 (= 前 __ 位), 进入全市前名以内. 前 + 名/位 ends the clause (or goes on
 * with 以内/之内); the blank is an ordinal. 前 that ends a word (以前, 目前, 提前 …) is not a rank.
 * The top N may also be followed by what is ranked (对前__名重点客户逐一走访) when a word that
 * introduces it stands before 前 and 名/位 does not start a word there (名单, 位置).
 */
const RANK_UNITS = new Set(['名', '位']);
const RANK_TAILS = ['以内', '之内'];
const NOT_RANK = cues('not-rank');
const BREAKS = new Set([',', '。', ';', ':', '!', '?', '、', '\n', ')', ' ', '…']);
/** What may stand before 前 when the rank is followed by a noun: 对/取/给 前__名, 排名/位居/位列/进入 前__位. */
const BEFORE_NOUN_RANK = new Set([...'对取的为向给与将把名居列入']);

export const hollowRankDetector: SlotDetector = {
  name: 'hollow-rank',
  detect(ctx: DetectContext): RawSlot[] {
    const { folded, doc, body } = ctx;
    const out: RawSlot[] = [];
    for (let at = folded.indexOf('前', body.start); at >= 0 && at + 1 < body.end; at = folded.indexOf('前', at + 1)) {
      const unit = folded[at + 1] as string;
      if (!RANK_UNITS.has(unit) || !isHan(folded[at - 1]) || isChineseNumeralChar(folded[at - 1])) continue;
      if (NOT_RANK.some((w) => folded.startsWith(w, at + 1 - w.length))) continue;
      let after = at + 2;
      const tail = RANK_TAILS.find((t) => folded.startsWith(t, after));
      if (tail !== undefined) after += tail.length;
      if (after < body.end && !BREAKS.has(folded[after] as string)) {
        const nounFollows = tail === undefined && isHan(folded[after]) && BEFORE_NOUN_RANK.has(folded[at - 1] as string);
        if (!nounFollows || startingWord(folded, at + 1) !== null) continue;
      }
      out.push({ kind: 'hollow', type: 'ordinal', unit: doc.text[at + 1] as string, span: { start: at + 1, end: at + 1 }, value: '', detector: 'hollow-rank', rule: 'hollow-rank/top-n', confidence: CONFIDENCE.cued });
    }
    return out;
  },
};
