import { parseNumeral } from '../core/numerals.js';

/**
 * The number part of a header: Arabic digits (already half-width in the folded text) or a Chinese
 * numeral (一 … 九十九). One regex fragment so every heuristic reads numbers the same way.
 */
export const HEADER_NUMBER = '([0-9]{1,3}|[一二三四五六七八九十两〇零]{1,4})';

/**
 * What may follow the marker on a header line: nothing, or a subtitle after a separator
 * ("篇一：加强管理" — ：is ":" after the width fold) or after a space ("范文2 工会计划").
 */
export const SUBTITLE = String.raw`(?:\s*[:、.\-—]\s*\S.*|\s+\S.*)?`;

/** Parses a header number; null for zero and for text that is not a numeral. */
export function headerNumber(raw: string): number | null {
  const n = parseNumeral(raw);
  return n === null || !Number.isInteger(n) || n < 1 ? null : n;
}

/** Stems are compared with whitespace and edge punctuation removed ("2023年计划 " ≡ "2023年计划："). */
export function normalizeStem(s: string): string {
  return s.replace(/\s+/g, '').replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, '');
}
