import type { Slot } from '../../core/template.js';
import { contentSpan, firstAtomFrom, glueAt, valueSpans, viewOf } from './fold-access.js';
import type { FoldInput, Hole, Level, PlacedSlot, SlotHole } from './fold-types.js';
import { contentKey, contentOffsets } from './stream.js';

/** The owner's detected slots on the columns, and as slots of every member. */

/** The owner's detected slots inside the level, placed on the columns. */
export function placeSlots(input: FoldInput, owner: number, level: Level): PlacedSlot[] {
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

/** A hollow owner slot fits an insertion when it lies in the owner's glue where the others have text. */
export function hollowFits(input: FoldInput, owner: number, region: [number, number], p: PlacedSlot): boolean {
  const glue = glueAt(input, owner, region[0]);
  return p.slot.span.start >= glue.start && p.slot.span.start <= glue.end;
}

/** A member's slot projected through shared columns onto every member of the level. */
export function projected(input: FoldInput, level: Level, p: PlacedSlot): Hole {
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

export function slotHole(slot: Slot, member: number, occurrences: SlotHole['occurrences']): SlotHole {
  return { kind: slot.kind, type: slot.type, unit: slot.unit, source: { member, slot }, occurrences };
}

export function inRegion(p: PlacedSlot, from: number, to: number): boolean {
  return p.to > p.from ? p.from >= from && p.to <= to : p.from > from && p.from < to;
}

/**
 * When every member has the same content in the region, the owner's slots there are slots of all:
 * each member's span is found by counting letters and digits from the region's start.
 */
export function sameContentHoles(input: FoldInput, level: Level, region: [number, number], placed: readonly PlacedSlot[], used: Set<PlacedSlot>): Hole[] | null {
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
