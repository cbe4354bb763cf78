import { SPACE_CLASS } from '../../core/blanks.js';
import { latinOrdinal, renumberLatin } from './latin-dun.js';
import { execAt, type MarkerRule } from './rule.js';

/**
 * A bare capital letter, a space, then Chinese text or an ellipsis (Ａ　申請書 …): the deepest level
 * of Taiwanese writing guides (壹、一、(一)１、(１)Ａ). The Chinese character after the space keeps
 * Latin words and codes (A 级, B 超 is written without a space) from counting.
 */
const RE = new RegExp(`([A-Z])[${SPACE_CLASS}]+(?=[\\u3400-\\u9fff…])`, 'y');

export const latinSpaceRule: MarkerRule = {
  style: 'latin',
  first: /[A-Z]/,
  match(text, at) {
    const m = execAt(RE, text, at);
    return m === null ? null : { style: 'latin', end: at + (m[1] as string).length, ordinal: latinOrdinal(m[1] as string), key: 'latin' };
  },
  renumber: renumberLatin,
};
