import { CONFIDENCE } from '../confidence.js';
import { matchAll, type PlaceholderRule } from './types.js';

/**
 * An ellipsis standing for text to write, as model documents have it: 请求……（简要列明请求事项）,
 * …………（写明建议的内容）, 被申请人：×××，……。 It is a blank when an instruction in brackets follows
 * it, or when it is all its clause holds; elsewhere …… ends a list (等等……) or quotes.
 */
const ELLIPSIS = /…{2,}|\.{6,}/gu;
const INSTRUCTION = /^\s*\(\s*(?:写明|简要|列明|填写|注明|说明|列出|载明|概述|围绕|写)/u;
const OPENS = new Set([',', ':', ';', '。', '\n']);
const CLOSES = /^\s*(?:[,;。\n]|$)/u;

export const ellipsis: PlaceholderRule = {
  id: 'ellipsis',
  find: (ctx) =>
    matchAll(ctx, ELLIPSIS, (m) => {
      const start = m.index;
      const end = start + m[0].length;
      const after = ctx.folded.slice(end, end + 8);
      const alone = (start === 0 || OPENS.has(ctx.folded[start - 1] as string)) && CLOSES.test(after);
      return INSTRUCTION.test(after) || alone ? { span: { start, end }, type: 'text', confidence: CONFIDENCE.context } : null;
    }),
};
