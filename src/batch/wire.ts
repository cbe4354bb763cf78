import type { FileRecord, OutlineItemRecord, SlotRecord, VariantRecord } from './record.js';

/**
 * How a FileRecord crosses from a worker to the main thread. A news article has some eighty slots;
 * as objects, structured clone serialised and rebuilt every key of every one of them, which cost
 * more than half a millisecond a file on each side — a tenth of the worker's analysis and most of
 * what the main thread spent receiving. Slots and outline items travel instead as columns: their
 * numbers in one Float64Array (transferred, not copied) and their strings in one JSON array text.
 * Everything else of the record is sent as it is.
 */
export interface PackedRows {
  count: number;
  numbers: Float64Array;
  /** JSON array of the rows' strings, row after row (null for a missing one). */
  strings: string;
}

export type WireVariant = Omit<VariantRecord, 'slots' | 'outline'> & { slots: PackedRows; outline: PackedRows };
export type WireRecord = Omit<FileRecord, 'variants'> & { variants: WireVariant[] };

/** One record type's columns: its numbers (null/undefined travel as NaN) and its strings. */
interface Columns<T> {
  numbers: number;
  strings: number;
  write(row: T, nums: Float64Array, at: number, strs: Array<string | null>): void;
  read(nums: Float64Array, at: number, strs: ReadonlyArray<string | null>, s: number): T;
}

const num = (x: number | null | undefined): number => (x === null || x === undefined ? Number.NaN : x);
const str = (x: string | null | undefined): string | null => (x === null || x === undefined ? null : x);
const at = (nums: Float64Array, i: number): number => nums[i] as number;
const text = (strs: ReadonlyArray<string | null>, i: number): string => strs[i] as string;

const SLOT: Columns<SlotRecord> = {
  numbers: 6,
  strings: 6,
  write(r, nums, i, strs) {
    nums[i] = r.span.start;
    nums[i + 1] = r.span.end;
    nums[i + 2] = r.line;
    nums[i + 3] = r.column;
    nums[i + 4] = r.length;
    nums[i + 5] = num(r.confidence);
    strs.push(r.value, r.kind, r.type, r.unit, r.label, str(r.rule));
  },
  read(nums, i, strs, s) {
    const row: SlotRecord = {
      span: { start: at(nums, i), end: at(nums, i + 1) },
      line: at(nums, i + 2),
      column: at(nums, i + 3),
      length: at(nums, i + 4),
      value: text(strs, s),
      kind: text(strs, s + 1) as SlotRecord['kind'],
      type: text(strs, s + 2) as SlotRecord['type'],
      unit: text(strs, s + 3),
      label: text(strs, s + 4),
    };
    const confidence = at(nums, i + 5);
    if (!Number.isNaN(confidence)) row.confidence = confidence;
    const rule = strs[s + 5];
    if (rule !== null && rule !== undefined) row.rule = rule;
    return row;
  },
};

const OUTLINE: Columns<OutlineItemRecord> = {
  numbers: 7,
  strings: 4,
  write(r, nums, i, strs) {
    nums[i] = r.span.start;
    nums[i + 1] = r.span.end;
    nums[i + 2] = r.line;
    nums[i + 3] = r.column;
    nums[i + 4] = r.ordinal;
    nums[i + 5] = r.depth;
    nums[i + 6] = num(r.parentLine);
    strs.push(r.marker, r.style, r.title, r.kind);
  },
  read(nums, i, strs, s) {
    const parentLine = at(nums, i + 6);
    return {
      span: { start: at(nums, i), end: at(nums, i + 1) },
      line: at(nums, i + 2),
      column: at(nums, i + 3),
      marker: text(strs, s),
      style: text(strs, s + 1),
      ordinal: at(nums, i + 4),
      depth: at(nums, i + 5),
      parentLine: Number.isNaN(parentLine) ? null : parentLine,
      title: text(strs, s + 2),
      kind: text(strs, s + 3) as OutlineItemRecord['kind'],
    };
  },
};

function pack<T>(rows: readonly T[], c: Columns<T>): PackedRows {
  const numbers = new Float64Array(rows.length * c.numbers);
  const strings: Array<string | null> = [];
  rows.forEach((r, k) => c.write(r, numbers, k * c.numbers, strings));
  return { count: rows.length, numbers, strings: JSON.stringify(strings) };
}

function unpack<T>(p: PackedRows, c: Columns<T>): T[] {
  const strings = JSON.parse(p.strings) as Array<string | null>;
  const out: T[] = new Array<T>(p.count);
  for (let k = 0; k < p.count; k++) out[k] = c.read(p.numbers, k * c.numbers, strings, k * c.strings);
  return out;
}

/** The record as a worker sends it, and the buffers to transfer with it. */
export function toWire(record: FileRecord): { wire: WireRecord; transfer: ArrayBuffer[] } {
  const transfer = new Set<ArrayBuffer>();
  const variants = record.variants.map((v): WireVariant => {
    const wire: WireVariant = { ...v, slots: pack(v.slots, SLOT), outline: pack(v.outline, OUTLINE) };
    for (const a of [wire.slots.numbers, wire.outline.numbers, v.passages, v.unit?.sentences]) {
      if (a !== undefined && a.byteLength > 0) transfer.add(a.buffer as ArrayBuffer);
    }
    return wire;
  });
  return { wire: { ...record, variants }, transfer: [...transfer] };
}

/** The record as the worker's analysis made it. */
export function fromWire(wire: WireRecord): FileRecord {
  return { ...wire, variants: wire.variants.map((v): VariantRecord => ({ ...v, slots: unpack(v.slots, SLOT), outline: unpack(v.outline, OUTLINE) })) };
}
