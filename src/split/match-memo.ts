import type { HeaderHeuristic, HeaderMatch } from './types.js';

interface Seen {
  length: number;
  match: HeaderMatch | null;
}

/**
 * What each header heuristic read at each place of one page's masked text. A page is read for
 * headers up to three times (for its related lists, then with every style, then again with the
 * stems it turned out to know) and a heuristic's match is a function of the piece it reads alone,
 * so the later passes take the earlier answers instead of running the same expressions on the same
 * lines again. A piece is named by its offset and length in the text (hashing the piece itself cost
 * more than it saved); a memo asked about another text forgets what it knew. Matches are shared:
 * callers copy before they change one.
 */
export class MatchMemo {
  private text: string | null = null;
  private readonly byHeuristic = new Map<HeaderHeuristic, Map<number, Seen>>();

  /** `h` on text.slice(start, start + piece.length), which is `piece`. */
  match(h: HeaderHeuristic, text: string, start: number, piece: string): HeaderMatch | null {
    if (text !== this.text) {
      this.text = text;
      this.byHeuristic.clear();
    }
    let seen = this.byHeuristic.get(h);
    if (seen === undefined) this.byHeuristic.set(h, (seen = new Map<number, Seen>()));
    const known = seen.get(start);
    if (known !== undefined && known.length === piece.length) return known.match;
    const match = h.match(piece);
    seen.set(start, { length: piece.length, match });
    return match;
  }
}
