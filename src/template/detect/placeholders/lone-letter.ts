import type { SlotType } from '../../../core/template.js';
import { CONFIDENCE } from '../confidence.js';
import { orgSuffixAt, ordinalSuffixAt } from '../org-words.js';
import { unitAt } from '../units.js';
import type { PlaceholderHit, PlaceholderRule } from './types.js';

/**
 * A single x, X or × is a placeholder only where a number or a name belongs: before a unit (设会长x人,
 * X万元), in a range before a unit (理事x—x人), before the end of an organisation's name (X镇, X公司),
 * between 第 and an ordinal word (第X届, 第x期), or as the issuer of a document number (X政发〔2023〕18号). Elsewhere a lone letter is a letter (X光, x轴),
 * and × between numbers is a multiplication sign. A lone ○ reads the same (托原住民幼儿○人), but not
 * next to a Chinese numeral, where it is a zero (二○二三).
 */
const LETTER = /(?<![A-Za-z\d.〇零一二三四五六七八九十○])[xX×○](?![A-Za-z\d〇零一二三四五六七八九十○])/gu;
const RANGE = /^[—\-~至到]{1,2}[xX×](?![A-Za-z\d])/u;
/** Ordinal words after 第X: a term, a session, a batch, a round (第X条, 第X章 are article numbers, not blanks). */
const ORDINAL_AFTER = new Set([...'届次期批轮季']);
/** The issuer's abbreviation of a document number: X政发〔2023〕18号, X办字[20xx]. */
const ISSUER = /^\p{Script=Han}{1,4}[〔[]/u;

/** What the letter at `at` stands for, read from what follows it; null when it is just a letter. */
function reading(folded: string, at: number): SlotType | null {
  const next = at + 1;
  const unit = unitAt(folded, next);
  if (unit !== null) return unit.type;
  if (orgSuffixAt(folded, next) !== null || ISSUER.test(folded.slice(next, next + 6))) return 'org';
  return folded[at - 1] === '第' && (ORDINAL_AFTER.has(folded[next] as string) || ordinalSuffixAt(folded, next) !== null) ? 'ordinal' : null;
}

export const loneLetter: PlaceholderRule = {
  id: 'lone-letter',
  find(ctx) {
    const { folded, body } = ctx;
    const out: PlaceholderHit[] = [];
    const re = new RegExp(LETTER.source, LETTER.flags);
    re.lastIndex = body.start;
    for (let m = re.exec(folded); m !== null && m.index < body.end; m = re.exec(folded)) {
      const at = m.index;
      const range = RANGE.exec(folded.slice(at + 1, at + 4));
      if (range !== null) {
        const second = at + range[0].length;
        const type = reading(folded, second);
        if (type !== null) {
          // Both ends of the range take the type of the unit after the second (理事x—x人: counts).
          out.push({ span: { start: at, end: at + 1 }, type, confidence: CONFIDENCE.context }, { span: { start: second, end: second + 1 }, type, confidence: CONFIDENCE.context });
          re.lastIndex = second + 1;
        }
        continue;
      }
      const type = reading(folded, at);
      if (type !== null) out.push({ span: { start: at, end: at + 1 }, type, confidence: CONFIDENCE.context });
    }
    return out;
  },
};
