import { PlankitError } from '../core/errors.js';

/** Why a results store cannot be used — what the one-line message says, in words a user can act on. */
export type StoreProblem =
  | 'bad-url' // the PostgreSQL URL does not parse
  | 'unreachable' // nothing answers at the host and port (refused, unknown host, timeout)
  | 'auth' // the server refused the user or password
  | 'no-database' // the server has no database of that name
  | 'newer-schema' // written by a newer plankit
  | 'not-plankit' // a database, but not a plankit results store
  | 'missing' // no database file at that path (reading a report)
  | 'empty' // a database with no tables (reading a report)
  | 'corrupt' // not a database at all, or damaged
  | 'read-only' // the file, folder, disk or server refuses writes
  | 'no-space' // disk (or quota) full
  | 'permission' // the file system or the server's privileges refuse access
  | 'busy' // another process holds the database
  | 'failed'; // anything else the database reported

const REASONS: Record<Exclude<StoreProblem, 'newer-schema' | 'failed'>, string> = {
  'bad-url': 'not a valid PostgreSQL URL (postgresql://user:password@host:port/database)',
  unreachable: 'cannot connect to the database server',
  auth: 'the database server refused the user name or password',
  'no-database': 'the database does not exist on the server (create it first: createdb NAME)',
  'not-plankit': 'not a plankit results database',
  missing: 'no such database (run plankit batch first)',
  empty: 'an empty database, not a plankit results database (run plankit batch first)',
  corrupt: 'not a database, or a damaged one',
  'read-only': 'the database is read-only',
  'no-space': 'no space left for the database (disk or quota full)',
  permission: 'permission denied',
  busy: 'the database is locked by another process',
};

/**
 * A results store that cannot be used: names the store (a PostgreSQL URL without its password) and
 * the reason, and exits 1 like any input that cannot be processed. Raised before anything is
 * written, or by a write that is then rolled back whole, so nothing is left half-written.
 */
export class StoreError extends PlankitError {
  readonly problem: StoreProblem;
  /** The database's own code (SQLITE_FULL, 53100 …) or errno, when there is one. */
  readonly code: string | undefined;

  constructor(store: string, problem: StoreProblem, detail?: { code?: string; message?: string; version?: number; supported?: number }) {
    super('io', reasonOf(problem, detail), store);
    this.name = 'PlankitError';
    this.problem = problem;
    this.code = detail?.code;
  }
}

function reasonOf(problem: StoreProblem, detail?: { code?: string; message?: string; version?: number; supported?: number }): string {
  if (problem === 'newer-schema') {
    return `the database was written by a newer plankit (schema version ${detail?.version}; this plankit reads up to ${detail?.supported}): upgrade plankit`;
  }
  const base = problem === 'failed' ? 'database error' : REASONS[problem];
  const extra = [detail?.code, problem === 'failed' || problem === 'unreachable' ? detail?.message : undefined].filter((x) => x !== undefined && x !== '');
  return extra.length > 0 ? `${base} (${extra.join(': ')})` : base;
}

export function isStoreError(e: unknown): e is StoreError {
  return e instanceof StoreError;
}

/** SQLite result codes (better-sqlite3's `code`) → problem. */
export function sqliteProblem(code: string | undefined): StoreProblem {
  if (code === undefined) return 'failed';
  if (code.startsWith('SQLITE_READONLY')) return 'read-only';
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT') return 'no-space';
  if (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT')) return 'corrupt';
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return 'busy';
  if (code === 'SQLITE_PERM' || code === 'EACCES' || code === 'EPERM') return 'permission';
  if (code === 'EROFS') return 'read-only';
  if (code.startsWith('SQLITE_CANTOPEN')) return 'permission';
  if (code.startsWith('SQLITE_IOERR')) return 'failed';
  return 'failed';
}

/** node-postgres errors (SQLSTATE in `code`, or a socket errno) → problem. */
export function postgresProblem(code: string | undefined): StoreProblem {
  if (code === undefined) return 'failed';
  if (['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ECONNRESET'].includes(code)) return 'unreachable';
  if (code === '28P01' || code === '28000') return 'auth';
  if (code === '3D000') return 'no-database';
  if (code === '53100') return 'no-space';
  if (code === '25006') return 'read-only';
  if (code === '42501') return 'permission';
  if (code === '57P03' || code === '08001' || code === '08006' || code === '08004') return 'unreachable';
  return 'failed';
}

/** Any error from a store as a StoreError naming it (a StoreError passes through). */
export function toStoreError(store: string, dialect: 'sqlite' | 'postgresql', e: unknown): StoreError {
  if (e instanceof StoreError) return e;
  const err = e as { code?: unknown; message?: unknown };
  const code = typeof err?.code === 'string' ? err.code : undefined;
  const problem = dialect === 'sqlite' ? sqliteProblem(code) : postgresProblem(code);
  const message = typeof err?.message === 'string' ? err.message.split('\n')[0] : String(e);
  return new StoreError(store, problem, { ...(code === undefined ? {} : { code }), message });
}
