import type { MarkerProblem } from '../../core/diagnostics.js';
import { parseChineseInteger } from '../../core/numerals.js';
import type { OutlineStyle } from '../../core/outline.js';
import type { ResolvedOutlineOptions } from '../options.js';

/** What a marker rule found at a position of the folded text. */
export interface MarkerMatch {
  style: OutlineStyle;
  /** Offset just after the marker (trailing 、 or . of variants such as (一)、 included). */
  end: number;
  ordinal: number;
  /**
   * Identity of the level on the tree stack; the style itself except for decimal markers, where
   * 1.1 and 1.1.1 are different levels of one style.
   */
  key: string;
  /** Items of one key number one run only within one scope (decimal 2.1 is not the successor of 1.3). */
  scope?: string;
  /** Why the marker is a misformed variant of its style, and the form intended: (二、) written for (二). */
  malformed?: { problem: MarkerProblem; intended: string };
  /** cn-seq: 最后 takes whatever number comes next, so the run check fills the ordinal in. */
  ordinalFollowsRun?: boolean;
}

export interface MarkerRule {
  style: OutlineStyle;
  /** Cheap first-character test, so most lines are rejected before any regular expression runs. */
  first: RegExp;
  /** The marker at `at` (a line start after indentation, or an inline position), or null. */
  match(text: string, at: number, lineEnd: number, options: ResolvedOutlineOptions): MarkerMatch | null;
  /**
   * Regular expression source of the marker inside a paragraph, for the styles that enumerate
   * inline (一是…二是, 第一，…第二，, 首先…其次, ①…②, (1)…(2)). Absent for heading-only styles.
   */
  inline?: { source: string; needsBoundary: boolean };
  /** The marker as written, renumbered to `n` in the same form (full-width digits stay full-width). */
  renumber(written: string, n: number): string;
}

/** Chinese numerals an ordinal is written with (after the fold: Simplified; financial forms included). */
export const CN_ORDINAL_CHARS = '一二三四五六七八九十百零〇两壹贰叁参肆伍陆柒捌玖拾佰';
export const CN_ORDINAL = `[${CN_ORDINAL_CHARS}]`;

/**
 * An ordinal written in Chinese: 一 … 九十九, 一百零五. Digit strings without a unit (一二, 二〇二三)
 * are years or codes, not ordinals.
 */
export function cnOrdinal(s: string): number | null {
  if (s.length >= 2 && !/[十百拾佰]/.test(s)) return null;
  const v = parseChineseInteger(s);
  return v !== null && v >= 1 ? v : null;
}

export function arabicOrdinal(s: string, max: number): number | null {
  if (s.length === 0 || s.length > 4) return null;
  const v = Number(s);
  return Number.isInteger(v) && v >= 1 && v <= max ? v : null;
}

/** Runs a sticky regular expression at `at`. */
export function execAt(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

const CN_NUMERAL_RUN = new RegExp(`${CN_ORDINAL}+`);
const DIGIT_RUN = /[0-9０-９]+/;

/** Replaces the first Chinese numeral in `written` by `n` (一、 → 三、, (十一) → (十二)). */
export function renumberChinese(written: string, n: number, toChinese: (n: number) => string): string {
  return written.replace(CN_NUMERAL_RUN, toChinese(n));
}

/** Replaces the first digit run in `written` by `n`, keeping full-width digits full-width. */
export function renumberArabic(written: string, n: number): string {
  return written.replace(DIGIT_RUN, (digits) => {
    const wide = digits.charCodeAt(0) >= 0xff10;
    const s = String(n);
    return wide ? s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)) : s;
  });
}
