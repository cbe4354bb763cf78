import diff from 'fast-diff';
import { Interner, tokenCount } from './intern.js';
import type { DiffOp } from './types.js';

/**
 * Diff of two token sequences (words, sentences, paragraphs — anything compared by equality): tokens
 * are interned to single code points and fast-diff (Myers' O(ND) bisection with common prefix/suffix
 * trimming) runs on the two strings. Ranges are token indices. Minimal in practice; on long inputs
 * fast-diff's half-match speed-up may give up a few matches for speed. `cleanup` applies its semantic
 * cleanup (fewer, longer edits) — off by default.
 */
export function diffTokens(a: readonly string[], b: readonly string[], options: { cleanup?: boolean } = {}): DiffOp[] {
  const interner = new Interner();
  const sa = interner.encode(a);
  const sb = interner.encode(b);
  const out: DiffOp[] = [];
  let i = 0;
  let j = 0;
  for (const [kind, text] of diff(sa, sb, undefined, options.cleanup ?? false)) {
    const n = tokenCount(text);
    if (n === 0) continue;
    if (kind === diff.EQUAL) {
      out.push({ op: 'equal', a: [i, i + n], b: [j, j + n] });
      i += n;
      j += n;
    } else if (kind === diff.DELETE) {
      out.push({ op: 'delete', a: [i, i + n], b: [j, j] });
      i += n;
    } else {
      out.push({ op: 'insert', a: [i, i], b: [j, j + n] });
      j += n;
    }
  }
  if (i !== a.length || j !== b.length) throw new Error(`diffTokens: diff does not cover the input (${i}/${a.length}, ${j}/${b.length})`);
  return out;
}
