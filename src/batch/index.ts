/**
 * batch/: corpus runs. Entry: runBatch(options) — analyse files in worker threads into a resumable
 * SQLite store (schema: SCHEMA.md), then corpus-wide families and their templates. The store, the
 * reuse-input loader, table export and the progress line are exported too, because the CLI's
 * `batch` and `reuse` commands and other tools read the database a run wrote.
 */
export { runBatch, defaultAnalyzer, DEFAULT_GROUP_COMMIT_MS, type BatchOptions, type BatchSummary, type FileEvent, type PhaseStats, type WaitReason } from './run.js';
export { Store, DEFAULT_CACHE_MB, type StoreOptions, type FileMeta, type FileOutcome, type FileEntry, type StoredFile, type RunCounts, type FamilyRow } from './store.js';
export { MIGRATIONS, TABLES, WORK_TABLES, DEFERRED_INDEXES, type TableName } from './schema.js';
export { SCHEMA_VERSION, migrate } from './migrate.js';
export { defaultLimits, type BatchLimits } from './options.js';
export { buildFamiliesInStore, DEFAULT_FAMILY_MEMORY_MB, type FamilySummary, type RelatedPair } from './families/index.js';
export { DEFAULT_LEASE_MS } from './job.js';
export { buildReuseAggregates } from './reuse-aggregate.js';
export { storeReuseView } from './reuse-view.js';
export { unitFeatures, type UnitFeatures, type FeatureOptions } from './unit-features.js';
export { buildTemplates, DEFAULT_MAX_TEMPLATES, DEFAULT_TEMPLATE_MEMBERS, type TemplateSummary } from './templates.js';
export { tableRows } from './export.js';
export { formatProgress, formatDuration, type ProgressState } from './progress.js';
export { packPassages, unpackPassages, PASSAGE_FIELDS } from './record.js';
export type * from './record.js';
