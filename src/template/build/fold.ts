import type { Span } from '../../core/span.js';
import type { Slot, SlotKind, SlotType } from '../../core/template.js';
import type { Alignment } from './columns.js';
import { blockExtent, hasClauseBreak, insertionPoint, isClause, placeOf, type BlockGlue } from './glue.js';
import type { MemberView } from './member.js';
import { contentKey, contentOffsets } from './stream.js';
import { typeVariable } from './variable-type.js';

/**
 * The fold over aligned columns: a level is a set of members and a run of columns; its first member
 * (the owner) gives the text. Columns where every member has the same atom are shared text. A slot
 * the owner's detectors found becomes a slot of every member (projected through the columns). Runs of
 * other columns are differences: a slot of the owner exactly there, or cut at clause breaks into
 * pieces — a piece some members lack entirely and that is a clause in the others is an optional
 * block (a level of its own), anything else a variable slot. The result is holes in the owner's text.
 */
export interface SlotHole {
  kind: SlotKind;
  type: SlotType;
  unit: string;
  /** The member whose detector found it, and that slot (absent for a variable slot). */
  source: { member: number; slot: Slot } | null;
  /** Per member of the level: its span (empty where it has no value). */
  occurrences: Array<{ member: number; span: Span }>;
}

export interface BlockHole {
  /** Members that have the passage; the first is its owner. */
  members: number[];
  /** In the owner's text: the passage with its glue. */
  extent: Span;
  holes: Hole[];
}

/** A hole in the owner's text: `at` is replaced by the slot or the block. */
export type Hole = { at: Span; slot: SlotHole } | { at: Span; block: BlockHole };

export interface FoldInput {
  alignment: Alignment;
  views: readonly MemberView[];
}

interface Level {
  members: readonly number[];
  from: number;
  to: number;
  /** The owner's text the level covers (body, or the block's extent). */
  extent: Span;
}

/** Where an owner slot lies in the columns: [from, to) for a slot over atoms, from = to for a hollow one. */
interface PlacedSlot {
  slot: Slot;
  from: number;
  to: number;
}

export function foldTemplate(input: FoldInput): Hole[] {
  const all = input.views.map((_, m) => m);
  const owner = input.views[0];
  if (owner === undefined) return [];
  return foldLevel(input, { members: all, from: 0, to: input.alignment.columns.length, extent: owner.body });
}

function atomAt(input: FoldInput, m: number, c: number): number {
  return input.alignment.columns[c]?.[m] ?? -1;
}

function keyOf(input: FoldInput, m: number, atom: number): string {
  return input.views[m]?.atoms[atom]?.key ?? '';
}

function isShared(input: FoldInput, members: readonly number[], c: number): boolean {
  const first = atomAt(input, members[0] ?? 0, c);
  if (first < 0) return false;
  const key = keyOf(input, members[0] ?? 0, first);
  return members.every((m) => {
    const a = atomAt(input, m, c);
    return a >= 0 && keyOf(input, m, a) === key;
  });
}

function foldLevel(input: FoldInput, level: Level): Hole[] {
  const owner = level.members[0] ?? 0;
  const view = viewOf(input, owner);
  const placed = placeSlots(input, owner, level);
  const shared: boolean[] = [];
  for (let c = level.from; c < level.to; c++) shared[c - level.from] = isShared(input, level.members, c);
  // Differences, widened to whole owner slots they touch (二百 against 三百 is one slot, not 二/三).
  const regions: Array<[number, number]> = [];
  for (let c = level.from; c < level.to; ) {
    if (shared[c - level.from] === true) {
      c++;
      continue;
    }
    let end = c + 1;
    while (end < level.to && shared[end - level.from] !== true) end++;
    let start = c;
    for (let changed = true; changed; ) {
      changed = false;
      for (const p of placed) {
        if (p.to > p.from && p.from < end && p.to > start && (p.from < start || p.to > end)) {
          start = Math.min(start, p.from);
          end = Math.max(end, p.to);
          changed = true;
        }
      }
    }
    const last = regions[regions.length - 1];
    if (last !== undefined && start <= last[1]) last[1] = Math.max(last[1], end);
    else regions.push([start, end]);
    c = end;
  }

  const holes: Hole[] = [];
  const used = new Set<PlacedSlot>();
  let r = 0;
  for (let c = level.from; c <= level.to; ) {
    const region = regions[r];
    // Slots the owner has at this column boundary, outside any difference.
    for (const p of placed) {
      if (used.has(p) || p.from !== c) continue;
      if (p.to === p.from && region !== undefined && region[0] === c && ownerEmpty(input, owner, region) && hollowFits(input, owner, region, p)) continue;
      if (region !== undefined && p.from >= region[0] && p.to <= region[1] && !(p.to === p.from && p.from === region[0])) continue;
      used.add(p);
      holes.push(projected(input, level, p));
    }
    if (c === level.to) break;
    if (region !== undefined && region[0] === c) {
      holes.push(...regionHoles(input, level, region, placed, used));
      c = region[1];
      r++;
      continue;
    }
    c++;
  }
  return clampToExtent(holes, level.extent, view.text.length);
}

function viewOf(input: FoldInput, m: number): MemberView {
  const v = input.views[m];
  if (v === undefined) throw new Error(`no member ${m}`);
  return v;
}

/** The owner's detected slots inside the level, placed on the columns. */
function placeSlots(input: FoldInput, owner: number, level: Level): PlacedSlot[] {
  const view = viewOf(input, owner);
  const out: PlacedSlot[] = [];
  for (const slot of view.slots) {
    if (slot.span.start < level.extent.start || slot.span.end > level.extent.end) continue;
    const first = firstAtomFrom(view, slot.span.start);
    if (slot.span.end > slot.span.start) {
      let last = first;
      while (last < view.atoms.length && (view.atoms[last]?.span.start ?? Infinity) < slot.span.end) last++;
      if (last > first) {
        const from = view.columnOf[first] ?? level.to;
        const to = (view.columnOf[last - 1] ?? level.to) + 1;
        if (from >= level.from && to <= level.to) out.push({ slot, from, to });
        continue;
      }
    }
    const at = first < view.atoms.length ? (view.columnOf[first] ?? level.to) : level.to;
    if (at >= level.from && at <= level.to) out.push({ slot, from: Math.min(at, level.to), to: Math.min(at, level.to) });
  }
  return out;
}

/** Index of the first atom of `view` that ends after `offset`. */
function firstAtomFrom(view: MemberView, offset: number): number {
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
function atomRange(input: FoldInput, m: number, from: number, to: number): [number, number] {
  const next = viewOf(input, m).next;
  return [next[from] ?? 0, next[to] ?? 0];
}

function ownerEmpty(input: FoldInput, owner: number, region: [number, number]): boolean {
  const [a, b] = atomRange(input, owner, region[0], region[1]);
  return a === b;
}

/** A hollow owner slot fits an insertion when it lies in the owner's glue where the others have text. */
function hollowFits(input: FoldInput, owner: number, region: [number, number], p: PlacedSlot): boolean {
  const glue = glueAt(input, owner, region[0]);
  return p.slot.span.start >= glue.start && p.slot.span.start <= glue.end;
}

/** The glue of member m at the column boundary c: from its atom before c to its atom at or after c. */
function glueAt(input: FoldInput, m: number, c: number): Span {
  const view = viewOf(input, m);
  const i = view.next[c] ?? 0;
  const prev = view.atoms[i - 1];
  const next = view.atoms[i];
  return { start: prev?.span.end ?? view.body.start, end: next?.span.start ?? view.body.end };
}

function contentSpan(input: FoldInput, m: number, from: number, to: number): Span | null {
  const [a, b] = atomRange(input, m, from, to);
  if (a === b) return null;
  const atoms = viewOf(input, m).atoms;
  return { start: atoms[a]?.span.start ?? 0, end: atoms[b - 1]?.span.end ?? 0 };
}

/** A member's slot projected through shared columns onto every member of the level. */
function projected(input: FoldInput, level: Level, p: PlacedSlot): Hole {
  const owner = level.members[0] ?? 0;
  const ownerView = viewOf(input, owner);
  const occurrences = level.members.map((m) => {
    if (m === owner) return { member: m, span: p.slot.span };
    if (p.to > p.from) {
      const span = contentSpan(input, m, p.from, p.to);
      if (span !== null) return { member: m, span };
    }
    // A hollow slot: before the same atom as in the owner, or after the same one.
    const glue = glueAt(input, m, p.from);
    const ownerNext = ownerView.atoms[ownerView.next[p.from] ?? 0];
    const atNext = ownerNext !== undefined && ownerNext.span.start === p.slot.span.start;
    const pos = atNext ? glue.end : glue.start;
    return { member: m, span: { start: pos, end: pos } };
  });
  return { at: p.slot.span, slot: slotHole(p.slot, owner, occurrences) };
}

function slotHole(slot: Slot, member: number, occurrences: SlotHole['occurrences']): SlotHole {
  return { kind: slot.kind, type: slot.type, unit: slot.unit, source: { member, slot }, occurrences };
}

/** The holes of one difference [from, to) of the level. */
function regionHoles(input: FoldInput, level: Level, region: [number, number], placed: readonly PlacedSlot[], used: Set<PlacedSlot>): Hole[] {
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
  const pieces = mergeBlocks(input, level, piecesOf(input, level, from, to));
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

function inRegion(p: PlacedSlot, from: number, to: number): boolean {
  return p.to > p.from ? p.from >= from && p.to <= to : p.from > from && p.from < to;
}

/**
 * When every member has the same content in the region, the owner's slots there are slots of all:
 * each member's span is found by counting letters and digits from the region's start.
 */
function sameContentHoles(input: FoldInput, level: Level, region: [number, number], placed: readonly PlacedSlot[], used: Set<PlacedSlot>): Hole[] | null {
  const owner = level.members[0] ?? 0;
  const spans = valueSpans(input, level.members, region[0], region[1]);
  const texts = spans.map(({ member, span }) => viewOf(input, member).text.slice(span.start, span.end));
  const keys = texts.map(contentKey);
  if (!keys.every((k) => k === keys[0])) return null;
  const ownerSpan = spans[0]?.span ?? { start: 0, end: 0 };
  const offsets = texts.map(contentOffsets);
  const ownerOffsets = offsets[0] ?? [];
  const holes: Hole[] = [];
  for (const p of placed) {
    if (used.has(p) || !inRegion(p, region[0], region[1])) continue;
    used.add(p);
    // The slot as content characters of the owner's region: [k0, k1).
    const k0 = ownerOffsets.findIndex((o) => o + ownerSpan.start >= p.slot.span.start);
    const first = k0 < 0 ? ownerOffsets.length : k0;
    const k1 = first + ownerOffsets.slice(first).filter((o) => o + ownerSpan.start < p.slot.span.end).length;
    const occurrences = spans.map(({ member, span }, i) => {
      if (member === owner) return { member, span: p.slot.span };
      const own = offsets[i] ?? [];
      const text = texts[i] ?? '';
      const start = span.start + (own[first] ?? text.length);
      const end = k1 > first ? span.start + (own[k1 - 1] ?? text.length - 1) + 1 : start;
      return { member, span: { start, end } };
    });
    holes.push({ at: p.slot.span, slot: slotHole(p.slot, owner, occurrences) });
  }
  return holes;
}

interface Piece {
  from: number;
  to: number;
  /** Members of the level that have it, when it is an optional block; null for a variable piece. */
  block: number[] | null;
}

/** The difference cut wherever every member with text on both sides has a clause break between. */
function piecesOf(input: FoldInput, level: Level, from: number, to: number): Piece[] {
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
function mergeBlocks(input: FoldInput, level: Level, pieces: Piece[]): Piece[] {
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

function sameMembers(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** Member m's glue on both sides of its atoms in [from, to) (which it must have). */
function blockGlue(input: FoldInput, m: number, from: number, to: number): BlockGlue {
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

function blockHole(input: FoldInput, level: Level, piece: Piece): Hole {
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

/** Each member's text in [from, to): its atoms' span, or an empty span where the others' text goes. */
function valueSpans(input: FoldInput, members: readonly number[], from: number, to: number): SlotHole['occurrences'] {
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

/**
 * A variable slot over [from, to): typed like detected slots when every value is a number before
 * the same unit; a member's own detected slot exactly there lends its kind and type. Outline numbers
 * that differ (四 against 三) are no slot: numbering is surface.
 */
function variableHole(input: FoldInput, level: Level, from: number, to: number): Hole | null {
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

function ownerSpan(occurrences: SlotHole['occurrences']): Span {
  return occurrences[0]?.span ?? { start: 0, end: 0 };
}

/** Lengths of the prefix and suffix every value shares (not overlapping, never splitting a surrogate pair). */
function sharedEnds(values: readonly string[]): [number, number] {
  const first = values[0] ?? '';
  if (values.length < 2 || values.some((v) => v.length === 0)) return [0, 0];
  const shortest = Math.min(...values.map((v) => v.length));
  let pre = 0;
  while (pre < shortest && values.every((v) => v[pre] === first[pre])) pre++;
  let post = 0;
  while (post < shortest - pre && values.every((v) => v[v.length - 1 - post] === first[first.length - 1 - post])) post++;
  const high = (c: string | undefined): boolean => c !== undefined && c >= '\ud800' && c <= '\udbff';
  if (pre > 0 && high(first[pre - 1])) pre--;
  if (post > 0 && high(first[first.length - 1 - post])) post--;
  return [pre, post];
}

/** Holes kept inside the level's extent and in order (a hole never starts before the previous ends). */
function clampToExtent(holes: Hole[], extent: Span, length: number): Hole[] {
  let floor = extent.start;
  return holes.map((h) => {
    const start = Math.min(Math.max(h.at.start, floor), Math.min(extent.end, length));
    const end = Math.max(start, Math.min(h.at.end, extent.end));
    floor = end;
    return { ...h, at: { start, end } };
  });
}
