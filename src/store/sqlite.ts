import Database from 'better-sqlite3';
import type { InsertPart, Param, Row, SqlConnection } from './connection.js';
import { StoreError, toStoreError } from './errors.js';
import { sqlitePlaceProblem } from './sqlite-place.js';

export interface SqliteOptions {
  /** Page cache in MiB (SQLite's default 2 MiB thrashes on the random-order passage-key index). */
  cacheMb?: number;
  /** Open an existing file only (never create one). */
  mustExist?: boolean;
}

const NOW_MS = `CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)`;

/**
 * Rows per multi-row INSERT (measured on the per-file tables: 64 rows a statement write 2.5 times
 * faster than one; more gain nothing). Well under SQLite's 32766 parameters for any table here.
 */
const ROWS_PER_INSERT = 64;

/** INSERT of `rows` rows of `columns` into `table`. */
function insertSql(table: string, columns: readonly string[], rows: number): string {
  const one = `(${columns.map(() => '?').join(', ')})`;
  return `INSERT INTO ${table} (${columns.map((c) => `"${c}"`).join(', ')}) VALUES ${rows === 1 ? one : new Array<string>(rows).fill(one).join(', ')}`;
}

/**
 * The SQLite store: one better-sqlite3 connection for writes (synchronous, so every method resolves
 * at once) and, for long reads, a second read-only one — SQLite refuses a write on a connection
 * while one of its queries is being iterated, and in WAL mode a reader sees a steady snapshot while
 * the writer goes on. One write connection means one transaction at a time: work outside a
 * transaction waits until it ends, so no statement of another task slips into it.
 */
export class SqliteConnection implements SqlConnection {
  readonly dialect = 'sqlite' as const;
  readonly nowMs = NOW_MS;
  readonly byCodePoint = '';
  readonly db: Database.Database;
  private reader: Database.Database | null = null;
  private readonly cache = new Map<string, Database.Statement>();
  /** The running transaction, if any: work from outside it waits for this. */
  private open: Promise<void> | null = null;
  private readonly inTx: SqlConnection;
  private readonly outside: SqlConnection;

  constructor(
    readonly name: string,
    private readonly options: SqliteOptions = {},
  ) {
    // A folder that is missing or is a file, or a folder where the file should be: said before
    // SQLite tries (it would throw a bare TypeError for a missing folder).
    const place = sqlitePlaceProblem(name);
    if (place === 'missing-folder' || place === 'not-folder' || place === 'is-folder') throw new StoreError(name, place, { opening: true });
    let db: Database.Database | null = null;
    try {
      db = new Database(name, { fileMustExist: options.mustExist === true });
      // WAL: readers never block the writer; synchronous=NORMAL is safe against a killed process
      // (only a power loss can drop the last commits), and much faster than FULL.
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      db.pragma('foreign_keys = ON');
      db.pragma(`cache_size = -${(options.cacheMb ?? 64) * 1024}`);
      // Wait for another process's write a while instead of failing at once.
      db.pragma('busy_timeout = 10000');
    } catch (e) {
      db?.close();
      throw toStoreError(name, 'sqlite', e, true);
    }
    this.db = db;
    this.inTx = this.view(true);
    this.outside = this.view(false);
  }

  private stmt(sql: string): Database.Statement {
    let s = this.cache.get(sql);
    if (s === undefined) {
      s = this.guard(() => this.db.prepare(sql));
      this.cache.set(sql, s);
    }
    return s;
  }

  private guard<T>(f: () => T): T {
    try {
      return f();
    } catch (e) {
      throw toStoreError(this.name, 'sqlite', e);
    }
  }

  private async idle(): Promise<void> {
    while (this.open !== null) await this.open;
  }

  /** The connection's methods, waiting for a running transaction (outside) or not (inside it). */
  private view(inside: boolean): SqlConnection {
    const wait = inside ? async () => {} : () => this.idle();
    return {
      dialect: 'sqlite',
      name: this.name,
      nowMs: NOW_MS,
      byCodePoint: '',
      all: async <T>(sql: string, params: readonly Param[] = []) => {
        await wait();
        return this.guard(() => this.stmt(sql).all(...params) as T[]);
      },
      get: async <T>(sql: string, params: readonly Param[] = []) => {
        await wait();
        return this.guard(() => this.stmt(sql).get(...params) as T | undefined);
      },
      run: async (sql: string, params: readonly Param[] = []) => {
        await wait();
        return this.guard(() => this.stmt(sql).run(...params).changes);
      },
      exec: async (sql: string) => {
        await wait();
        this.guard(() => this.db.exec(sql));
      },
      iterate: <T>(sql: string, params: readonly Param[] = []) => this.rows<T>(inside ? this.db : this.readConnection(), sql, params),
      transaction: <T>(fn: (tx: SqlConnection) => Promise<T>) => (inside ? this.savepoint(fn) : this.begin(fn)),
      insert: async (table: string, columns: readonly string[], rows: ReadonlyArray<readonly Param[]>, returnIds = false) => {
        await wait();
        return this.insertRows(table, columns, rows, returnIds);
      },
      insertAll: async (parts: ReadonlyArray<InsertPart>) => {
        await wait();
        for (const p of parts) this.insertRows(p.table, p.columns, p.rows, false);
      },
      lockJobs: async () => {
        // BEGIN IMMEDIATE already holds SQLite's write lock: no other writer until the transaction ends.
      },
      schemaVersion: async () => this.guard(() => this.db.pragma('user_version', { simple: true }) as number),
      setSchemaVersion: async (v: number) => {
        this.guard(() => this.db.pragma(`user_version = ${Math.trunc(v)}`));
      },
      userTables: async () =>
        this.guard(() =>
          (this.db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`).all() as Array<{ name: string }>).map((r) => r.name),
        ),
      close: () => this.close(),
    };
  }

  private readConnection(): Database.Database {
    if (this.reader === null) {
      this.reader = this.guard(() => new Database(this.name, { readonly: true, fileMustExist: true }));
      this.reader.pragma(`cache_size = -${(this.options.cacheMb ?? 64) * 1024}`);
      this.reader.pragma('busy_timeout = 10000');
    }
    return this.reader;
  }

  private async *rows<T>(db: Database.Database, sql: string, params: readonly Param[]): AsyncGenerator<T> {
    const it = this.guard(() => db.prepare(sql).iterate(...params)) as IterableIterator<T>;
    try {
      for (;;) {
        const r = this.guard(() => it.next());
        if (r.done === true) return;
        yield r.value;
      }
    } finally {
      it.return?.();
    }
  }

  private insertRows(table: string, columns: readonly string[], rows: ReadonlyArray<readonly Param[]>, returnIds: boolean): number[] {
    if (rows.length === 0) return [];
    const s = this.stmt(insertSql(table, columns, 1));
    const ids: number[] = [];
    this.guard(() => {
      let i = 0;
      if (!returnIds && rows.length >= ROWS_PER_INSERT) {
        // Rows go in ROWS_PER_INSERT at a time: one statement step per group, not per row (the
        // per-row cost of a step was most of the per-file phase's writing). SQLite inserts a
        // VALUES list in order, so every row gets the rowid it would get alone.
        const many = this.stmt(insertSql(table, columns, ROWS_PER_INSERT));
        const flat: Param[] = new Array<Param>(ROWS_PER_INSERT * columns.length);
        for (; i + ROWS_PER_INSERT <= rows.length; i += ROWS_PER_INSERT) {
          let f = 0;
          for (let k = i; k < i + ROWS_PER_INSERT; k++) {
            const r = rows[k] as readonly Param[];
            // A short or long row would shift every later one (alone it is refused by SQLite).
            if (r.length !== columns.length) throw new RangeError(`${table}: a row of ${r.length} values for ${columns.length} columns`);
            for (let c = 0; c < r.length; c++) flat[f++] = r[c] as Param;
          }
          many.run(flat);
        }
      }
      for (; i < rows.length; i++) {
        const info = s.run(...(rows[i] as readonly Param[]));
        if (returnIds) ids.push(Number(info.lastInsertRowid));
      }
    });
    return ids;
  }

  private depth = 0;

  private async savepoint<T>(fn: (tx: SqlConnection) => Promise<T>): Promise<T> {
    const name = `sp${++this.depth}`;
    this.guard(() => this.db.exec(`SAVEPOINT ${name}`));
    try {
      const out = await fn(this.inTx);
      this.guard(() => this.db.exec(`RELEASE ${name}`));
      return out;
    } catch (e) {
      if (this.db.inTransaction) this.db.exec(`ROLLBACK TO ${name}; RELEASE ${name}`);
      throw e;
    } finally {
      this.depth--;
    }
  }

  private async begin<T>(fn: (tx: SqlConnection) => Promise<T>): Promise<T> {
    await this.idle();
    let release!: () => void;
    this.open = new Promise((r) => (release = r));
    try {
      this.guard(() => this.db.exec('BEGIN IMMEDIATE'));
      const out = await fn(this.inTx);
      this.guard(() => this.db.exec('COMMIT'));
      return out;
    } catch (e) {
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      throw e;
    } finally {
      this.open = null;
      release();
    }
  }

  all<T = Row>(sql: string, params?: readonly Param[]): Promise<T[]> {
    return this.outside.all<T>(sql, params);
  }
  get<T = Row>(sql: string, params?: readonly Param[]): Promise<T | undefined> {
    return this.outside.get<T>(sql, params);
  }
  run(sql: string, params?: readonly Param[]): Promise<number> {
    return this.outside.run(sql, params);
  }
  exec(sql: string): Promise<void> {
    return this.outside.exec(sql);
  }
  iterate<T = Row>(sql: string, params?: readonly Param[]): AsyncGenerator<T> {
    return this.outside.iterate<T>(sql, params);
  }
  transaction<T>(fn: (tx: SqlConnection) => Promise<T>): Promise<T> {
    return this.outside.transaction(fn);
  }
  insert(table: string, columns: readonly string[], rows: ReadonlyArray<readonly Param[]>, returnIds?: boolean): Promise<number[]> {
    return this.outside.insert(table, columns, rows, returnIds);
  }
  insertAll(parts: ReadonlyArray<InsertPart>): Promise<void> {
    return this.outside.insertAll(parts);
  }
  lockJobs(): Promise<void> {
    return this.outside.lockJobs();
  }
  schemaVersion(): Promise<number> {
    return this.outside.schemaVersion();
  }
  setSchemaVersion(version: number): Promise<void> {
    return this.outside.setSchemaVersion(version);
  }
  userTables(): Promise<string[]> {
    return this.outside.userTables();
  }

  async close(): Promise<void> {
    this.reader?.close();
    this.reader = null;
    if (this.db.open) this.db.close();
  }
}
