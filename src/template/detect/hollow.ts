import { diagnostic } from '../../core/diagnostics.js';
import { boundCueBefore, peopleContextBefore, peopleVerbBefore, strongCueBefore } from './cues.js';
import { endsWithAt, inRegions, isChineseNumeralChar, isDigit, isHan } from './context.js';
import { COUNTED_BEFORE, isDeterminerBefore, startingWord, straddlingWord } from './hollow-words.js';
import { countedNounAt, countsNouns } from './hollow-noun.js';
import type { Span } from '../../core/span.js';
import { cues, unitsWith } from './lexicon/tables.js';
import { CONFIDENCE } from './confidence.js';
import type { DetectContext, RawSlot, SlotDetector } from './types.js';
import { BLANK_SCALES, unitAt, unitText, type UnitMatch } from './units.js';

/**
 * Hollow blanks: 范文 sites strip digits, so 公司现有员工人 means 公司现有员工 __ 人. A unit with no
 * numeral before it is a blank when
 *  1. the unit ends its clause: punctuation (or 以上/左右 then punctuation) follows — a unit
 *     character followed by more Han text is the start of a word (人员, 项目, 条件, 次数). After a
 *     strong cue (全镇__个行政村, 为期__天的) or in a list after a quantity (扑火队1支、__人) more
 *     text may follow, as long as the unit does not start a word there;
 *  2. nothing that quantifies stands before it: no numeral, no determiner (这个, 每项, 首次, 若干);
 *  3. no word reaches across the blank into the unit (工人, 个人, 国家, 层次, 事项 — hollow-words.ts),
 *     unless a counted noun ends right before it (员工人 is 员工 __ 人 although 工人 is a word);
 *  4. for 人, people are being counted: a person noun or a counting verb before it;
 *  5. it is not inside a quoted slogan or a title (“人人讲安全”).
 * When the unit does not end its clause, a cue before it and the noun after it may still make it a
 * blank (辖区__个老旧小区, 为__名高龄老人): hollow-noun.ts.
 * The blank's column is where the number belongs: before the unit, and before 余 in 万余元.
 */

/** Base units a hollow blank can stand before; calendar words (年, 月, 日) are rules of their own. */
const HOLLOW_BASES = unitsWith('hollow');
/** Units that are nouns too (不随意增减课时): at the end of a clause, a blank only after a bound (不少于__学时). */
const NOUN_UNITS = unitsWith('noun-unit');
/** Units before which 、 does not end the clause: 米、面、油 are goods, not a length. */
const NO_LIST_RIGHT = unitsWith('no-list-right');
/**
 * Units too often the end of a word to be blanks at the end of a clause (宣传周, 重阳节, 办事处, 开支,
 * 审批, 时间, 各种, 各类, 板块, 岗位), yet blanks after a strong cue or in a list: 为期__周的培训,
 * 对全镇__处地质灾害隐患点.
 */
const CUED_BASES = unitsWith('cued');
/** Measures that may be followed by 的 like money (修建长__米的步道). */
const MEASURE_BASES = unitsWith('measure');
/** 人 ends too many words (工人, 个人, 主人 …) for the word list alone: it needs people counted. */
const PEOPLE_BASES = unitsWith('people');
/** Percent signs are blanks wherever they lack a number; nothing else follows them in prose. */
const SIGN_BASES = unitsWith('sign');
/** What may stand before a percent sign besides Han text: 合格率≥%. */
const SIGN_LEFT = new Set(['≥', '≤', '>', '<', '”', '》']);

const DETERMINER_WORDS = cues('determiner-word');

/** What may follow a hollow unit (after 以上/左右): the clause ends. */
const RIGHT_BREAKS = new Set([',', '。', ';', ':', '!', '?', '、', '\n', '(', ')', ' ', '/', '…', '—']);
/** Money and percent may also be followed by 的 (给予元的奖励, 提高%的). */
const AMOUNT_RIGHT = new Set(['的']);
/** Lengths of time (data/lexicon/units.tsv role duration) and what may follow them. */
const DURATION_BASES = unitsWith('duration');
const DURATION_RIGHT = /^(?:内|以内|之内|后|以后|之后|前|以前|之前|的|或)/u;
/** A unit followed by the other end of a range: 至/到 and a number, a scale or a unit (元至万元). */
const RANGE_RIGHT = /^(?:至|到)(?:[\d万亿千]|[元人个])/u;
/** Enumeration marks that continue a list of quantities (1支、__人). */
const LIST_MARKS = new Set(['、']);

/**
 * A tier of amounts opening its clause (…；__元至__万元的，由…；__万元以上的，…): money may stand
 * first when a range or a bound follows it.
 */
const TIER_RIGHT = /^(?:至|到|以上|以下|以内)/u;
const CLAUSE_OPEN = new Set([';', ',', ':', '。', '\n']);

function tierOpens(folded: string, at: number, m: UnitMatch): boolean {
  return m.type === 'amount' && CLAUSE_OPEN.has(folded[at - 1] as string) && TIER_RIGHT.test(folded.slice(m.end, m.end + 2));
}

function leftAllows(folded: string, at: number, sign: boolean): boolean {
  const left = folded[at - 1];
  if (sign) return isHan(left) ? !isChineseNumeralChar(left) : SIGN_LEFT.has(left as string);
  if (!(isHan(left) || left === '”' || left === '》')) return false;
  if (isChineseNumeralChar(left) || isDeterminerBefore(folded, at)) return false;
  return !DETERMINER_WORDS.some((w) => endsWithAt(folded, at, w));
}

function rightAllows(folded: string, m: UnitMatch, ceiling: number): boolean {
  if (SIGN_BASES.has(m.base)) return true;
  if (m.tailEnd >= ceiling) return true;
  const next = folded[m.tailEnd] as string;
  if (next === '、' && NO_LIST_RIGHT.has(m.base)) return false;
  if (RIGHT_BREAKS.has(next)) return true;
  // A length of time before 内/后/前 or 的 (在__个工作日内, 超过__分钟的) ends its phrase.
  if (DURATION_BASES.has(m.base) && m.tailEnd === m.end && DURATION_RIGHT.test(folded.slice(m.end, m.end + 2))) return true;
  // A range goes on to its second end (__元至__万元).
  if (RANGE_RIGHT.test(folded.slice(m.tailEnd, m.tailEnd + 3))) return true;
  return (m.type === 'amount' || m.type === 'percent' || MEASURE_BASES.has(m.base)) && AMOUNT_RIGHT.has(next);
}

/** The listed word that reaches across the blank into the unit (工人, 市场), unless a counted noun ends at the blank. */
function straddling(folded: string, at: number, end: number): Span | null {
  for (let j = at + 1; j <= end; j++) {
    const w = straddlingWord(folded, at, j);
    if (w !== null) {
      // 员工|人 (工人), 超过|分钟 (过分): a counted noun or a bound ending at the blank cuts the word.
      const bound = boundCueBefore(folded, at);
      return COUNTED_BEFORE.some((c) => endsWithAt(folded, at, c)) || (bound !== null && bound.length >= 2) ? null : { start: j - w.length, end: j };
    }
  }
  return null;
}

function straddles(folded: string, at: number, end: number): boolean {
  return straddling(folded, at, end) !== null;
}

/**
 * hollow-noun.ts's reading: a cue before the unit and its noun after it. A straddling word yields
 * when it starts inside a longer verb cue (排查|处 is not 排|查处; but 全|市场主体, the cue being a
 * scope noun) or, made of a one-character cue and the unit (为名), when the counted noun is
 * confirmed (为__名高龄老人); 近期 stays a word.
 */
function countsNoun(folded: string, at: number, m: UnitMatch, end: number, window: number): boolean {
  const noun = countedNounAt(folded, at, m, end, window);
  if (noun === null || !leftAllows(folded, at, false)) return false;
  const word = straddling(folded, at, m.end);
  if (word === null || (noun.verb && word.start > at - noun.cue.length)) return true;
  return noun.head && word.start === at - 1 && word.end === at + 1;
}

/** Longest list item (characters between its quantity and the list mark): 全县__个乡镇、 */
const LIST_ITEM_MAX = 8;

/**
 * True when `at` follows a list mark whose item holds a quantity: a number and unit (扑火队1支、)
 * or a blank accepted just before (全县__个乡镇、__家企业).
 */
function continuesList(folded: string, at: number, blanks: ReadonlySet<number>): boolean {
  if (!LIST_MARKS.has(folded[at - 1] as string)) return false;
  const mark = at - 1;
  for (let p = mark - 1; p >= Math.max(0, mark - LIST_ITEM_MAX); p--) {
    const c = folded[p] as string;
    if (RIGHT_BREAKS.has(c) && c !== ' ') return false; // the previous item ends here
    if (blanks.has(p)) return true;
    if (isDigit(folded[p - 1]) || isChineseNumeralChar(folded[p - 1])) {
      if (!isDigit(c) && !isChineseNumeralChar(c) && unitAt(folded, p) !== null) return true;
    }
  }
  return false;
}

export interface HollowCandidate {
  at: number;
  unit: UnitMatch;
  /** Accepted through a strong cue or a list (rule 1's exception), which also counts as people context. */
  cued: boolean;
  /** Which reading accepted it: the unit ends its clause, a list of quantities, a strong cue, or a cue and the noun after. */
  rule: 'clause-end' | 'list' | 'strong-cue' | 'noun-after';
}

/** The hollow candidates that pass rules 1–3 and 5 (rule 4 is applied by the detector). */
export function hollowCandidates(ctx: DetectContext): HollowCandidate[] {
  const { folded, body, quotes } = ctx;
  const out: HollowCandidate[] = [];
  const blanks = new Set<number>();
  for (let i = body.start + 1; i < body.end; i++) {
    // 万余元 / 余万元 / 万元: the scale may stand first; 千元 reads as "a thousand yuan", so no 千.
    const m = unitAt(folded, i, BLANK_SCALES);
    if (m === null || m.end > body.end) continue;
    const clauseUnit = HOLLOW_BASES.has(m.base);
    const cuedUnit = clauseUnit || CUED_BASES.has(m.base);
    if (!cuedUnit && !countsNouns(m.base)) continue;
    if (folded[i] === '多') continue; // 多人, 多项: "many", not a stripped number
    // The tail of a longer unit (次 of 人次, 元 of 万元) is not a unit of its own.
    const before = unitAt(folded, i - 1, BLANK_SCALES);
    if (before !== null && before.end > i) continue;
    if (inRegions(quotes, i)) continue;
    const sign = SIGN_BASES.has(m.base);
    const listed = cuedUnit && !sign && continuesList(folded, i, blanks);
    // 名 counts nothing but people: after a verb that selects people (选送__名护士) it is a blank too.
    const bound = boundCueBefore(folded, i);
    const cue = strongCueBefore(folded, i) ?? (bound !== null && bound.length >= 2 ? bound : null) ?? (m.base === '名' ? peopleVerbBefore(folded, i) : null);
    const strong = cuedUnit && !sign && !listed && cue !== null && leftAllows(folded, i, false);
    let rule: HollowCandidate['rule'] | null = null;
    if (listed || strong) {
      // A word that starts with the unit and goes on past it (个人 after 全镇__) is not a blank.
      const word = m.tailEnd >= body.end ? null : startingWord(folded, m.end - m.base.length);
      if ((word === null || word.length <= m.base.length) && !straddles(folded, i, m.end)) rule = listed ? 'list' : 'strong-cue';
    }
    if (rule === null && clauseUnit && (!NOUN_UNITS.has(m.base) || bound !== null)) {
      if ((leftAllows(folded, i, sign) || tierOpens(folded, i, m)) && rightAllows(folded, m, body.end) && !straddles(folded, i, m.end)) rule = 'clause-end';
    }
    if (rule === null && !sign && countsNoun(folded, i, m, body.end, ctx.nounHeadWindow)) rule = 'noun-after';
    if (rule === null) continue;
    out.push({ at: i, unit: m, cued: rule !== 'clause-end', rule });
    blanks.add(i);
    i = m.end - 1;
  }
  return out;
}

export const hollowDetector: SlotDetector = {
  name: 'hollow',
  detect(ctx: DetectContext): RawSlot[] {
    const out: RawSlot[] = [];
    for (const { at, unit, cued, rule } of hollowCandidates(ctx)) {
      if (PEOPLE_BASES.has(unit.base) && unit.scale === 1 && !cued && !peopleContextBefore(ctx.folded, at)) {
        // Everything but the people rule holds: worth a look (a blank after an unlisted noun?).
        ctx.report(
          diagnostic('slot-ambiguous', 'template/hollow', 'info', { start: at, end: at }, { before: ctx.doc.text.slice(Math.max(ctx.body.start, at - 6), at), unit: unit.base }),
        );
        continue;
      }
      const slot: RawSlot = {
        kind: 'hollow',
        type: unit.type,
        unit: unitText(ctx.doc.text, unit),
        span: { start: at, end: at },
        value: '',
        detector: 'hollow',
        rule: `hollow/${rule}`,
        confidence: rule === 'clause-end' ? CONFIDENCE.unit : CONFIDENCE.cued,
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
