/**
 * Blank characters, one definition for every stage. Pages indent and separate with any of Unicode's
 * spaces: the ideographic space (U+3000, folded to a plain space), but also the EM SPACE that an
 * HTML `&emsp;` becomes (U+2003), the no-break space of `&nbsp;` (U+00A0), and the other spaces of
 * U+2000–U+200A, U+202F and U+205F. A stage that tested only for " " and "\t" read a line indented
 * with `&emsp;` as text, not as an indented line.
 */

/**
 * A blank inside a line: tab, vertical tab, form feed, "\r", every Unicode space separator (Zs:
 * U+0020, U+00A0, U+1680, U+2000–U+200A, U+202F, U+205F, U+3000), the zero-width space U+200B and
 * the BOM U+FEFF. Line breaks ("\n", U+2028, U+2029) are not included.
 */
export function isSpaceCode(c: number): boolean {
  if (c <= 32) return c === 32 || c === 9 || c === 11 || c === 12 || c === 13;
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** A blank of any kind: JavaScript's \s (Unicode White_Space, BOM) plus the zero-width space. */
export function isBlankCode(c: number): boolean {
  return isSpaceCode(c) || c === 10 || c === 0x2028 || c === 0x2029;
}

/**
 * The characters of isSpaceCode as the inside of a regular-expression class (`[${SPACE_CLASS}]`),
 * for patterns that allow a blank between two parts of a marker (第 1 條, 附件 1).
 */
export const SPACE_CLASS = '\\t\\v\\f\\r \\u00a0\\u1680\\u2000-\\u200b\\u202f\\u205f\\u3000\\ufeff';
