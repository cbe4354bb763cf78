/**
 * Tags plankit sets itself, whatever jieba says: placeholders are one token tagged 'ph', and a token
 * made only of punctuation, symbols, whitespace or control characters is tagged 'x' (jieba's own
 * tag for them). Without `pos`, every other token is tagged '' (not tagged).
 */
export const TAG_PLACEHOLDER = 'ph';
export const TAG_NON_WORD = 'x';
export const TAG_NONE = '';

const NON_WORD = /^[\s\p{P}\p{S}\p{C}\p{Z}]+$/u;

/** True when `text` has no letter, digit or ideograph. Fast path for the common CJK/ASCII word. */
export function isNonWord(text: string): boolean {
  const c = text.charCodeAt(0);
  if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) {
    return false;
  }
  return NON_WORD.test(text);
}
