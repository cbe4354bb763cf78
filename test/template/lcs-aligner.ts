import type { Aligner } from '../../src/template/build/columns.js';

/**
 * A plain LCS aligner for testing the template builder on its own (the production aligner is the
 * align stage's). Paragraphs match when equal or when their character bigrams overlap enough.
 */
function lcs(a: readonly string[], b: readonly string[], same: (x: string, y: string) => boolean): Array<[number, number]> {
  const n = a.length;
  const m = b.length;
  const dp: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      dp[i]![j] = same(a[i]!, b[j]!) ? dp[i + 1]![j + 1]! + 1 : Math.max(dp[i + 1]![j]!, dp[i]![j + 1]!);
    }
  }
  const out: Array<[number, number]> = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (same(a[i]!, b[j]!) && dp[i]![j] === dp[i + 1]![j + 1]! + 1) out.push([i++, j++]);
    else if (dp[i + 1]![j]! >= dp[i]![j + 1]!) i++;
    else j++;
  }
  return out;
}

function bigrams(s: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < s.length; i++) out.add(s.slice(i, i + 2));
  return out;
}

export function similar(x: string, y: string): boolean {
  if (x === y) return true;
  const a = bigrams(x);
  const b = bigrams(y);
  if (a.size === 0 || b.size === 0) return false;
  let common = 0;
  for (const g of a) if (b.has(g)) common++;
  return (2 * common) / (a.size + b.size) >= 0.5;
}

export const lcsAligner: Aligner = {
  matchParagraphs: (a, b) => lcs(a, b, similar),
  matchTokens: (a, b) => lcs(a, b, (x, y) => x === y),
};
