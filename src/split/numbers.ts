import { parseNumeral } from '../core/numerals.js';

/**
 * The number part of a header: Arabic digits (already half-width in the folded text, and not the
 * start of a longer number) or a Chinese numeral (一 … 九十九). One regex fragment so every heuristic
 * reads numbers the same way. Run-together text glues a body's year onto the header (篇1 + 20xx年 →
 * "篇120xx年"): one or two digits followed by a year read as the header number and the year.
 */
export const HEADER_NUMBER = '([0-9]{1,2}(?=(?:19|20)[0-9xX_×○]{2}(?![0-9]))|[0-9]{1,3}(?![0-9])|[一二三四五六七八九十两〇零]{1,4})';

/** Parses a header number; null for zero and for text that is not a numeral. */
export function headerNumber(raw: string): number | null {
  const n = parseNumeral(raw);
  return n === null || !Number.isInteger(n) || n < 1 ? null : n;
}

/** Stems are compared with whitespace and edge punctuation removed ("2023年计划 " ≡ "2023年计划："). */
export function normalizeStem(s: string): string {
  return s.replace(/\s+/g, '').replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, '');
}

/**
 * A stem is a title, never a sentence: no sentence or clause punctuation inside it, and no date or
 * document number (中華民國96年9月5日台體(一)字第… is an order's date line, not a title with (一)).
 */
export const STEM_SENTENCE = /[。,;!?，；:]|[0-9〇零一二三四五六七八九十]+年[0-9〇零一二三四五六七八九十]+月|[0-9]+月[0-9]+日|字第/;
