import type { SqlConnection } from '../store/connection.js';
import { postgresDdl, statements } from '../store/dialect.js';
import { StoreError } from '../store/errors.js';
import { MIGRATIONS } from './schema.js';

export const SCHEMA_VERSION = MIGRATIONS.length;

/** A number PostgreSQL's advisory lock of schema migrations is known by (any fixed 64-bit value). */
const MIGRATION_LOCK = 0x706c616e; // "plan"

/**
 * Brings the store to SCHEMA_VERSION in one transaction (processes starting together migrate once:
 * SQLite's write lock, an advisory lock on PostgreSQL). A store written by a newer plankit is
 * refused before anything is touched.
 */
export async function migrate(conn: SqlConnection): Promise<void> {
  await conn.transaction(async (tx) => {
    if (tx.dialect === 'postgresql') await tx.exec(`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK})`);
    const current = await tx.schemaVersion();
    if (current > SCHEMA_VERSION) throw new StoreError(conn.name, 'newer-schema', { version: current, supported: SCHEMA_VERSION });
    if (current === SCHEMA_VERSION) return;
    // Version 0 with tables in it is someone else's database: plankit's tables are not added to it.
    if (current === 0 && (await tx.userTables()).length > 0) throw new StoreError(conn.name, 'not-plankit');
    for (let v = current; v < SCHEMA_VERSION; v++) {
      for (const stmt of statements(MIGRATIONS[v] as string)) await tx.exec(tx.dialect === 'postgresql' ? postgresDdl(stmt) : stmt);
      await tx.setSchemaVersion(v + 1);
    }
  });
}

/** The schema version of an open store without migrating it. */
export async function storedVersion(conn: SqlConnection): Promise<number> {
  return conn.schemaVersion();
}
