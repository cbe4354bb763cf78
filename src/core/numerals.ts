/**
 * One numeral parser for the whole project: Chinese numerals (〇 零 一 二 两 … 十 百 千 万 亿,
 * financial 壹 贰 叁 …), Arabic and full-width digits. Used for outline ordinals and slot values.
 */

const DIGITS: Record<string, number> = {
  〇: 0, 零: 0, 洞: 0,
  一: 1, 壹: 1, 幺: 1,
  二: 2, 贰: 2, 貳: 2, 两: 2, 兩: 2,
  三: 3, 叁: 3, 參: 3, 参: 3, 叄: 3,
  四: 4, 肆: 4,
  五: 5, 伍: 5,
  六: 6, 陆: 6, 陸: 6,
  七: 7, 柒: 7,
  八: 8, 捌: 8,
  九: 9, 玖: 9,
};

const SMALL_UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const BIG_UNITS: Record<string, number> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 };

/** Characters that can appear in a Chinese numeral (for building regular expressions). */
export const CHINESE_NUMERAL_CHARS = '〇零一二两兩三四五六七八九十百千万萬亿億壹贰貳叁參参肆伍陆陸柒捌玖拾佰仟';

export function isChineseDigit(ch: string): boolean {
  return ch in DIGITS;
}

/** Folds full-width digits to ASCII. */
export function toAsciiDigits(s: string): string {
  return s.replace(/[０-９．]/g, (c) => (c === '．' ? '.' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}

/**
 * Parses a Chinese integer: 十二, 一百二十, 两千, 三万五 (= 35000), 一千零五, 二〇二三 (digit by digit).
 * Returns null when `s` is not a well-formed numeral.
 */
export function parseChineseInteger(s: string): number | null {
  if (s.length === 0) return null;
  // Digit-by-digit form (years such as 二〇二三, 一九九八): three or more digits, no units.
  if ([...s].every((c) => c in DIGITS) && s.length >= 3) {
    if (/[两兩]/.test(s)) return null;
    let v = 0;
    for (const c of s) v = v * 10 + (DIGITS[c] as number);
    return v;
  }
  let total = 0; // completed 亿/万 groups
  let section = 0; // value below the current big unit
  let digit: number | null = null;
  let lastUnit = Infinity; // to accept the elided trailing unit: 三万五 = 35000, 两千五 = 2500
  let zeroSinceUnit = false; // 一千零五: after a 零 the last digit is units, not hundreds
  for (const c of s) {
    if (c in DIGITS) {
      if (digit !== null) return null; // two digits in a row: not this grammar
      const d = DIGITS[c] as number;
      if (d === 0) zeroSinceUnit = true;
      else digit = d;
    } else if (c in SMALL_UNITS) {
      const u = SMALL_UNITS[c] as number;
      // 百/千 need a digit; 十 alone means 一十, but only where a section starts (十二, not 十十).
      if (digit === null && (u !== 10 || section !== 0)) return null;
      section += (digit ?? 1) * u;
      digit = null;
      zeroSinceUnit = false;
      lastUnit = u;
    } else if (c in BIG_UNITS) {
      const u = BIG_UNITS[c] as number;
      const group = section + (digit ?? 0);
      if (group === 0 && total === 0) return null;
      // 亿 scales everything before it; 万 scales only its own group (一亿二千万 = 1.2e8).
      total = u === 1e8 ? (total + group) * u : total + group * u;
      section = 0;
      digit = null;
      zeroSinceUnit = false;
      lastUnit = u;
    } else {
      return null;
    }
  }
  if (digit !== null) {
    // Elided unit: 三万五 → 5 × 1000, 两千五 → 5 × 100; after 十 or a 零 the digit is units.
    const elided = lastUnit !== Infinity && lastUnit > 10 && !zeroSinceUnit;
    section += elided ? digit * unitBelow(lastUnit) : digit;
  }
  return total + section;
}

function unitBelow(u: number): number {
  if (u === 1e8) return 1e7;
  if (u === 1e4) return 1e3;
  return u / 10;
}

/**
 * Parses any numeral: Arabic (with full-width digits and decimals), Chinese, or mixed with a
 * Chinese big unit (3.5万 = 35000, 13万2 = 132000). Returns null when not a numeral.
 */
export function parseNumeral(raw: string): number | null {
  const s = toAsciiDigits(raw.trim()).replace(/,/g, '');
  if (s.length === 0) return null;
  if (/^\d+(\.\d+)?$/.test(s)) return Number(s);
  const mixed = /^(\d+(?:\.\d+)?)([万萬亿億])(\d)?$/.exec(s);
  if (mixed) {
    const unit = BIG_UNITS[mixed[2] as string] as number;
    const tail = mixed[3] === undefined ? 0 : Number(mixed[3]) * unitBelow(unit);
    return Math.round(Number(mixed[1]) * unit + tail);
  }
  // A decimal in Chinese numerals (二点五, 十二点零五): an integer, 点, then digits one by one.
  const decimal = /^(.+)[点點]([〇零一二三四五六七八九]+)$/u.exec(s);
  if (decimal) {
    const whole = parseChineseInteger(decimal[1] as string);
    if (whole === null) return null;
    const digits = [...(decimal[2] as string)].map((c) => DIGITS[c] as number).join('');
    return Number(`${whole}.${digits}`);
  }
  return parseChineseInteger(s);
}

/** Chinese numeral for an ordinal (1 → 一, 12 → 十二, 20 → 二十, 105 → 一百零五), for renumbering. */
export function toChineseNumeral(n: number): string {
  const d = '零一二三四五六七八九';
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`not a non-negative integer: ${n}`);
  if (n < 10) return d[n] as string;
  if (n < 20) return '十' + (n % 10 === 0 ? '' : d[n % 10]);
  if (n < 100) return d[Math.floor(n / 10)] + '十' + (n % 10 === 0 ? '' : d[n % 10]);
  if (n < 1000) {
    const rest = n % 100;
    const restText = rest === 0 ? '' : rest < 10 ? '零' + d[rest] : rest < 20 ? '一' + toChineseNumeral(rest) : toChineseNumeral(rest);
    return d[Math.floor(n / 100)] + '百' + restText;
  }
  return String(n);
}

/** Enclosed-numeral characters used as list markers (one character carries the whole marker). */
export type EnclosedNumeralKind = 'circled' | 'paren-digit' | 'stop-digit' | 'paren-ideograph';

// [first code point, last code point, value of the first, kind] — Unicode keeps each run contiguous.
const ENCLOSED_RANGES: ReadonlyArray<readonly [number, number, number, EnclosedNumeralKind]> = [
  [0x2460, 0x2473, 1, 'circled'], // ①…⑳
  [0x3251, 0x325f, 21, 'circled'], // ㉑…㉟
  [0x32b1, 0x32bf, 36, 'circled'], // ㊱…㊿
  [0x2474, 0x2487, 1, 'paren-digit'], // ⑴…⒇
  [0x2488, 0x249b, 1, 'stop-digit'], // ⒈…⒛
  [0x3220, 0x3229, 1, 'paren-ideograph'], // ㈠…㈩
];

/** Value and kind of one enclosed-numeral character (① → 1 circled, ⑴ → 1 paren-digit, ㈠ → 1 …), or null. */
export function parseEnclosedNumeral(ch: string): { value: number; kind: EnclosedNumeralKind } | null {
  if (ch.length !== 1) return null;
  const c = ch.charCodeAt(0);
  for (const [first, last, base, kind] of ENCLOSED_RANGES) {
    if (c >= first && c <= last) return { value: base + c - first, kind };
  }
  return null;
}

/** The enclosed-numeral character of `kind` for `value`, or null when Unicode has none (e.g. ⑴ stops at 20). */
export function toEnclosedNumeral(value: number, kind: EnclosedNumeralKind): string | null {
  for (const [first, last, base, k] of ENCLOSED_RANGES) {
    if (k === kind && value >= base && value <= base + last - first) return String.fromCharCode(first + value - base);
  }
  return null;
}
