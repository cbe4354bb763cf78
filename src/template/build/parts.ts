import type { Span } from '../../core/span.js';
import type { OptionalBlock, TemplatePart, TemplateSlot } from '../../core/template.js';
import type { Hole, SlotHole } from './fold.js';
import type { MemberView } from './member.js';

/** A slot as built, with the hole it came from (its owner and source, for fields and labels). */
export interface BuiltSlot {
  slot: TemplateSlot;
  hole: SlotHole;
  /** The member whose text the slot stands in. */
  owner: number;
}

export interface PartsResult {
  parts: TemplatePart[];
  slots: BuiltSlot[];
  optionals: OptionalBlock[];
}

/**
 * Template parts from the fold's holes: the owner's text between them (page chrome left out), a slot
 * part per slot hole, an optional part per block (its own parts from its owner's text). Ids follow
 * reading order: s1, s2 … and o1, o2 ….
 */
export function partsFromHoles(views: readonly MemberView[], holes: readonly Hole[], optionalLabelLength: number): PartsResult {
  const result: PartsResult = { parts: [], slots: [], optionals: [] };
  result.parts = walk(views, 0, views[0]?.body ?? { start: 0, end: 0 }, holes, result, optionalLabelLength);
  return result;
}

function walk(views: readonly MemberView[], owner: number, extent: Span, holes: readonly Hole[], acc: PartsResult, labelLength: number): TemplatePart[] {
  const view = views[owner];
  if (view === undefined) return [];
  const parts: TemplatePart[] = [];
  let at = extent.start;
  for (const hole of holes) {
    pushText(parts, surfaceText(view, at, hole.at.start));
    if ('slot' in hole) {
      const id = `s${acc.slots.length + 1}`;
      const occurrences = hole.slot.occurrences.map(({ member, span }) => {
        const v = views[member];
        return { id: v?.id ?? '', span, value: v?.text.slice(span.start, span.end) ?? '' };
      });
      acc.slots.push({ slot: { id, kind: hole.slot.kind, type: hole.slot.type, unit: hole.slot.unit, field: '', occurrences }, hole: hole.slot, owner });
      parts.push({ slot: id });
    } else {
      const id = `o${acc.optionals.length + 1}`;
      const q = hole.block.members[0] ?? 0;
      const qView = views[q];
      acc.optionals.push({ id, label: qView === undefined ? '' : passageLabel(qView, hole.block.extent, labelLength), members: hole.block.members.map((m) => views[m]?.id ?? '') });
      parts.push({ optional: id, parts: walk(views, q, hole.block.extent, hole.block.holes, acc, labelLength) });
    }
    at = hole.at.end;
  }
  pushText(parts, surfaceText(view, at, extent.end));
  return parts;
}

/** The member's text of [start, end) without its page chrome. */
function surfaceText(view: MemberView, start: number, end: number): string {
  let out = '';
  let at = start;
  for (const c of view.chrome) {
    if (c.end <= at || c.start >= end) continue;
    if (c.start > at) out += view.text.slice(at, c.start);
    at = Math.max(at, c.end);
  }
  if (end > at) out += view.text.slice(at, end);
  return out;
}

function pushText(parts: TemplatePart[], text: string): void {
  if (text.length === 0) return;
  const last = parts[parts.length - 1];
  if (last !== undefined && 'text' in last) last.text += text;
  else parts.push({ text });
}

/** The first words of a passage, for the person choosing whether to keep it. */
function passageLabel(view: MemberView, extent: Span, length: number): string {
  const text = surfaceText(view, extent.start, extent.end).replace(/\s+/g, ' ').trim();
  return text.length > length ? `${text.slice(0, length)}…` : text;
}
