import { headerNumber, normalizeStem, STEM_SENTENCE } from '../numbers.js';
import { endsLikeTitle } from '../title-words.js';
import type { HeaderHeuristic } from '../types.js';

/** The longest title a numbered header carries. */
export const MAX_NUMBERED_TITLE_CHARS = 40;

// "1．中学安全教育工作计划" / "2、小学安全教育工作计划": variants numbered like outline items, each
// with its own title. On its line alone such a line is an outline item as often as a header, so the
// form proves nothing: the evidence (evidence.ts) takes a run of them only when every title repeats
// the page title's stem and the numbers count 1, 2, 3 … — an item of a plan (1.落实…) does neither.
const RE = /^([0-9]{1,2})\s*[.、]\s*(\S.*)$/;

export const numberedTitle: HeaderHeuristic = {
  name: 'numbered-title',
  minStemChars: 0,
  match(text) {
    const m = RE.exec(text);
    if (!m) return null;
    const title = normalizeStem(m[2] as string);
    if (title.length > MAX_NUMBERED_TITLE_CHARS || STEM_SENTENCE.test(title) || !endsLikeTitle(title)) return null;
    const number = headerNumber(m[1] as string);
    return number === null ? null : { number, stem: '', kind: '篇', subtitle: title, end: text.length, bodyStart: null, strong: false };
  },
};
