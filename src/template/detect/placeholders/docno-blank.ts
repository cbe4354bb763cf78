import { CONFIDENCE } from '../confidence.js';
import { matchAll, type PlaceholderRule } from './types.js';

/**
 * A document number left blank: 〔20xx〕x号, [20__]__号, 〔 〕号, 〔201x〕第xx号. One slot from the
 * opening bracket to 号; the year and the number inside are not slots of their own.
 */
const BLANK_YEAR = String.raw`(?:(?:19|20)(?:[xX×]{2}|\d[xX×]|_+)|[xX×_]{2,4}| *)`;
const BLANK_NO = String.raw`(?:[xX×]+|_+| *)`;
const DOCNO = new RegExp(String.raw`[〔[] *${BLANK_YEAR} *[〕\]] *(?:第 *)?${BLANK_NO} *号`, 'gu');
/** A document number that is all digits (〔2018〕128号) is a literal, not a placeholder. */
const HAS_BLANK = /[xX×_]|[〔[] *[〕\]]|[〕\]] *(?:第 *)? *号/u;

export const docnoBlank: PlaceholderRule = {
  id: 'docno-blank',
  find: (ctx) =>
    matchAll(ctx, DOCNO, (m) => (HAS_BLANK.test(m[0]) ? { span: { start: m.index, end: m.index + m[0].length }, type: 'docno', confidence: CONFIDENCE.shape } : null)),
};
