/**
 * The one store interface: what batch, families and the reuse report need of a SQL database, with
 * two implementations — SQLite (better-sqlite3, a file, the default) and PostgreSQL (node-postgres,
 * shared by many processes and machines). Queries are written once, in the SQL both understand,
 * with `?` placeholders; each implementation adapts the few differences (placeholders, DDL types,
 * the clock, cursors, locking) so the schema, migrations and every query are the same text.
 */
export type Dialect = 'sqlite' | 'postgresql';

export type Param = string | number | null;

/** Rows for one table of insertAll. */
export interface InsertPart {
  table: string;
  columns: readonly string[];
  rows: ReadonlyArray<readonly Param[]>;
}
export type Row = Record<string, unknown>;

export interface SqlConnection {
  readonly dialect: Dialect;
  /** The store as messages name it: the SQLite path, or the PostgreSQL URL without its password. */
  readonly name: string;
  /** SQL for "now" as integer milliseconds since the epoch, by the database's clock (leases use it). */
  readonly nowMs: string;
  /**
   * A COLLATE clause ordering text by code point ('' on SQLite, whose default does): corpus order
   * (by path) and so family ids are the same in both stores, whatever the server's locale.
   */
  readonly byCodePoint: string;
  all<T = Row>(sql: string, params?: readonly Param[]): Promise<T[]>;
  get<T = Row>(sql: string, params?: readonly Param[]): Promise<T | undefined>;
  /** Runs a statement; resolves to the number of rows it changed. */
  run(sql: string, params?: readonly Param[]): Promise<number>;
  /** Runs several statements (no parameters): DDL, migrations. */
  exec(sql: string): Promise<void>;
  /**
   * The rows of a query, read a page at a time (a server-side cursor on PostgreSQL, a statement
   * iterator on SQLite): memory holds one page, whatever the result's size. Inside a transaction
   * on PostgreSQL the cursor lives in it; outside, it opens its own.
   */
  iterate<T = Row>(sql: string, params?: readonly Param[], pageRows?: number): AsyncGenerator<T>;
  /**
   * Runs `fn` in one transaction on one connection and commits, or rolls back if it throws. Other
   * work of this process waits for the connection (SQLite) or uses another one (PostgreSQL).
   */
  transaction<T>(fn: (tx: SqlConnection) => Promise<T>): Promise<T>;
  /**
   * Inserts rows (columns in `columns` order) and resolves to their generated `id`s in row order
   * when `returnIds` is set (an empty array otherwise). PostgreSQL sends any number of rows as one
   * statement (arrays unnested), SQLite runs one prepared statement per row.
   */
  insert(table: string, columns: readonly string[], rows: ReadonlyArray<readonly Param[]>, returnIds?: boolean): Promise<number[]>;
  /**
   * Inserts into several tables at once (no ids returned): one statement on PostgreSQL (a chain of
   * data-modifying WITH clauses), one prepared statement per table on SQLite — each round trip to a
   * busy server costs more than the rows.
   */
  insertAll(parts: ReadonlyArray<InsertPart>): Promise<void>;
  /**
   * Takes the lock that serialises decisions about the whole job (who builds the families, which
   * job is open) until the transaction ends: a table lock on PostgreSQL; a SQLite write
   * transaction already excludes every other writer.
   */
  lockJobs(): Promise<void>;
  /** Schema version (SQLite: PRAGMA user_version; PostgreSQL: the plankit_schema table). */
  schemaVersion(): Promise<number>;
  setSchemaVersion(version: number): Promise<void>;
  /** Tables of the database that are not plankit's bookkeeping (to tell an empty database from a foreign one). */
  userTables(): Promise<string[]>;
  close(): Promise<void>;
}
