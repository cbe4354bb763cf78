import type { Token } from '../../core/document.js';
import type { Span } from '../../core/span.js';
import { CLAUSE_BREAK_CODES, clauseEnd, clauseStart } from './context.js';

/**
 * What labelling looks up for every slot — where the clause around it starts and ends, and the
 * first token boundary after a point — answered by binary search over offsets collected once per
 * body, instead of walking the text back to the line start or the tokens from the first one. On a
 * page with few clause breaks (one long line, punctuation stripped) the walks made labelling
 * quadratic: a 1 MB line took minutes. Answers are exactly those of clauseStart, clauseEnd and a
 * scan of the tokens; a position outside the indexed range falls back to the scan.
 */
export class LabelIndex {
  /** Offsets of clause-break characters in [from, to), ascending. */
  private readonly breaks: Int32Array;
  /** Token start offsets, ascending (tokens come in text order). */
  private readonly tokenStarts: Int32Array | null;

  private constructor(
    private readonly text: string,
    private readonly from: number,
    private readonly to: number,
    tokens: readonly Token[] | undefined,
  ) {
    let n = 0;
    for (let i = from; i < to; i++) if (CLAUSE_BREAK_CODES.has(text.charCodeAt(i))) n++;
    this.breaks = new Int32Array(n);
    n = 0;
    for (let i = from; i < to; i++) if (CLAUSE_BREAK_CODES.has(text.charCodeAt(i))) this.breaks[n++] = i;
    let starts: Int32Array | null = null;
    if (tokens !== undefined) {
      starts = new Int32Array(tokens.length);
      for (let k = 0; k < tokens.length; k++) starts[k] = (tokens[k] as Token).span.start;
    }
    this.tokenStarts = starts;
  }

  /** An index of `folded` over `range` (give the whole lines the slots of a body lie on). */
  static of(folded: string, range: Span, tokens?: readonly Token[]): LabelIndex {
    return new LabelIndex(folded, Math.max(0, range.start), Math.min(folded.length, range.end), tokens);
  }

  /** clauseStart(text, at, floor). */
  clauseStart(at: number, floor: number): number {
    if (at <= floor) return at;
    if (floor < this.from || at > this.to) return clauseStart(this.text, at, floor);
    // The last break b with floor <= b < at: the clause starts after it.
    const k = lowerBound(this.breaks, at) - 1;
    if (k >= 0 && (this.breaks[k] as number) >= floor) return (this.breaks[k] as number) + 1;
    return floor;
  }

  /** clauseEnd(text, at, ceiling). */
  clauseEnd(at: number, ceiling: number): number {
    if (at >= ceiling) return at;
    if (at < this.from || ceiling > this.to) return clauseEnd(this.text, at, ceiling);
    const k = lowerBound(this.breaks, at);
    if (k < this.breaks.length && (this.breaks[k] as number) < ceiling) return this.breaks[k] as number;
    return ceiling;
  }

  /**
   * The first token start in [at, end), as a scan of the tokens in order would find it (the scan
   * also stops at a token starting past `end`), or `at` when there is none or no tokens.
   */
  snapToToken(at: number, end: number): number {
    const starts = this.tokenStarts;
    if (starts === null) return at;
    const k = lowerBound(starts, at);
    if (k < starts.length && (starts[k] as number) < end) {
      // Tokens are in text order, so no earlier token starts past `end` to stop a scan before k.
      return starts[k] as number;
    }
    return at;
  }
}

/** The first position whose value is >= x (values ascending). */
function lowerBound(values: Int32Array, x: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((values[mid] as number) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
