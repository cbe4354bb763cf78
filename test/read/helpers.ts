import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect } from 'vitest';
import { isPlankitError, type ErrorKind, type PlankitError } from '../../src/core/errors.js';
import { REPO_ROOT } from '../helpers/seed.js';

export const FIXTURES = resolve(REPO_ROOT, 'fixtures/read');

export interface ExpectedFixture {
  file: string;
  format: 'text' | 'html';
  encoding?: string;
  text?: string;
  title?: string;
  diagnostics?: string[];
  replacements?: number;
  error?: ErrorKind;
}

export function expectedFixtures(): ExpectedFixture[] {
  return JSON.parse(readFileSync(resolve(FIXTURES, 'expected.json'), 'utf8')) as ExpectedFixture[];
}

export function fixtureBytes(file: string): Buffer {
  return readFileSync(resolve(FIXTURES, file));
}

/** Runs `f`, expects a PlankitError of `kind` whose one-line form names `path`; returns it. */
export function expectPlankitError(f: () => unknown, kind: ErrorKind, path?: string): PlankitError {
  let caught: unknown;
  try {
    f();
  } catch (e) {
    caught = e;
  }
  expect(isPlankitError(caught), `expected a PlankitError '${kind}', got ${String(caught)}`).toBe(true);
  const err = caught as PlankitError;
  expect(err.kind).toBe(kind);
  if (path !== undefined) {
    expect(err.path).toBe(path);
    expect(err.toLine().startsWith(`${path}: `)).toBe(true);
  }
  return err;
}

export async function expectPlankitErrorAsync(p: Promise<unknown>, kind: ErrorKind, path?: string): Promise<PlankitError> {
  let caught: unknown;
  try {
    await p;
  } catch (e) {
    caught = e;
  }
  return expectPlankitError(() => {
    if (caught !== undefined) throw caught instanceof Error ? caught : new Error('a non-Error was thrown', { cause: caught });
  }, kind, path);
}
