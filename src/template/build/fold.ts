import type { Span } from '../../core/span.js';
import { isShared, ownerEmpty, viewOf } from './fold-access.js';
import { regionHoles } from './fold-region.js';
import { hollowFits, placeSlots, projected } from './fold-slots.js';
import type { FoldInput, Hole, Level, PlacedSlot } from './fold-types.js';
import { untangle } from './fold-untangle.js';
import { pushAll } from '../../core/push-all.js';

export type { BlockHole, FoldInput, Hole, SlotHole } from './fold-types.js';

/**
 * The fold over aligned columns: a level is a set of members and a run of columns; its first member
 * (the owner) gives the text. Columns where every member has the same atom are shared text. A slot
 * the owner's detectors found becomes a slot of every member (projected through the columns). Runs of
 * other columns are differences: a slot of the owner exactly there, or cut at clause breaks into
 * pieces — a piece some members lack entirely and that is a clause in the others is an optional
 * block (a level of its own), anything else a variable slot. The result is holes in the owner's text.
 */

export function foldTemplate(input: FoldInput): Hole[] {
  const all = input.views.map((_, m) => m);
  const owner = input.views[0];
  if (owner === undefined) return [];
  return foldLevel(input, { members: all, from: 0, to: input.alignment.columns.length, extent: owner.body });
}

export function foldLevel(input: FoldInput, level: Level): Hole[] {
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
  // The owner's slots by the column they start at, in their order: a level has thousands of columns.
  const startingAt = new Map<number, PlacedSlot[]>();
  for (const p of placed) {
    const list = startingAt.get(p.from);
    if (list === undefined) startingAt.set(p.from, [p]);
    else list.push(p);
  }
  let r = 0;
  for (let c = level.from; c <= level.to; ) {
    const region = regions[r];
    // Slots the owner has at this column boundary, outside any difference.
    for (const p of startingAt.get(c) ?? []) {
      if (used.has(p)) continue;
      if (p.to === p.from && region !== undefined && region[0] === c && ownerEmpty(input, owner, region) && hollowFits(input, owner, region, p)) continue;
      if (region !== undefined && p.from >= region[0] && p.to <= region[1] && !(p.to === p.from && p.from === region[0])) continue;
      used.add(p);
      holes.push(projected(input, level, p));
    }
    if (c === level.to) break;
    if (region !== undefined && region[0] === c) {
      pushAll(holes, regionHoles(input, level, region, placed, used).map((h): Hole => ({ ...h, differs: true })));
      c = region[1];
      r++;
      continue;
    }
    c++;
  }
  return clampToExtent(untangle(input, level, holes), level.extent, view.text.length);
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
