/**
 * plankit's public library API: re-exports only. Every function takes plain data and returns plain
 * data; nothing here prints. See README "Library API".
 */
export * from './core/index.js';
export { normalize, foldText, convertToSimplified, convertToTraditional } from './normalize/index.js';
export { decodeBytes, decodeUnit, readDocument, readJsonlUnits, expandInputs, type JsonlItem, type JsonlOptions, type JsonlUnit, type ReadOptions } from './read/index.js';
export { maskChrome, maskedDocument, splitVariants, type SplitOptions } from './split/index.js';
export { segment, type SegmentOptions, type SegmentResult } from './segment/index.js';
export { buildOutline, type OutlineOptions } from './outline/index.js';
export {
  detectSlots,
  buildTemplate,
  familyTemplate,
  familyTemplates,
  fieldModel,
  validateFieldValue,
  fillTemplate,
  checkValues,
  valuesOf,
  readValues,
  renderText,
  renderMarkdown,
  valuesSkeleton,
  skeletonJson,
  skeletonYaml,
  FillError,
  type SlotOptions,
  type SlotResult,
  type TemplateMember,
  type TemplateOptions,
  type FillOptions,
  type FamilyUnit,
  type FieldModel,
  type FieldOccurrence,
  type TemplateModel,
  type FieldValueCheck,
  type FillProblem,
} from './template/index.js';
export { alignParagraphs, diffTokens, diffTexts, type AlignOptions, type DiffOp, type ParagraphPair, type TextDiffOp } from './align/index.js';
export { findDuplicates, unitText, type DedupOptions, type DedupResult, type DedupUnit, type UnitTextOptions } from './dedup/index.js';
export { analyzeDocument, analyzeFile, dedupUnit, foldedBody, type Analysis, type AnalyzeOptions, type VariantAnalysis } from './pipeline.js';
export { reuseReport, reuseFeatures, renderReuse, renderReuseChunks, viewOf, type ReuseOptions, type ReuseFormat, type ReuseView } from './reuse/index.js';
export { runBatch, Store, storeReuseView, type BatchOptions, type BatchSummary } from './batch/index.js';
export { StoreError, storeName, type StoreProblem } from './store/index.js';
export * from './report/index.js';
export { formatDiagnostic, formatError, formatFailure, formatFillProblem, langFromEnv, isLang, LANGS, type Lang } from './messages/index.js';
