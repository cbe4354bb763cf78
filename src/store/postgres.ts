import pg from 'pg';
import type { InsertPart, Param, Row, SqlConnection } from './connection.js';
import { numberedPlaceholders } from './dialect.js';
import { StoreError, toStoreError } from './errors.js';
import { redactUrl } from './location.js';

export interface PostgresOptions {
  /** Connections this process opens at most (a writer, a reader or two, the heartbeat). */
  maxConnections?: number;
  /** Give up connecting after this long. */
  connectTimeoutMs?: number;
}

const NOW_MS = `(extract(epoch from clock_timestamp()) * 1000)::bigint`;
const INT8 = 20;
/** Attempts of a transaction PostgreSQL aborts as a deadlock or serialization loser. */
const RETRIES = 5;
const NUMERIC = 1700;

/**
 * 64-bit integers and numerics as JavaScript numbers: every integer plankit stores (ids, counts,
 * 53-bit passage keys) is a safe integer, and SQLite hands them back as numbers too.
 */
const types = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === INT8 || oid === NUMERIC) return (v: string) => Number(v);
    return pg.types.getTypeParser(oid, format) as (v: string) => unknown;
  },
};

/**
 * The PostgreSQL store (node-postgres): a small pool of connections shared by the process. A
 * transaction takes one connection for its whole length; long reads go through a server-side cursor
 * a page at a time. Many processes, on one machine or many, work on the same database at once.
 */
export class PostgresConnection implements SqlConnection {
  readonly dialect = 'postgresql' as const;
  readonly nowMs = NOW_MS;
  readonly byCodePoint = ' COLLATE "C"';
  readonly name: string;
  private readonly pool: pg.Pool;
  private readonly columnTypes = new Map<string, Map<string, string>>();
  private cursors = 0;

  private constructor(url: string, options: PostgresOptions) {
    this.name = redactUrl(url);
    this.pool = new pg.Pool({
      connectionString: url,
      max: options.maxConnections ?? 6,
      connectionTimeoutMillis: options.connectTimeoutMs ?? 15_000,
      application_name: 'plankit',
      types,
    });
    // An idle connection the server drops must not crash the process; the next query reconnects.
    this.pool.on('error', () => {});
  }

  /** Connects (one round trip to check the server, the user and the database are there). */
  static async open(url: string, options: PostgresOptions = {}): Promise<PostgresConnection> {
    let conn: PostgresConnection;
    try {
      conn = new PostgresConnection(url, options);
    } catch (e) {
      throw new StoreError(redactUrl(url), 'bad-url', { message: (e as Error).message });
    }
    try {
      await conn.pool.query('SELECT 1');
    } catch (e) {
      await conn.pool.end().catch(() => {});
      if (e instanceof TypeError || (e as Error).message?.includes('Invalid URL')) throw new StoreError(conn.name, 'bad-url');
      throw toStoreError(conn.name, 'postgresql', e, true);
    }
    return conn;
  }

  private fail(e: unknown): never {
    throw toStoreError(this.name, 'postgresql', e);
  }

  private async query<T>(client: pg.Pool | pg.PoolClient, sql: string, params: readonly Param[]): Promise<pg.QueryResult<T & pg.QueryResultRow>> {
    try {
      return await client.query<T & pg.QueryResultRow>(numberedPlaceholders(sql), params as unknown[]);
    } catch (e) {
      this.fail(e);
    }
  }

  private view(client: pg.PoolClient | null): SqlConnection {
    const on = client ?? this.pool;
    return {
      dialect: 'postgresql',
      name: this.name,
      nowMs: NOW_MS,
      byCodePoint: ' COLLATE "C"',
      all: async <T>(sql: string, params: readonly Param[] = []) => (await this.query<T>(on, sql, params)).rows as T[],
      get: async <T>(sql: string, params: readonly Param[] = []) => (await this.query<T>(on, sql, params)).rows[0] as T | undefined,
      run: async (sql: string, params: readonly Param[] = []) => (await this.query(on, sql, params)).rowCount ?? 0,
      exec: async (sql: string) => {
        await this.query(on, sql, []);
      },
      iterate: <T>(sql: string, params: readonly Param[] = [], pageRows?: number) => this.cursor<T>(client, sql, params, pageRows),
      transaction: <T>(fn: (tx: SqlConnection) => Promise<T>) => (client === null ? this.begin(fn) : this.savepoint(client, fn)),
      insert: (table: string, columns: readonly string[], rows: ReadonlyArray<readonly Param[]>, returnIds = false) =>
        this.insertRows(on, table, columns, rows, returnIds),
      insertAll: (parts: ReadonlyArray<InsertPart>) => this.insertAllRows(on, parts),
      lockJobs: async () => {
        if (client === null) throw new Error('lockJobs needs a transaction');
        // Conflicts with itself, not with readers: one process at a time decides about the job.
        await this.query(client, 'LOCK TABLE jobs IN SHARE ROW EXCLUSIVE MODE', []);
      },
      schemaVersion: () => this.schemaVersion(),
      setSchemaVersion: async (v: number) => {
        await this.query(on, 'CREATE TABLE IF NOT EXISTS plankit_schema (version INTEGER NOT NULL)', []);
        await this.query(on, 'DELETE FROM plankit_schema', []);
        await this.query(on, 'INSERT INTO plankit_schema (version) VALUES (?)', [v]);
      },
      userTables: () => this.userTables(),
      close: () => this.close(),
    };
  }

  private readonly outside = (): SqlConnection => this.view(null);

  /**
   * A transaction, run again (a few times, after a short pause) when PostgreSQL aborts it as the
   * loser of a deadlock or a serialization conflict — its work was rolled back whole, and every
   * transaction body here only reads and writes the database, so running it again is safe.
   */
  private async begin<T>(fn: (tx: SqlConnection) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.beginOnce(fn);
      } catch (e) {
        const code = (e as { code?: string }).code;
        if (attempt >= RETRIES || (code !== '40P01' && code !== '40001')) throw e;
        await new Promise((r) => setTimeout(r, 20 * attempt + Math.random() * 30));
      }
    }
  }

  private async beginOnce<T>(fn: (tx: SqlConnection) => Promise<T>): Promise<T> {
    let client: pg.PoolClient;
    try {
      client = await this.pool.connect();
    } catch (e) {
      this.fail(e);
    }
    try {
      await this.query(client, 'BEGIN', []);
      const out = await fn(this.view(client));
      await this.query(client, 'COMMIT', []);
      return out;
    } catch (e) {
      await client.query('ROLLBACK').catch(() => {});
      throw e;
    } finally {
      client.release();
    }
  }

  private savepointDepth = new WeakMap<pg.PoolClient, number>();

  private async savepoint<T>(client: pg.PoolClient, fn: (tx: SqlConnection) => Promise<T>): Promise<T> {
    const depth = (this.savepointDepth.get(client) ?? 0) + 1;
    this.savepointDepth.set(client, depth);
    const name = `sp${depth}`;
    await this.query(client, `SAVEPOINT ${name}`, []);
    try {
      const out = await fn(this.view(client));
      await this.query(client, `RELEASE SAVEPOINT ${name}`, []);
      return out;
    } catch (e) {
      await client.query(`ROLLBACK TO SAVEPOINT ${name}`).catch(() => {});
      throw e;
    } finally {
      this.savepointDepth.set(client, depth - 1);
    }
  }

  /** A server-side cursor: FETCH a page at a time, in the caller's transaction or one of its own. */
  private async *cursor<T>(client: pg.PoolClient | null, sql: string, params: readonly Param[], pageRows = 5000): AsyncGenerator<T> {
    const own = client === null;
    let c: pg.PoolClient;
    if (client === null) {
      try {
        c = await this.pool.connect();
      } catch (e) {
        this.fail(e);
      }
    } else c = client;
    const name = `plankit_cursor_${++this.cursors}`;
    let declared = false;
    try {
      if (own) await this.query(c, 'BEGIN READ ONLY', []);
      await this.query(c, `DECLARE ${name} NO SCROLL CURSOR FOR ${sql}`, params);
      declared = true;
      for (;;) {
        const page = await this.query<T>(c, `FETCH ${pageRows} FROM ${name}`, []);
        for (const r of page.rows) yield r as T;
        if (page.rows.length < pageRows) break;
      }
    } finally {
      if (own) {
        await c.query('ROLLBACK').catch(() => {});
        c.release();
      } else if (declared) await c.query(`CLOSE ${name}`).catch(() => {});
    }
  }

  /** Column types of a table (for the casts of unnested arrays), read once. */
  private async typesOf(on: pg.Pool | pg.PoolClient, table: string): Promise<Map<string, string>> {
    let m = this.columnTypes.get(table);
    if (m === undefined) {
      const r = await this.query<{ column_name: string; data_type: string }>(
        on,
        `SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = ?`,
        [table],
      );
      m = new Map(r.rows.map((x) => [x.column_name, x.data_type]));
      this.columnTypes.set(table, m);
    }
    return m;
  }

  /**
   * One statement for any number of rows: each column as an array parameter, unnested. With ids
   * wanted, they are drawn from the table's sequence first (ascending, in row order) and inserted
   * explicitly, so the answer is in row order by construction.
   */
  private async insertRows(on: pg.Pool | pg.PoolClient, table: string, columns: readonly string[], rows: ReadonlyArray<readonly Param[]>, returnIds: boolean): Promise<number[]> {
    if (rows.length === 0) return [];
    const types = await this.typesOf(on, table);
    let cols = [...columns];
    let data: ReadonlyArray<readonly Param[]> = rows;
    let ids: number[] = [];
    if (returnIds) {
      const r = await this.query<{ id: number }>(on, `SELECT nextval(pg_get_serial_sequence(?, 'id')) AS id FROM generate_series(1, ?)`, [table, rows.length]);
      ids = r.rows.map((x) => Number(x.id));
      cols = ['id', ...cols];
      data = rows.map((row, i) => [ids[i] as number, ...row]);
    }
    const arrays = cols.map((_, k) => data.map((row) => row[k] ?? null));
    const casts = cols.map((c, k) => {
      const t = types.get(c);
      if (t === undefined) throw new Error(`${table} has no column ${c}`);
      return `$${k + 1}::${t === 'double precision' ? 'float8' : t === 'bigint' ? 'int8' : t === 'integer' ? 'int4' : 'text'}[]`;
    });
    const sql = `INSERT INTO ${table} (${cols.map((c) => `"${c}"`).join(', ')}) SELECT * FROM unnest(${casts.join(', ')})`;
    try {
      await on.query(sql, arrays);
    } catch (e) {
      this.fail(e);
    }
    return ids;
  }

  /** The `$k::type[]` casts of a table's columns, parameters numbered from `first`. */
  private async casts(on: pg.Pool | pg.PoolClient, table: string, cols: readonly string[], first: number): Promise<string[]> {
    const types = await this.typesOf(on, table);
    return cols.map((c, k) => {
      const t = types.get(c);
      if (t === undefined) throw new Error(`${table} has no column ${c}`);
      return `$${first + k}::${t === 'double precision' ? 'float8' : t === 'bigint' ? 'int8' : t === 'integer' ? 'int4' : 'text'}[]`;
    });
  }

  /** Several tables' rows in one statement: WITH a AS (INSERT …), b AS (INSERT …) SELECT 1. */
  private async insertAllRows(on: pg.Pool | pg.PoolClient, parts: ReadonlyArray<InsertPart>): Promise<void> {
    const used = parts.filter((p) => p.rows.length > 0);
    if (used.length === 0) return;
    const clauses: string[] = [];
    const params: unknown[] = [];
    for (const [i, p] of used.entries()) {
      const casts = await this.casts(on, p.table, p.columns, params.length + 1);
      for (let k = 0; k < p.columns.length; k++) params.push(p.rows.map((row) => row[k] ?? null));
      clauses.push(`w${i} AS (INSERT INTO ${p.table} (${p.columns.map((c) => `"${c}"`).join(', ')}) SELECT * FROM unnest(${casts.join(', ')}))`);
    }
    try {
      await on.query(`WITH ${clauses.join(', ')} SELECT 1`, params);
    } catch (e) {
      this.fail(e);
    }
  }

  async schemaVersion(): Promise<number> {
    const t = await this.query<{ t: string | null }>(this.pool, `SELECT to_regclass('plankit_schema')::text AS t`, []);
    if (t.rows[0]?.t === null || t.rows[0]?.t === undefined) return 0;
    const r = await this.query<{ version: number }>(this.pool, 'SELECT max(version) AS version FROM plankit_schema', []);
    return Number(r.rows[0]?.version ?? 0);
  }

  async userTables(): Promise<string[]> {
    const r = await this.query<{ table_name: string }>(
      this.pool,
      `SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_name <> 'plankit_schema'`,
      [],
    );
    return r.rows.map((x) => x.table_name);
  }

  all<T = Row>(sql: string, params?: readonly Param[]): Promise<T[]> {
    return this.outside().all<T>(sql, params);
  }
  get<T = Row>(sql: string, params?: readonly Param[]): Promise<T | undefined> {
    return this.outside().get<T>(sql, params);
  }
  run(sql: string, params?: readonly Param[]): Promise<number> {
    return this.outside().run(sql, params);
  }
  exec(sql: string): Promise<void> {
    return this.outside().exec(sql);
  }
  iterate<T = Row>(sql: string, params?: readonly Param[], pageRows?: number): AsyncGenerator<T> {
    return this.cursor<T>(null, sql, params ?? [], pageRows);
  }
  transaction<T>(fn: (tx: SqlConnection) => Promise<T>): Promise<T> {
    return this.begin(fn);
  }
  insert(table: string, columns: readonly string[], rows: ReadonlyArray<readonly Param[]>, returnIds?: boolean): Promise<number[]> {
    return this.insertRows(this.pool, table, columns, rows, returnIds === true);
  }
  insertAll(parts: ReadonlyArray<InsertPart>): Promise<void> {
    return this.insertAllRows(this.pool, parts);
  }
  lockJobs(): Promise<void> {
    return this.outside().lockJobs();
  }
  setSchemaVersion(version: number): Promise<void> {
    return this.outside().setSchemaVersion(version);
  }

  private closed = false;
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.pool.end().catch(() => {});
  }
}
