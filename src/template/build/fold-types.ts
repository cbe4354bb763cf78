import type { Span } from '../../core/span.js';
import type { Slot, SlotKind, SlotType } from '../../core/template.js';
import type { Alignment } from './columns.js';
import type { MemberView } from './member.js';

/** The data the fold passes around: holes it finds, the levels it folds, slots it places. */

/** A slot of the template as the fold finds it. */
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
export type Hole = ({ at: Span; slot: SlotHole } | { at: Span; block: BlockHole }) & {
  /** Made where the members differ (not an owner slot projected through shared text). */
  differs?: true;
}

export interface FoldInput {
  alignment: Alignment;
  views: readonly MemberView[];
}

export interface Level {
  members: readonly number[];
  from: number;
  to: number;
  /** The owner's text the level covers (body, or the block's extent). */
  extent: Span;
}

/** Where an owner slot lies in the columns: [from, to) for a slot over atoms, from = to for a hollow one. */
export interface PlacedSlot {
  slot: Slot;
  from: number;
  to: number;
}

export interface Piece {
  from: number;
  to: number;
  /** Members of the level that have it, when it is an optional block; null for a variable piece. */
  block: number[] | null;
}
