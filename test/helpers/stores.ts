/**
 * The stores the store-facing tests run against: a SQLite file in a temporary folder, and a fresh
 * database on the test PostgreSQL cluster (test/setup/postgres.ts). One set of tests, two
 * implementations.
 */
import { join } from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';

export type StoreKind = 'sqlite' | 'postgresql';

/** The store kinds to run: both, or SQLite alone (loudly) when PostgreSQL is not installed. */
export function storeKinds(): StoreKind[] {
  return inject('pgUrl') === null ? ['sqlite'] : ['sqlite', 'postgresql'];
}

let counter = 0;

/** A new empty store of `kind`: a path under `dir`, or the URL of a database created for it. */
export async function freshStore(kind: StoreKind, dir: string): Promise<string> {
  if (kind === 'sqlite') return join(dir, `r${++counter}.sqlite`);
  const admin = inject('pgUrl');
  if (admin === null) throw new Error('no PostgreSQL test cluster');
  const name = `t_${process.pid}_${Date.now().toString(36)}_${++counter}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  return admin.replace(/\/postgres$/, `/${name}`);
}

/** Runs a query on a store directly (for assertions), whatever its kind. */
export async function queryStore<T = Record<string, unknown>>(db: string, sql: string, params: unknown[] = []): Promise<T[]> {
  if (db.startsWith('postgresql://')) {
    const client = new pg.Client({ connectionString: db });
    await client.connect();
    try {
      const r = await client.query(sql.replace(/\?/g, (() => { let n = 0; return () => `$${++n}`; })()), params);
      return r.rows.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, typeof v === 'string' && /^-?\d+$/.test(v) && (r.fields.find((f) => f.name === k)?.dataTypeID === 20 || r.fields.find((f) => f.name === k)?.dataTypeID === 1700) ? Number(v) : v]))) as T[];
    } finally {
      await client.end();
    }
  }
  const Database = (await import('better-sqlite3')).default;
  const d = new Database(db, { readonly: true });
  try {
    return d.prepare(sql).all(...(params as never[])) as T[];
  } finally {
    d.close();
  }
}
