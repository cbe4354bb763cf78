import { toChineseNumeral, toEnclosedNumeral } from '../../core/numerals.js';

/**
 * Word's number formats (w:numFmt, ECMA-376 ST_NumberFormat) as a reader sees them. A format
 * missing here, or a number past what a format can write (甲…癸 stop at 10), is written in decimal,
 * as Word does for formats it cannot render. `bullet` is not here: a bullet is not a number, and it
 * is dropped like a Markdown bullet.
 */
export type NumberFormat = (n: number) => string | null;

const STEMS = '甲乙丙丁戊己庚辛壬癸';
const BRANCHES = '子丑寅卯辰巳午未申酉戌亥';
const DIGITS_CN = '〇一二三四五六七八九';
const LEGAL_DIGITS = '零壹贰叁肆伍陆柒捌玖';

function fromList(list: string): NumberFormat {
  return (n) => (n >= 1 && n <= list.length ? (list[n - 1] as string) : null);
}

/** 1 → 一, 10 → 十, 11 → 十一, 20 → 二十, 105 → 一百零五: how Chinese plans count their sections. */
function chineseCounting(n: number): string | null {
  return n >= 0 && n < 1000 ? toChineseNumeral(n) : null;
}

/** 壹 贰 … 拾 拾壹 贰拾: the financial (legal) numerals, to 99. */
function chineseLegal(n: number): string | null {
  if (n < 1 || n > 99) return null;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  if (tens === 0) return LEGAL_DIGITS[ones] as string;
  return (tens === 1 ? '' : LEGAL_DIGITS[tens]) + '拾' + (ones === 0 ? '' : LEGAL_DIGITS[ones]);
}

/** Digit by digit: 10 → 一〇. */
function ideographDigital(n: number): string {
  return String(n).replace(/[0-9]/g, (d) => DIGITS_CN[Number(d)] as string);
}

/** A B … Z AA BB …: Word repeats the letter past Z. */
function letter(base: number): NumberFormat {
  return (n) => (n < 1 ? null : String.fromCharCode(base + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1));
}

function roman(n: number): string | null {
  if (n < 1 || n >= 4000) return null;
  const table: Array<[number, string]> = [
    [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
    [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
  ];
  let out = '';
  let rest = n;
  for (const [v, s] of table) {
    while (rest >= v) {
      out += s;
      rest -= v;
    }
  }
  return out;
}

const fullWidth = (n: number): string => String(n).replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)));
const enclosed = (kind: Parameters<typeof toEnclosedNumeral>[1]): NumberFormat => (n) => toEnclosedNumeral(n, kind);
/** ㊀ … ㊉ (circled ideographs 1–10). */
const ideographCircle: NumberFormat = (n) => (n >= 1 && n <= 10 ? String.fromCharCode(0x3280 + n - 1) : null);

export const NUMBER_FORMATS: Readonly<Record<string, NumberFormat>> = {
  decimal: (n) => String(n),
  decimalZero: (n) => (n < 10 ? `0${n}` : String(n)),
  decimalHalfWidth: (n) => String(n),
  decimalFullWidth: fullWidth,
  decimalFullWidth2: fullWidth,
  decimalEnclosedCircle: enclosed('circled'),
  decimalEnclosedCircleChinese: enclosed('circled'),
  decimalEnclosedFullstop: enclosed('stop-digit'),
  decimalEnclosedParen: enclosed('paren-digit'),
  chineseCounting,
  chineseCountingThousand: chineseCounting,
  japaneseCounting: chineseCounting,
  taiwaneseCounting: chineseCounting,
  taiwaneseCountingThousand: chineseCounting,
  koreanCounting: chineseCounting,
  chineseLegalSimplified: chineseLegal,
  ideographDigital,
  japaneseDigitalTenThousand: ideographDigital,
  taiwaneseDigital: ideographDigital,
  ideographTraditional: fromList(STEMS),
  ideographZodiac: fromList(BRANCHES),
  ideographEnclosedCircle: ideographCircle,
  ideographParenthesized: enclosed('paren-ideograph'),
  upperLetter: letter(0x41),
  lowerLetter: letter(0x61),
  upperRoman: roman,
  lowerRoman: (n) => roman(n)?.toLowerCase() ?? null,
};

/** `n` written in Word's `format` (decimal when the format is unknown or cannot write `n`). */
export function formatNumber(n: number, format: string): string {
  return NUMBER_FORMATS[format]?.(n) ?? String(n);
}
