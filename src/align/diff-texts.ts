import diff from 'fast-diff';
import type { TextDiffOp } from './types.js';

/**
 * Character-level diff of two texts with fast-diff. `cleanup` (default on) applies its semantic
 * cleanup, which merges scattered one-character equalities into larger edits so a person can read
 * the result; ranges are UTF-16 offsets into a and b (surrogate pairs are never split).
 */
export function diffTexts(a: string, b: string, options: { cleanup?: boolean } = {}): TextDiffOp[] {
  const out: TextDiffOp[] = [];
  let i = 0;
  let j = 0;
  for (const [kind, text] of diff(a, b, undefined, options.cleanup ?? true)) {
    const n = text.length;
    if (n === 0) continue;
    if (kind === diff.EQUAL) {
      out.push({ op: 'equal', a: [i, i + n], b: [j, j + n], text });
      i += n;
      j += n;
    } else if (kind === diff.DELETE) {
      out.push({ op: 'delete', a: [i, i + n], b: [j, j], text });
      i += n;
    } else {
      out.push({ op: 'insert', a: [i, i], b: [j, j + n], text });
      j += n;
    }
  }
  return out;
}
