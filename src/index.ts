/**
 * plankit's public library API: re-exports only. Every function takes plain data and returns plain
 * data; nothing here prints. See README "Library API".
 */
export * from './core/index.js';
export type * from './core/outline.js';
export type * from './core/template.js';
export { normalize, foldText, convertToSimplified, convertToTraditional } from './normalize/index.js';
export { decodeBytes, readDocument, expandInputs, type ReadOptions } from './read/index.js';
export { splitVariants, type SplitOptions } from './split/index.js';
export { segment, type SegmentOptions, type SegmentResult } from './segment/index.js';
export { buildOutline, type OutlineOptions } from './outline/index.js';
export { detectSlots, type SlotOptions, type SlotResult } from './template/index.js';
export { findDuplicates, type DedupOptions } from './dedup/index.js';
export { analyzeDocument, analyzeFile, foldedBody, type Analysis, type AnalyzeOptions, type VariantAnalysis } from './pipeline.js';
