import { once } from 'node:events';
import { accessSync, constants, existsSync } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { usageError, withinRange, writeError, type OptionRange, type PlankitError } from '../core/errors.js';
import type { CliIO } from './io.js';

export type OutputFormat = 'text' | 'json';

/** Stable JSON: two-space indent, trailing newline. */
export function writeJson(io: CliIO, value: unknown): void {
  io.stdout.write(JSON.stringify(value, null, 2) + '\n');
}

/**
 * Writes a JSON object whose arrays hold one element per line, in chunks of about a megabyte: the
 * whole document as one string was the largest allocation of a 100k-unit dedup run (100 MB and more).
 */
export function writeJsonRows(io: CliIO, value: object): void {
  const CHUNK = 1 << 20;
  let buffer = '{';
  const flush = (force: boolean): void => {
    if (force || buffer.length >= CHUNK) {
      io.stdout.write(buffer);
      buffer = '';
    }
  };
  Object.entries(value).forEach(([key, v]: [string, unknown], k) => {
    buffer += `${k === 0 ? '' : ','}\n  ${JSON.stringify(key)}: `;
    if (!Array.isArray(v)) {
      buffer += JSON.stringify(v);
      return;
    }
    buffer += '[';
    v.forEach((item: unknown, i) => {
      buffer += `${i === 0 ? '' : ','}\n    ${JSON.stringify(item)}`;
      flush(false);
    });
    buffer += v.length === 0 ? ']' : '\n  ]';
  });
  buffer += '\n}\n';
  flush(true);
}

/** Colour only on a TTY and when NO_COLOR is not set. */
export function useColour(stream: CliIO['stdout']): boolean {
  return stream.isTTY === true && !('NO_COLOR' in process.env) && process.env.TERM !== 'dumb';
}

/** Parses an option whose value must be one of `choices`; throws a usage error otherwise. */
export function choice<T extends string>(name: string, value: string, choices: readonly T[]): T {
  const found = choices.find((c) => c === value);
  if (found === undefined) throw usageError('bad-choice', { option: name, value, choices });
  return found;
}

/** Parses a number option within `range`; throws a usage error (exit 2) otherwise. */
export function numberOption(name: string, value: string, range: OptionRange): number {
  const n = value.trim() === '' ? NaN : Number(value);
  if (!withinRange(n, range)) throw usageError('bad-number', { option: name, value, range });
  return n;
}

/** numberOption for an option that may be absent. */
export function optionalNumber(name: string, value: string | undefined, range: OptionRange): number | undefined {
  return value === undefined ? undefined : numberOption(name, value, range);
}

/**
 * Why `path` could not be written, naming it. A folder reported missing is checked further: when the
 * nearest folder that exists cannot be written (read-only, no permission) that is the reason — a
 * recursive mkdir on a read-only file system says only ENOENT.
 */
export function outputError(path: string, e: unknown): PlankitError<'cannot-write'> {
  const err = writeError(path, e);
  if (err.args.problem !== 'missing-folder') return err;
  let dir = dirname(resolve(path));
  while (!existsSync(dir) && dirname(dir) !== dir) dir = dirname(dir);
  try {
    accessSync(dir, constants.W_OK);
  } catch (denied) {
    return writeError(path, denied);
  }
  return err;
}

/**
 * Writes chunk after chunk to a file (or stdout when `path` is undefined), waiting when the stream
 * asks to. A file that cannot be written (a missing folder, no permission, a full disk) is a
 * PlankitError of kind `output` naming it.
 */
export async function writeChunks(chunks: Iterable<string> | AsyncIterable<string>, path: string | undefined, io: CliIO): Promise<void> {
  if (path === undefined) {
    for await (const chunk of chunks) if (!io.stdout.write(chunk)) await once(io.stdout, 'drain');
    return;
  }
  let handle: FileHandle;
  try {
    handle = await open(path, 'w');
  } catch (e) {
    throw outputError(path, e);
  }
  try {
    for await (const chunk of chunks) await handle.write(chunk);
  } catch (e) {
    throw outputError(path, e);
  } finally {
    await handle.close();
  }
}
