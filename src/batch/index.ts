/**
 * batch/: corpus runs. Entry: runBatch(options) — analyse files in worker threads into a resumable
 * SQLite store. The store, its schema and the JSONL export are exported too, because the CLI's
 * `reuse` command and tools read the database the run wrote.
 */
export { runBatch, defaultAnalyzer, type BatchOptions, type BatchSummary, type FileEvent } from './run.js';
export { Store, type FileMeta, type FileOutcome, type StoredFile, type RunCounts, type FamilyRow } from './store.js';
export { SCHEMA_VERSION, TABLES, type TableName } from './schema.js';
export { defaultLimits, type BatchLimits } from './options.js';
export { buildFamilies, DEFAULT_MAX_FAMILY_UNITS, type FamilySummary } from './corpus.js';
export { loadReuseInput, type ReuseLoadOptions } from './reuse-input.js';
export type * from './record.js';
