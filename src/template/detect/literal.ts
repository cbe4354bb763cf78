import type { ParsedQuantity, SlotType } from '../../core/template.js';
import { quantityCueBefore } from './cues.js';
import { countCueBefore } from './count-cues.js';
import { CLAUSE_BREAK, endsWithAt, inRegions, isChineseNumeralChar } from './context.js';
import { cues, unitsWith } from './lexicon/tables.js';
import { nameReason } from './names.js';
import type { Span } from '../../core/span.js';
import { NUMBER_RE, numberAt, splitNumber } from './numbers.js';
import { CONFIDENCE } from './confidence.js';
import { wholeTokens } from './token-bounds.js';
import type { DetectContext, RawSlot, SlotDetector } from './types.js';
import { PRE_QUALIFIERS, SCALES, unitAt, unitText, type UnitMatch } from './units.js';

/**
 * Concrete quantities the next user would change: 8个, 4户, 11人次, 1000元, 3万元左右, 7000元以上,
 * 3—5项, 6000—10000元, 100%, 2023年, 6月, 3月8日. The slot spans the number only; the unit and
 * approximation words stay text. Numbers that are names (names.ts) are left out unless `all`.
 */

const YEAR_MIN = 1900;
const YEAR_MAX = 2100;
const MONTHS = 12;
const DAYS = 31;

/** 2023年, 09年, 二〇二三年 are years; 3年 is a duration (a count of years). */
function isYearNumber(text: string, arabic: boolean, value: number | null): boolean {
  if (value === null || !Number.isInteger(value)) return false;
  if (arabic) return (text.length === 4 && value >= YEAR_MIN && value <= YEAR_MAX) || /^0\d$/.test(text);
  return text.length >= 3 && [...text].every((c) => !'十百千万亿'.includes(c));
}

/**
 * What may follow a month written in Chinese numerals for it to be a month (九月：新生入园, 三月份,
 * 十月底, 三月八日): elsewhere 一月/三月 are as often durations or parts of phrases (一月一次).
 */
const CN_MONTH_AFTER = /^(?:份|底|初|中旬|上旬|下旬|[:：至到—\-~]|[〇零一二三四五六七八九十\d]+[日号])/u;

function typeOf(unit: UnitMatch, text: string, arabic: boolean, values: Array<number | null>, folded: string, start: number): SlotType | null {
  const v = values.length === 1 ? (values[0] ?? null) : null;
  const before = folded[start - 1];
  switch (unit.base) {
    case '年':
      return isYearNumber(text, arabic, v) ? 'year' : 'count';
    case '月': {
      if (v === null || !Number.isInteger(v) || v < 1 || v > MONTHS || unit.scale !== 1) return null;
      if (arabic || before === '年' || before === '\n' || before === undefined) return 'date';
      return CN_MONTH_AFTER.test(folded.slice(unit.end, unit.end + 4)) ? 'date' : null;
    }
    case '日':
    case '号':
      // A day in Chinese numerals only after its month (三月八日): 术前一日, 一日常规 are not dates.
      if (!arabic && before !== '月') return null;
      return v !== null && Number.isInteger(v) && v >= 1 && v <= DAYS && unit.scale === 1 && (unit.base === '日' || before === '月') ? 'date' : null;
    default:
      return unit.type;
  }
}

/**
 * A length of time in Chinese numerals that an office sets and the next would change: 五个工作日内,
 * 保存十年, 提前两天, 每周五天 — a duration unit followed by 内/后/前, or after a word that takes a
 * length of time (data/lexicon/cues.tsv, duration-cue).
 */
const DURATION_UNITS = unitsWith('duration');
const DURATION_CUES = cues('duration-cue');
const DURATION_AFTER = /^(?:内|以内|之内|后|以后|之后|前|以前|之前|以上)/u;

function durationReading(folded: string, start: number, unit: UnitMatch): boolean {
  // 年 and 日 count years and days here (保存十年, 十五日内) besides naming them.
  if (!DURATION_UNITS.has(unit.base) && unit.base !== '年' && unit.base !== '日') return false;
  if (DURATION_AFTER.test(folded.slice(unit.end, unit.end + 2))) return true;
  return DURATION_CUES.some((w) => endsWithAt(folded, start, w));
}

/** Why a one-character numeral before `unit` is a quantity: a cue before it, a duration, or its own word. */
function singleNumeralRule(ctx: DetectContext, start: number, unit: UnitMatch): 'cued' | 'duration' | 'word' | null {
  const { folded } = ctx;
  if (quantityCueBefore(folded, start) !== null || countCueBefore(folded, start) !== null) return 'cued';
  if (durationReading(folded, start, unit)) return 'duration';
  return wholeTokens(ctx.tokens, start, unit.end) && standsAlone(folded, unit) ? 'word' : null;
}

/**
 * A one-numeral word the segmenter cut out (七元, 三人) is a quantity when it is a sum of money
 * (新台币七元), or a count that closes its clause (小组成员三人。, 技术士三人以上): before a noun a
 * one-numeral count names a kind or a size (四类收集容器, 两人一组, 三倍罚款, 前二项规定), and a
 * length of time is left to the duration rule (追溯二年).
 */
function standsAlone(folded: string, unit: UnitMatch): boolean {
  if (unit.type === 'amount') return true;
  if (unit.type !== 'count' || DURATION_UNITS.has(unit.base) || unit.base === '年') return false;
  const next = folded[unit.tailEnd];
  return next === undefined || CLAUSE_BREAK.has(next);
}
const singleNumeralReading = (ctx: DetectContext, start: number, unit: UnitMatch): boolean => singleNumeralRule(ctx, start, unit) !== null;

function preQualifier(folded: string, at: number): string | null {
  for (const q of PRE_QUALIFIERS) if (folded.startsWith(q, at - q.length)) return q;
  return null;
}

function parsedOf(values: Array<number | null>, scale: number, qualifiers: string[]): ParsedQuantity {
  const scaled = values.map((v) => (v === null ? null : Math.round(v * scale * 1e6) / 1e6));
  const out: ParsedQuantity = {};
  if (scaled.length === 1 && scaled[0] !== null && scaled[0] !== undefined) out.value = scaled[0];
  else if (scaled.length === 2 && scaled[0] != null && scaled[1] != null) {
    out.min = scaled[0];
    out.max = scaled[1];
  }
  if (scale !== 1) out.scale = scale;
  if (qualifiers.length > 0) out.qualifiers = qualifiers;
  return out;
}

/** The end of the excluded span that holds `start`, when the number [start, end) runs past it. */
function markerEndInside(spans: readonly Span[], start: number, end: number): number | null {
  for (const x of spans) {
    if (x.start > start) return null;
    if (start < x.end) return x.end < end ? x.end : null;
  }
  return null;
}

export const literalDetector: SlotDetector = {
  name: 'literal',
  detect(ctx: DetectContext): RawSlot[] {
    const { folded, doc, body, quotes } = ctx;
    const out: RawSlot[] = [];
    const re = new RegExp(NUMBER_RE.source, NUMBER_RE.flags);
    re.lastIndex = body.start;
    for (let m = re.exec(folded); m !== null && m.index < body.end; m = re.exec(folded)) {
      let start = m.index;
      let matched = m[0];
      // A number that starts inside an excluded marker is read from where the marker ends (2.2小时:
      // item 2. then 2小时); otherwise the exclusion would drop the quantity with the marker.
      const cut = markerEndInside(ctx.notBlanks, start, start + matched.length);
      if (cut !== null) {
        const again = numberAt(folded, cut);
        if (again === null) continue;
        start = cut;
        matched = again;
        re.lastIndex = cut + again.length;
      }
      let end = start + matched.length;
      if (end > body.end) break;
      const arabic = /^\d/.test(matched);
      // 三万元: the 万 belongs to the unit (value 三, unit 万元), as for 3万元. The scale makes it a
      // quantity wherever it stands (新台币十万元, 五千元): no cue word is needed.
      let scaled = false;
      if (!arabic && end - start > 1 && (folded[end - 1] as string) in SCALES) {
        const u = unitAt(folded, end - 1);
        if (u !== null && u.scale !== 1) {
          end--;
          scaled = true;
        }
      }
      const text = folded.slice(start, end);
      const { parts } = splitNumber(text);
      const single = parts.length === 1 ? (parts[0] ?? null) : null;
      const reason = nameReason({ folded, quotes, start, end, arabic, value: single });
      // 第2年 (the second year of a programme) is this organisation's own count of years.
      if (reason === 'ordinal 第' && arabic && folded[end] === '年' && !inRegions(quotes, start)) {
        out.push({ kind: 'literal', type: 'ordinal', unit: doc.text[end] as string, span: { start, end }, value: doc.text.slice(start, end), detector: 'literal', rule: 'literal/ordinal-year', confidence: CONFIDENCE.cued });
        continue;
      }
      if (reason !== null) {
        if (ctx.all) {
          out.push({ kind: 'literal', type: 'ordinal', unit: '', span: { start, end }, value: doc.text.slice(start, end), detector: 'literal', rule: `literal/name-${reason.split(' ')[0]}`, confidence: CONFIDENCE.name });
        }
        continue;
      }
      if (parts.some((p) => p === null)) continue;
      const unit = unitAt(folded, end);
      if (unit === null) continue;
      // 六十年代, 20世纪: a decade or a century is a name of a time, not a value.
      if (unit.base === '年' && folded[unit.end] === '代') continue;
      // 名列前三名, 前10位: a rank.
      if (folded[start - 1] === '前' && (unit.base === '名' || unit.base === '位') && unit.end === unit.tailEnd && !isChineseNumeralChar(folded[start - 2])) {
        out.push({ kind: 'literal', type: 'ordinal', unit: unitText(doc.text, unit), span: { start, end }, value: doc.text.slice(start, end), detector: 'literal', rule: 'literal/rank', confidence: CONFIDENCE.cued });
        continue;
      }
      const type = typeOf(unit, text, arabic, parts, folded, start);
      if (type === null) continue;
      const quantity = type === 'count' || type === 'amount' || type === 'percent';
      if (!arabic && quantity) {
        // A one-character Chinese numeral is mostly part of a word (一元化, 三元里, 三大规程) or an
        // article (一个, 一次): it counts only after a cue word (了二期, 连续三天), or where the
        // segmenter cuts the number and its unit out as a word of its own and nothing follows that
        // makes it a kind (新台币七元, 成员三人。; standsAlone), and 一 never. Longer numerals (二十三户, 一百二十人) are quantities wherever they stand.
        if (!scaled && (text === '一' || (text.length === 1 && !singleNumeralReading(ctx, start, unit)))) continue;
        if (isChineseNumeralChar(folded[start - 1])) continue;
      }
      const pre = preQualifier(folded, start);
      const qualifiers = pre === null ? unit.qualifiers : [pre, ...unit.qualifiers];
      const scale = type === 'date' || type === 'year' ? 1 : unit.scale;
      out.push({
        kind: 'literal',
        type,
        unit: unitText(doc.text, unit),
        span: { start, end },
        value: doc.text.slice(start, end),
        parsed: parsedOf(parts, scale, qualifiers),
        detector: 'literal',
        rule: arabic ? 'literal/arabic-unit' : !quantity ? 'literal/chinese-date' : text.length > 1 || scaled ? 'literal/chinese-unit' : `literal/chinese-${singleNumeralRule(ctx, start, unit) ?? 'cued'}`,
        // A date in Chinese numerals (二〇〇四年六月二十六日) is as concrete as one in digits.
        confidence: arabic || !quantity ? CONFIDENCE.unit : CONFIDENCE.words,
        claim: { start, end: unit.tailEnd },
      });
    }
    return out;
  },
};
