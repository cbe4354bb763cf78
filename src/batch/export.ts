import { usageError } from '../core/errors.js';
import type { Store } from './store.js';
import { TABLES, type TableName } from './schema.js';

/**
 * Every row of `table` in key order, as plain objects (column → value), read lazily so a big
 * table is never held whole. JSON Lines export and tools build on this.
 */
export async function* tableRows(store: Store, table: TableName): AsyncGenerator<Record<string, unknown>> {
  if (!(TABLES as readonly string[]).includes(table)) throw usageError('unknown-table', { table });
  yield* store.sql.iterate<Record<string, unknown>>(`SELECT * FROM ${table} ORDER BY ${ORDER[table]}`);
}

/** Each table's key order (the same in both stores: no rowid in PostgreSQL). */
const ORDER: Record<TableName, string> = {
  runs: 'id',
  files: 'id',
  variants: 'id',
  outline_items: 'id',
  diagnostics: 'id',
  slots: 'id',
  passages: 'id',
  families: 'id',
  family_members: 'family_id, variant_id',
  templates: 'family_id',
  units: 'variant',
  unit_sentences: 'variant, sentence_key',
  jobs: 'id',
  queue: 'id',
};
