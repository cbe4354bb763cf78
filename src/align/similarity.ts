/**
 * Paragraph similarity: Dice coefficient of character-bigram multisets over the paragraph's letters
 * and digits (whitespace and punctuation ignored). Cheap, order-aware enough to tell an edited
 * paragraph (≈ 0.8–1) from another paragraph of the same genre (≈ 0.1–0.3), and symmetric.
 */

/** Whitespace and punctuation removed, ASCII lowercased: paragraphs equal on this key are equal. */
export function paragraphKey(p: string): string {
  return p.replace(/[^\p{L}\p{N}]+/gu, '').toLowerCase();
}

/** Sorted bigram codes of a key (a one-character key is its own "bigram"). */
export function bigrams(key: string): Uint32Array {
  if (key.length === 0) return new Uint32Array(0);
  if (key.length === 1) return Uint32Array.of(key.charCodeAt(0));
  const out = new Uint32Array(key.length - 1);
  for (let i = 0; i + 1 < key.length; i++) out[i] = ((key.charCodeAt(i) << 16) | key.charCodeAt(i + 1)) >>> 0;
  return out.sort();
}

/** 2·|A∩B| / (|A| + |B|) over multisets; 1 for two empty paragraphs. */
export function dice(a: Uint32Array, b: Uint32Array): number {
  if (a.length + b.length === 0) return 1;
  let i = 0;
  let j = 0;
  let common = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      common++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return (2 * common) / (a.length + b.length);
}
