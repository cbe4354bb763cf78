import { COUNTED_BEFORE, straddlingWord } from './hollow-words.js';
import { peopleContextBefore } from './cues.js';
import { endsWithAt, inRegions, isChineseNumeralChar, isHan } from './context.js';
import type { DetectContext, RawSlot, SlotDetector } from './types.js';
import { unitAt, unitText, type UnitMatch } from './units.js';

/**
 * Hollow blanks: 范文 sites strip digits, so 公司现有员工人 means 公司现有员工 __ 人. A unit with no
 * numeral before it is a blank when
 *  1. the unit ends its clause: punctuation (or 以上/左右 then punctuation) follows — a unit
 *     character followed by more Han text is the start of a word (人员, 项目, 条件, 次数);
 *  2. nothing that quantifies stands before it: no numeral, no determiner (这个, 每项, 首次, 若干);
 *  3. no word reaches across the blank into the unit (工人, 个人, 国家, 层次, 事项 — hollow-words.ts),
 *     unless a counted noun ends right before it (员工人 is 员工 __ 人 although 工人 is a word);
 *  4. for 人 and 名, people are being counted: a person noun or a counting verb before it;
 *  5. it is not inside a quoted slogan (“人人讲安全”).
 * The blank's column is where the number belongs: before the unit, and before 余 in 万余元.
 */

/** Base units a hollow blank can stand before; calendar words (年, 月, 日) are rules of their own. */
const HOLLOW_BASES = new Set([
  '元', '%', '‰', '个百分点', '人次', '人', '名', '个月', '个', '项', '条', '户', '次', '期', '家', '台', '套', '篇', '场', '所', '件',
]);
/** Units that count people: 人 ends too many words for the word list alone. */
const PEOPLE_BASES = new Set(['人', '名', '人次']);
/** Percent signs are blanks wherever they lack a number; nothing else follows them in prose. */
const SIGN_BASES = new Set(['%', '‰']);

/** Characters that quantify on their own; a unit after them has its number already. */
const DETERMINERS = new Set([...'几数半每某这那哪此该本其首末第单双整全上下前后多少余好些诸逐历屡再累俩']);
const DETERMINER_WORDS = ['若干', '一些', '多少', '好几', '部分'];

/** What may follow a hollow unit (after 以上/左右): the clause ends. */
const RIGHT_BREAKS = new Set([',', '。', ';', ':', '!', '?', '、', '\n', '(', ')', ' ', '/', '…', '—']);
/** Money and percent may also be followed by 的 (给予元的奖励, 提高%的). */
const AMOUNT_RIGHT = new Set(['的']);

function leftAllows(folded: string, at: number, sign: boolean): boolean {
  const left = folded[at - 1];
  if (!(isHan(left) || left === '”' || left === '》')) return false;
  if (isChineseNumeralChar(left)) return false;
  // A sign is never counted by a determiner: 成本% is 成本 __%, though 本 quantifies (本项, 本次).
  if (sign) return true;
  if (DETERMINERS.has(left as string)) return false;
  return !DETERMINER_WORDS.some((w) => endsWithAt(folded, at, w));
}

function rightAllows(folded: string, m: UnitMatch, ceiling: number): boolean {
  if (SIGN_BASES.has(m.base)) return true;
  if (m.tailEnd >= ceiling) return true;
  const next = folded[m.tailEnd] as string;
  if (RIGHT_BREAKS.has(next)) return true;
  return (m.type === 'amount' || m.type === 'percent') && AMOUNT_RIGHT.has(next);
}

function straddles(folded: string, at: number, end: number): boolean {
  for (let j = at + 1; j <= end; j++) {
    if (straddlingWord(folded, at, j) !== null) return !COUNTED_BEFORE.some((w) => endsWithAt(folded, at, w));
  }
  return false;
}

export interface HollowCandidate {
  at: number;
  unit: UnitMatch;
}

/** The hollow candidates that pass rules 1–3 and 5 (rule 4 is applied by the detector). */
export function hollowCandidates(ctx: DetectContext): HollowCandidate[] {
  const { folded, body, quotes } = ctx;
  const out: HollowCandidate[] = [];
  for (let i = body.start + 1; i < body.end; i++) {
    // 万余元 / 余万元 / 万元: the scale may stand first; 千元 reads as "a thousand yuan", so no 千.
    const m = unitAt(folded, i, ['万', '亿']);
    if (m === null || !HOLLOW_BASES.has(m.base) || m.end > body.end) continue;
    if (folded[i] === '多') continue; // 多人, 多项: "many", not a stripped number
    // The tail of a longer unit (次 of 人次, 元 of 万元) is not a unit of its own.
    const before = unitAt(folded, i - 1, ['万', '亿']);
    if (before !== null && before.end > i) continue;
    if (inRegions(quotes, i)) continue;
    if (!leftAllows(folded, i, SIGN_BASES.has(m.base)) || !rightAllows(folded, m, body.end) || straddles(folded, i, m.end)) continue;
    out.push({ at: i, unit: m });
    i = m.end - 1;
  }
  return out;
}

export const hollowDetector: SlotDetector = {
  name: 'hollow',
  detect(ctx: DetectContext): RawSlot[] {
    const out: RawSlot[] = [];
    for (const { at, unit } of hollowCandidates(ctx)) {
      if (PEOPLE_BASES.has(unit.base) && unit.scale === 1 && !peopleContextBefore(ctx.folded, at)) continue;
      const slot: RawSlot = {
        kind: 'hollow',
        type: unit.type,
        unit: unitText(ctx.doc.text, unit),
        span: { start: at, end: at },
        value: '',
        detector: 'hollow',
      };
      if (unit.scale !== 1 || unit.qualifiers.length > 0) {
        slot.parsed = unit.scale !== 1 ? { scale: unit.scale, qualifiers: unit.qualifiers } : { qualifiers: unit.qualifiers };
        if (unit.qualifiers.length === 0) delete slot.parsed.qualifiers;
      }
      out.push(slot);
    }
    return out;
  },
};
