/**
 * report/: the JSON contracts of the CLI (DESIGN.md "JSON output contracts") — one type and one
 * builder for each of split, outline, dedup and slots, used by the CLI, batch and the library API.
 * Positions are computed here (line 1-based, column 0-based in UTF-16 code units) from the spans.
 */
export { diagnosticJson, type DiagnosticJson } from './diagnostic-json.js';
export { variantLines } from './lines.js';
export { chromeJson, splitFileJson, splitVariantJson, type ChromeJson, type SplitFileJson, type SplitJson, type SplitVariantJson } from './split.js';
export {
  outlineFileJson,
  outlineItemJson,
  type ConformanceJson,
  type GbtNoteJson,
  type OutlineFileJson,
  type OutlineItemJson,
  type OutlineJson,
  type OutlineVariantJson,
  type VariantOutline,
} from './outline.js';
export { dedupJson, type DedupJson, type UnitSource } from './dedup.js';
export { slotJson, slotsFileJson, type SlotJson, type SlotsFileJson, type SlotsJson, type SlotsVariantJson } from './slots.js';
