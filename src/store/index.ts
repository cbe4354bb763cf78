/**
 * store/ — where batch results live. One interface (SqlConnection), two implementations: SQLite
 * (a file; the default) and PostgreSQL (a server many processes and machines share). `openStore`
 * picks one from the `--db` value.
 */
import type { SqlConnection } from './connection.js';
import { parseStoreLocation, storeName } from './location.js';
import { PostgresConnection, type PostgresOptions } from './postgres.js';
import { SqliteConnection, type SqliteOptions } from './sqlite.js';

export type { Dialect, Param, Row, SqlConnection } from './connection.js';
export { parseStoreLocation, storeName, redactUrl, isPostgresUrl, type StoreLocation } from './location.js';
export { StoreError, isStoreError, toStoreError, type StoreProblem } from './errors.js';
export { postgresDdl, numberedPlaceholders, statements } from './dialect.js';
export { SqliteConnection, PostgresConnection };

export type OpenOptions = SqliteOptions & PostgresOptions;

/** Opens the store the `--db` value names (a SQLite path, or a postgresql:// URL). */
export async function openConnection(db: string, options: OpenOptions = {}): Promise<SqlConnection> {
  const loc = parseStoreLocation(db);
  if (loc.kind === 'postgresql') return PostgresConnection.open(loc.url, options);
  return new SqliteConnection(storeName(loc), options);
}
