import { usageError } from '../core/errors.js';
import type { Store } from './store.js';
import { TABLES, type TableName } from './schema.js';

/**
 * Every row of `table` in storage order, as plain objects (column → value), read lazily so a big
 * table is never held whole. JSON Lines export and tools build on this.
 */
export function* tableRows(store: Store, table: TableName): Generator<Record<string, unknown>> {
  if (!(TABLES as readonly string[]).includes(table)) throw usageError('unknown-table', { table });
  const order = table === 'family_members' ? 'family_id, variant_id' : 'rowid';
  yield* store.db.prepare(`SELECT * FROM ${table} ORDER BY ${order}`).iterate() as Iterable<Record<string, unknown>>;
}
