/**
 * Confidence levels the slot rules give (Slot.confidence): how sure a rule is that every good template
 * has a blank at its place. One scale for every rule so that `--min-confidence` means the same thing
 * everywhere; the levels follow what the rules are right about on the dev set (README, slot figures).
 */
export const CONFIDENCE = {
  /** A placeholder whose shape alone says "fill in": 20xx, 201x, __, ××, ○○, [姓名], 年 月 日 form blanks. */
  shape: 0.95,
  /** A number with its unit, a unit with no number at the end of a clause, a date, a time, a document number. */
  unit: 0.9,
  /** A blank or number accepted through a cue word: 全镇__个行政村, 为期__天, 为__名高龄老人. */
  cued: 0.8,
  /** A lone letter or mark read by its context (X镇, x人, ***公司); 某某. */
  context: 0.7,
  /** A quantity in Chinese numerals an office would change: 五个工作日内, 保存十年, 十二个月. */
  words: 0.6,
  /** Defensible either way: a redacted *, a ~ for a number. */
  weak: 0.45,
  /** A number that names something (大干100天, 九届三次), reported only with `all`. */
  name: 0.2,
} as const;
