import { blockGlue, contentSpan, firstAtomFrom, glueAt, viewOf } from './fold-access.js';
import { blockHole } from './fold-region.js';
import type { FoldInput, Hole, Level } from './fold-types.js';
import { hasClauseBreak, isClause } from './glue.js';
import type { MemberView } from './member.js';
import { contentKey } from './stream.js';
import { pushAll } from '../../core/push-all.js';

/**
 * Between anchors this long (letters the members share), differences are one stretch.
 * Copies whose front matter differs (an order's header against a database's promulgation lines)
 * align in scraps there: shared names and dates make many small word slots.
 */
export const STRONG_ANCHOR = 20;

/** A stretch with this many text slots is scraps of an alignment, not words that differ. */
export const TANGLED_TEXT_SLOTS = 2;

/**
 * Tangled stretches become alternatives: when the holes between two strong anchors hold at least
 * TANGLED_TEXT_SLOTS text slots, each distinct version of the stretch becomes an optional block of
 * the members that have it (the owner's version last), provided every version is whole clauses.
 */
export function untangle(input: FoldInput, level: Level, holes: Hole[]): Hole[] {
  const owner = level.members[0] ?? 0;
  const view = viewOf(input, owner);
  const out: Hole[] = [];
  for (let i = 0; i < holes.length; ) {
    if (holes[i]?.differs !== true) {
      out.push(holes[i] as Hole);
      i++;
      continue;
    }
    // The stretch: differences chained by short shared runs (owner slots inside it come along).
    let last = i;
    for (let k = i + 1; k < holes.length; k++) {
      if (holes[k]?.differs !== true) continue;
      if (contentBetween(view, holes[last], holes[k]) >= STRONG_ANCHOR) break;
      last = k;
    }
    let j = last + 1;
    const stretch = holes.slice(i, j);
    const tangled = stretch.filter((h) => 'slot' in h && h.slot.kind === 'variable' && h.slot.type === 'text').length >= TANGLED_TEXT_SLOTS;
    const alternatives = tangled ? alternativesOf(input, level, stretch) : null;
    if (alternatives === null) {
      pushAll(out, stretch);
      i = j;
      continue;
    }
    // The alternatives cover whole clauses: holes of the owner's text inside them go.
    while (out.length > 0 && (out[out.length - 1]?.at.start ?? -1) >= alternatives.start) out.pop();
    while (j < holes.length && (holes[j]?.at.end ?? Infinity) <= alternatives.end) j++;
    pushAll(out, alternatives.holes);
    i = j;
  }
  return out;
}

/** Every member of the level has a clause break (or its text's edge) at column boundary c. */
function clauseBoundary(input: FoldInput, level: Level, c: number): boolean {
  return level.members.every((m) => {
    const view = viewOf(input, m);
    const i = view.next[c] ?? 0;
    if (i === 0 || i >= view.atoms.length) return true;
    return hasClauseBreak(view, glueAt(input, m, c));
  });
}

/** Letters of the owner's text between two holes (shared numbers anchor nothing: they are slots). */
export function contentBetween(view: MemberView, a: Hole | undefined, b: Hole | undefined): number {
  if (a === undefined || b === undefined) return Infinity;
  return view.text.slice(a.at.end, b.at.start).replace(/[^\p{L}]/gu, '').length;
}

export function alternativesOf(input: FoldInput, level: Level, stretch: readonly Hole[]): { holes: Hole[]; start: number; end: number } | null {
  const owner = level.members[0] ?? 0;
  const view = viewOf(input, owner);
  const first = stretch[0];
  const last = stretch[stretch.length - 1];
  if (first === undefined || last === undefined) return null;
  // The columns between the owner's atoms around the stretch.
  const before = firstAtomFrom(view, first.at.start) - 1;
  const after = firstAtomFrom(view, Math.max(first.at.start, last.at.end));
  let from = before < 0 ? level.from : (view.columnOf[before] ?? level.from) + 1;
  let to = after >= view.atoms.length ? level.to : (view.columnOf[after] ?? level.to);
  if (from < level.from || to > level.to || from >= to) return null;
  // Out to whole clauses in every member.
  while (from > level.from && !clauseBoundary(input, level, from)) from--;
  while (to < level.to && !clauseBoundary(input, level, to)) to++;
  const versions = new Map<string, number[]>();
  for (const m of level.members) {
    const span = contentSpan(input, m, from, to);
    if (span === null) continue;
    if (!isClause(viewOf(input, m), blockGlue(input, m, from, to))) return null;
    const key = contentKey(viewOf(input, m).text.slice(span.start, span.end));
    versions.set(key, [...(versions.get(key) ?? []), m]);
  }
  if (versions.size < 2) return null;
  const groups = [...versions.values()].sort((a, b) => Number(a.includes(owner)) - Number(b.includes(owner)));
  const blocks = groups.map((members) => blockHole(input, level, { from, to, block: members }));
  const own = blocks[blocks.length - 1];
  const ownIsLast = groups[groups.length - 1]?.includes(owner) === true;
  const at = own !== undefined && ownIsLast ? own.at.start : (blocks[0]?.at.start ?? first.at.start);
  const holes = blocks.map((b, k) => (k === blocks.length - 1 && ownIsLast ? b : { ...b, at: { start: at, end: at } }));
  const ownSpan = contentSpan(input, owner, from, to);
  return { holes, start: Math.min(at, ownSpan?.start ?? at), end: Math.max(own?.at.end ?? at, ownSpan?.end ?? at) };
}
