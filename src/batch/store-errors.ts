import { accessSync, constants, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { fsProblem, isPlankitError, PlankitError, type FsProblem } from '../core/errors.js';

/**
 * Database problems a user can fix, as PlankitErrors of kind `store` naming the database: a file
 * that is not a database or is damaged, a folder that is missing or read-only, a disk that is full,
 * another process holding it. Everything else (a bug) is passed through unchanged.
 */

/** The SQLite result code of a thrown value, when it is an SQLite error (better-sqlite3's SqliteError). */
export function sqliteCode(e: unknown): string | undefined {
  if (typeof e !== 'object' || e === null || !('code' in e)) return undefined;
  const code = e.code;
  return typeof code === 'string' && code.startsWith('SQLITE_') ? code : undefined;
}

function sqliteProblem(code: string): FsProblem {
  if (code.startsWith('SQLITE_READONLY')) return 'read-only';
  if (code === 'SQLITE_FULL') return 'no-space';
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return 'busy';
  if (code.startsWith('SQLITE_PERM') || code.startsWith('SQLITE_AUTH')) return 'permission';
  return 'other';
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** Why a database file cannot be created or written where it is: its folder, or the file itself. */
function placeProblem(path: string): FsProblem | null {
  const dir = dirname(path);
  try {
    if (!statSync(dir).isDirectory()) return 'not-folder';
  } catch (e) {
    const p = fsProblem(e, false).problem;
    return p === 'missing' ? 'missing-folder' : p;
  }
  try {
    if (statSync(path).isDirectory()) return 'is-folder';
  } catch {
    // not there yet: SQLite creates it in the folder checked above
  }
  try {
    accessSync(dir, constants.W_OK);
  } catch (e) {
    return fsProblem(e, true).problem;
  }
  return null;
}

/**
 * Checks, before SQLite opens `path`, what it would report badly: a missing folder (better-sqlite3
 * throws a bare TypeError), a folder where the file should be.
 */
export function checkStorePlace(path: string, existing: boolean): void {
  if (path === ':memory:' || path === '') return;
  if (existing && !isFile(path)) throw new PlankitError('not-found', {}, path);
  const problem = placeProblem(path);
  if (problem === 'missing-folder' || problem === 'not-folder' || problem === 'is-folder') throw new PlankitError('store-open', { problem }, path);
}

/**
 * A thrown value as a store error about `path` when it is one a user can fix (or already a
 * PlankitError, which gets the path); anything else unchanged.
 */
export function storeError(path: string, e: unknown, opening = false): unknown {
  if (isPlankitError(e)) return e.path === undefined ? e.at(path) : e;
  const code = sqliteCode(e);
  if (code === undefined) return e;
  if (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT')) return new PlankitError('store-corrupt', {}, path);
  const problem = code.startsWith('SQLITE_CANTOPEN') ? (placeProblem(path) ?? 'other') : sqliteProblem(code);
  if (opening) return new PlankitError('store-open', problem === 'other' ? { problem, errno: code } : { problem }, path);
  return new PlankitError('store-failed', { problem, sqlite: code }, path);
}
