import { HEADER_NUMBER, headerNumber, normalizeStem, STEM_SENTENCE } from '../numbers.js';
import type { HeaderHeuristic } from '../types.js';

/** The longest title a prefix header carries after its colon. */
export const MAX_PREFIX_TITLE_CHARS = 40;

// "方案一:社区消防演练方案", "第一篇:X" is di-pian's. The word before the ordinal names the text
// (方案, 计划, 范例 …) and a title follows the colon; a plan that weighs options (方案一：采用集中采购，
// 由…) has a sentence there, not a title, and is not a header.
const RE = new RegExp(`^(?:方案|计划|范例|例文|模板|样本|参考范文)\\s*${HEADER_NUMBER}\\s*[:、.]\\s*(\\S.*)$`);

export const prefixOrdinal: HeaderHeuristic = {
  name: 'prefix-ordinal',
  minStemChars: 0,
  match(text) {
    const m = RE.exec(text);
    if (!m) return null;
    const title = (m[2] as string).trimEnd();
    if (title.length > MAX_PREFIX_TITLE_CHARS || STEM_SENTENCE.test(title)) return null;
    const number = headerNumber(m[1] as string);
    // Grouped by form alone (each variant may carry its own title); the title is the evidence.
    return number === null ? null : { number, stem: '', kind: '篇', subtitle: normalizeStem(title), end: text.length, bodyStart: null, strong: true };
  },
};
