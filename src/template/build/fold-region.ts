import type { Span } from '../../core/span.js';
import { atomRange, blockGlue, contentSpan, glueAt, valueSpans, viewOf } from './fold-access.js';
import { foldLevel } from './fold.js';
import { hollowFits, inRegion, sameContentHoles, slotHole } from './fold-slots.js';
import type { FoldInput, Hole, Level, Piece, PlacedSlot, SlotHole } from './fold-types.js';
import { blockExtent, hasClauseBreak, insertionPoint, isClause, placeOf } from './glue.js';
import { contentKey } from './stream.js';
import { typeVariable } from './variable-type.js';

/** A difference of the level: an owner slot, variable slots, or optional blocks cut at clause breaks. */

/** The holes of one difference [from, to) of the level. */
export function regionHoles(input: FoldInput, level: Level, region: [number, number], placed: readonly PlacedSlot[], used: Set<PlacedSlot>): Hole[] {
  const owner = level.members[0] ?? 0;
  const [from, to] = region;
  // A slot of the owner that is all the owner has here (the others' text in its place, whether
  // the aligner paired it with the slot or not): the members' values of that slot.
  const ownerAtoms = atomRange(input, owner, from, to);
  const exact = placed.find((p) => {
    if (used.has(p)) return false;
    if (p.to === p.from) return p.from === from && ownerAtoms[0] === ownerAtoms[1] && hollowFits(input, owner, region, p);
    const own = atomRange(input, owner, p.from, p.to);
    return p.from >= from && p.to <= to && own[0] === ownerAtoms[0] && own[1] === ownerAtoms[1];
  });
  if (exact !== undefined) {
    used.add(exact);
    const occurrences = valueSpans(input, level.members, from, to).map((o) => (o.member === owner ? { member: owner, span: exact.slot.span } : o));
    return [{ at: exact.slot.span, slot: slotHole(exact.slot, owner, occurrences) }];
  }
  // The same letters and digits everywhere (atoms cut otherwise: a marker one copy spaced out of
  // shape, digits a wrap split): no difference, only the owner's slots there, placed by content.
  const same = sameContentHoles(input, level, region, placed, used);
  if (same !== null) return same;
  // Owner slots inside the difference are part of it (a hollow one at its very end is not).
  for (const p of placed) if (inRegion(p, from, to)) used.add(p);
  const holes: Hole[] = [];
  let run: Piece[] = [];
  const flush = (): void => {
    if (run.length === 0) return;
    const first = run[0];
    const last = run[run.length - 1];
    run = [];
    if (first === undefined || last === undefined) return;
    const hole = variableHole(input, level, first.from, last.to);
    if (hole !== null) holes.push(hole);
  };
  const pieces = mergeBlocks(input, piecesOf(input, level, from, to));
  for (const piece of pieces) {
    if (piece.block === null) {
      run.push(piece);
      continue;
    }
    flush();
    holes.push(blockHole(input, level, piece));
  }
  flush();
  return holes;
}

/** The difference cut wherever every member with text on both sides has a clause break between. */
export function piecesOf(input: FoldInput, level: Level, from: number, to: number): Piece[] {
  const cuts = [from];
  for (let k = from + 1; k < to; k++) {
    const ok = level.members.every((m) => {
      const [a, b] = atomRange(input, m, from, to);
      const at = viewOf(input, m).next[k] ?? 0;
      if (at <= a || at >= b) return true;
      return hasClauseBreak(viewOf(input, m), glueAt(input, m, k));
    });
    if (ok) cuts.push(k);
  }
  cuts.push(to);
  const pieces: Piece[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const a = cuts[i] ?? from;
    const b = cuts[i + 1] ?? to;
    const present = level.members.filter((m) => contentSpan(input, m, a, b) !== null);
    const optional = present.length < level.members.length && present.every((m) => isClause(viewOf(input, m), blockGlue(input, m, a, b)));
    pieces.push({ from: a, to: b, block: optional ? present : null });
  }
  return pieces;
}

/** Neighbouring block pieces with the same members are one block, unless a paragraph ends between. */
export function mergeBlocks(input: FoldInput, pieces: Piece[]): Piece[] {
  const out: Piece[] = [];
  for (const p of pieces) {
    const last = out[out.length - 1];
    if (last !== undefined && last.block !== null && p.block !== null && sameMembers(last.block, p.block)) {
      const q = p.block[0] ?? 0;
      const glue = glueAt(input, q, p.from);
      if (!viewOf(input, q).folded.slice(glue.start, glue.end).includes('\n')) {
        last.to = p.to;
        continue;
      }
    }
    out.push({ ...p });
  }
  return out;
}

export function sameMembers(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

export function blockHole(input: FoldInput, level: Level, piece: Piece): Hole {
  const members = piece.block ?? [];
  const q = members[0] ?? 0;
  const qView = viewOf(input, q);
  const glue = blockGlue(input, q, piece.from, piece.to);
  const content = contentSpan(input, q, piece.from, piece.to) ?? { start: glue.before.end, end: glue.before.end };
  const extent = blockExtent(qView, glue, content);
  const holes = foldLevel(input, { members, from: piece.from, to: piece.to, extent });
  const owner = level.members[0] ?? 0;
  let at = extent;
  if (owner !== q) {
    const ownerGlue = glueAt(input, owner, piece.from);
    const pos = insertionPoint(viewOf(input, owner), ownerGlue, placeOf(qView, glue), !glue.hasBefore);
    at = { start: pos, end: pos };
  }
  return { at, block: { members, extent, holes } };
}

/**
 * A variable slot over [from, to): typed like detected slots when every value is a number before
 * the same unit; a member's own detected slot exactly there lends its kind and type. Outline numbers
 * that differ (四 against 三) are no slot: numbering is surface.
 */
export function variableHole(input: FoldInput, level: Level, from: number, to: number): Hole | null {
  let occurrences = valueSpans(input, level.members, from, to);
  const inMarker = occurrences.every(({ member, span }) => span.start === span.end || viewOf(input, member).markers.some((k) => k.start <= span.start && span.end <= k.end));
  if (inMarker) return null;
  // The same letters and digits in every member (an outline marker one copy spaced out of shape,
  // 1、 against 1 、): no content differs, the difference is surface.
  const contents = occurrences.map(({ member, span }) => contentKey(viewOf(input, member).text.slice(span.start, span.end)));
  if (contents.every((c) => c === contents[0])) return null;
  const values = occurrences.map(({ member, span }) => viewOf(input, member).text.slice(span.start, span.end));
  // Values may share characters at their ends (三万元 / 四万元): when the rest is a number, the shared
  // ends stay text and the slot is typed by the unit after it.
  const [pre, post] = sharedEnds(values);
  if (pre + post > 0) {
    const trimmed = occurrences.map(({ member, span }) => ({ member, span: { start: span.start + pre, end: span.end - post } }));
    const lead = trimmed[0];
    if (lead !== undefined) {
      const probe = typeVariable(
        values.map((v) => v.slice(pre, v.length - post)),
        viewOf(input, lead.member).document,
        lead.span,
      );
      if (probe.type !== 'text') occurrences = trimmed;
    }
  }
  for (const { member, span } of occurrences) {
    const own = viewOf(input, member).slots.find((s) => s.span.start === span.start && s.span.end === span.end && span.end > span.start);
    if (own !== undefined) return { at: ownerSpan(occurrences), slot: { ...slotHole(own, member, occurrences), kind: own.kind === 'literal' || own.kind === 'placeholder' ? own.kind : 'variable' } };
  }
  const lead = occurrences.find(({ span }) => span.end > span.start) ?? occurrences[0];
  if (lead === undefined) return null;
  const typed = typeVariable(
    occurrences.map(({ member, span }) => viewOf(input, member).text.slice(span.start, span.end)),
    viewOf(input, lead.member).document,
    lead.span,
  );
  return { at: ownerSpan(occurrences), slot: { kind: 'variable', type: typed.type, unit: typed.unit, source: null, occurrences } };
}

export function ownerSpan(occurrences: SlotHole['occurrences']): Span {
  return occurrences[0]?.span ?? { start: 0, end: 0 };
}

/** Lengths of the prefix and suffix every value shares (not overlapping, never splitting a surrogate pair). */
export function sharedEnds(values: readonly string[]): [number, number] {
  const first = values[0] ?? '';
  if (values.length < 2 || values.some((v) => v.length === 0)) return [0, 0];
  const shortest = values.reduce((m, v) => Math.min(m, v.length), Infinity);
  let pre = 0;
  while (pre < shortest && values.every((v) => v[pre] === first[pre])) pre++;
  let post = 0;
  while (post < shortest - pre && values.every((v) => v[v.length - 1 - post] === first[first.length - 1 - post])) post++;
  const high = (c: string | undefined): boolean => c !== undefined && c >= '\ud800' && c <= '\udbff';
  if (pre > 0 && high(first[pre - 1])) pre--;
  if (post > 0 && high(first[first.length - 1 - post])) post--;
  return [pre, post];
}
