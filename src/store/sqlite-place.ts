import { accessSync, constants, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { fsProblem, type FsProblem } from '../core/errors.js';

/**
 * Why a SQLite database file cannot be created or written where it is — its folder, or the file
 * itself — or null. Asked before SQLite opens it (better-sqlite3 reports a missing folder as a
 * bare TypeError) and when SQLite cannot open it.
 */
export function sqlitePlaceProblem(path: string): FsProblem | null {
  if (path === ':memory:' || path === '') return null;
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
