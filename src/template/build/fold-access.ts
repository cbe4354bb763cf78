import type { Span } from '../../core/span.js';
import { hasClauseBreak, type BlockGlue } from './glue.js';
import type { FoldInput, SlotHole } from './fold-types.js';
import type { MemberView } from './member.js';

/** Reading the alignment: a member's atoms, glue and text in a run of columns. */

export function viewOf(input: FoldInput, m: number): MemberView {
  const v = input.views[m];
  if (v === undefined) throw new Error(`no member ${m}`);
  return v;
}

export function atomAt(input: FoldInput, m: number, c: number): number {
  return input.alignment.columns[c]?.[m] ?? -1;
}

export function keyOf(input: FoldInput, m: number, atom: number): string {
  return input.views[m]?.atoms[atom]?.key ?? '';
}

export function isShared(input: FoldInput, members: readonly number[], c: number): boolean {
  const first = atomAt(input, members[0] ?? 0, c);
  if (first < 0) return false;
  const key = keyOf(input, members[0] ?? 0, first);
  return members.every((m) => {
    const a = atomAt(input, m, c);
    return a >= 0 && keyOf(input, m, a) === key;
  });
}

/** Index of the first atom of `view` that ends after `offset`. */
export function firstAtomFrom(view: MemberView, offset: number): number {
  let lo = 0;
  let hi = view.atoms.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((view.atoms[mid]?.span.end ?? 0) <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Member m's atoms in columns [from, to): [first, end) atom indices. */
export function atomRange(input: FoldInput, m: number, from: number, to: number): [number, number] {
  const next = viewOf(input, m).next;
  return [next[from] ?? 0, next[to] ?? 0];
}

export function ownerEmpty(input: FoldInput, owner: number, region: [number, number]): boolean {
  const [a, b] = atomRange(input, owner, region[0], region[1]);
  return a === b;
}

/** The glue of member m at the column boundary c: from its atom before c to its atom at or after c. */
export function glueAt(input: FoldInput, m: number, c: number): Span {
  const view = viewOf(input, m);
  const i = view.next[c] ?? 0;
  const prev = view.atoms[i - 1];
  const next = view.atoms[i];
  return { start: prev?.span.end ?? view.body.start, end: next?.span.start ?? view.body.end };
}

export function contentSpan(input: FoldInput, m: number, from: number, to: number): Span | null {
  const [a, b] = atomRange(input, m, from, to);
  if (a === b) return null;
  const atoms = viewOf(input, m).atoms;
  return { start: atoms[a]?.span.start ?? 0, end: atoms[b - 1]?.span.end ?? 0 };
}

/** Member m's glue on both sides of its atoms in [from, to) (which it must have). */
export function blockGlue(input: FoldInput, m: number, from: number, to: number): BlockGlue {
  const view = viewOf(input, m);
  const [a, b] = atomRange(input, m, from, to);
  const prev = view.atoms[a - 1];
  const next = view.atoms[b];
  const first = view.atoms[a];
  const last = view.atoms[b - 1];
  return {
    before: { start: prev?.span.end ?? view.body.start, end: first?.span.start ?? view.body.start },
    hasBefore: prev !== undefined,
    after: { start: last?.span.end ?? view.body.end, end: next?.span.start ?? view.body.end },
    hasAfter: next !== undefined,
  };
}

/** Each member's text in [from, to): its atoms' span, or an empty span where the others' text goes. */
export function valueSpans(input: FoldInput, members: readonly number[], from: number, to: number): SlotHole['occurrences'] {
  const spans = members.map((m) => contentSpan(input, m, from, to));
  // Where a member has nothing: after its glue when the others' text follows a break, else before it.
  const ref = members.find((_, i) => spans[i] !== null);
  const refBreak = ref !== undefined && hasClauseBreak(viewOf(input, ref), blockGlue(input, ref, from, to).before);
  return members.map((m, i) => {
    const span = spans[i];
    if (span !== null && span !== undefined) return { member: m, span };
    const glue = glueAt(input, m, from);
    const pos = refBreak ? glue.end : glue.start;
    return { member: m, span: { start: pos, end: pos } };
  });
}
