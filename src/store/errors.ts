import { PlankitError, type ErrorArgs, type ErrorCode, type FsProblem, type ServerProblem } from '../core/errors.js';
import { sqlitePlaceProblem } from './sqlite-place.js';

/** Why a results store cannot be used — what the one-line message says, in words a user can act on. */
export type StoreProblem =
  | ServerProblem // PostgreSQL: bad URL, unreachable, refused user, no such database, … (store-server)
  | 'newer-schema' // written by a newer plankit
  | 'not-plankit' // a database, but not a plankit results store
  | 'missing' // no database file at that path (reading a report)
  | 'empty' // a database with no tables (reading a report)
  | 'corrupt' // not a database at all, or damaged
  | 'busy' // another process holds the database
  | 'missing-folder' // SQLite: the folder of a new database file does not exist
  | 'not-folder' // SQLite: a part of the path is a file
  | 'is-folder'; // SQLite: the path is a folder

export interface StoreErrorDetail {
  /** The database's own code (SQLITE_FULL, 53100 …) or errno, when there is one. */
  code?: string;
  /** The database's first line about it (kept for a PostgreSQL error nothing else names). */
  message?: string;
  version?: number;
  supported?: number;
  /** Raised while opening the store (SQLite: store-open rather than store-failed). */
  opening?: boolean;
}

const isServer = (store: string): boolean => /^postgres(ql)?:\/\//i.test(store);

/** The error code and arguments that say `problem` about `store` (see ErrorArgs; zh and en in src/messages). */
function codeOf(store: string, problem: StoreProblem, d: StoreErrorDetail): { code: ErrorCode; args: ErrorArgs[ErrorCode] } {
  switch (problem) {
    case 'newer-schema':
      return { code: 'store-newer', args: { version: d.version ?? 0, supported: d.supported ?? 0 } };
    case 'not-plankit':
      return { code: 'store-not-plankit', args: {} };
    case 'missing':
      return { code: 'not-found', args: {} };
    case 'empty':
      return { code: 'store-empty', args: {} };
    case 'corrupt':
      return { code: 'store-corrupt', args: {} };
    default:
      break;
  }
  if (isServer(store) && problem !== 'busy' && problem !== 'missing-folder' && problem !== 'not-folder' && problem !== 'is-folder') {
    const args: ErrorArgs['store-server'] = { problem };
    if (d.code !== undefined) args.code = d.code;
    if ((problem === 'failed' || problem === 'unreachable') && d.message !== undefined && d.message !== '') args.detail = d.message;
    return { code: 'store-server', args };
  }
  const fs: FsProblem =
    problem === 'read-only' || problem === 'no-space' || problem === 'permission' || problem === 'busy' || problem === 'missing-folder' || problem === 'not-folder' || problem === 'is-folder'
      ? problem
      : 'other';
  if (d.opening === true) return { code: 'store-open', args: fs === 'other' && d.code !== undefined ? { problem: fs, errno: d.code } : { problem: fs } };
  return { code: 'store-failed', args: { problem: fs, sqlite: d.code ?? 'SQLITE_ERROR' } };
}

/**
 * A results store that cannot be used, as a PlankitError of kind `store` (exit 1) naming the store
 * (a PostgreSQL URL without its password) and the reason, in the user's language (src/messages).
 * Raised before anything is written, or by a write that is then rolled back whole, so nothing is
 * left half-written. `problem` says why in one word for callers and tests.
 */
export class StoreError extends PlankitError {
  readonly problem: StoreProblem;
  /** The database's own code (SQLITE_FULL, 53100 …) or errno, when there is one. */
  readonly dbCode: string | undefined;

  constructor(store: string, problem: StoreProblem, detail: StoreErrorDetail = {}) {
    const { code, args } = codeOf(store, problem, detail);
    super(code, args, store);
    this.problem = problem;
    this.dbCode = detail.code;
  }
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

/**
 * An error from a store as a StoreError naming it (a StoreError passes through). An error the
 * database did not raise (no SQLite result code, no SQLSTATE or errno) is a bug, not the store's:
 * it passes through unchanged (exit 3) — except while opening, where anything means the store
 * cannot be used.
 */
export function toStoreError(store: string, dialect: 'sqlite' | 'postgresql', e: unknown, opening = false): unknown {
  if (e instanceof StoreError) return e;
  const err = e as { code?: unknown; message?: unknown };
  const code = typeof err?.code === 'string' ? err.code : undefined;
  if (code === undefined && !opening) return e;
  let problem = dialect === 'sqlite' ? sqliteProblem(code) : postgresProblem(code);
  // SQLite cannot open the file: say why its place refuses it, when it can be told.
  if (dialect === 'sqlite' && opening && (code === undefined || code.startsWith('SQLITE_CANTOPEN'))) {
    const place = sqlitePlaceProblem(store);
    if (place !== null && place !== 'other' && place !== 'missing') problem = place;
  }
  const message = typeof err?.message === 'string' ? err.message.split('\n')[0] : String(e);
  return new StoreError(store, problem, { ...(code === undefined ? {} : { code }), ...(message === undefined ? {} : { message }), opening });
}
