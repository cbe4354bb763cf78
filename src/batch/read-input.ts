import { createHash } from 'node:crypto';
import { open, type FileHandle } from 'node:fs/promises';
import type { JsonlUnitRef } from '../core/document.js';
import { inputError } from '../core/errors.js';
import { fsError, isJsonlPath, readJsonlUnits, type JsonlOptions, type JsonlUnit } from '../read/index.js';
import { errorFailure, type FileFailure } from './record.js';
import type { FileMeta } from './store.js';

/** A file's bytes and identity, or why it could not be read. */
export type InputBytes = { meta: FileMeta; bytes: Uint8Array } | { meta: FileMeta; failure: FileFailure };

/**
 * What a batch analyses, one at a time: a file by its path, or a unit of a JSON Lines file (one
 * per line), or a line that is not a unit (stored as failed under `<file>:<line>`, so the run says
 * which line and goes on).
 */
export type BatchInput = { path: string } | { unit: JsonlUnit } | { problem: { path: string; failure: FileFailure } };

/**
 * The inputs of a run in order, a JSON Lines file expanded into its units as it is streamed (one
 * line in memory at a time; the caller's window bounds how many units wait for a worker).
 */
export async function* batchInputs(files: Iterable<string> | AsyncIterable<string>, jsonl: JsonlOptions): AsyncGenerator<BatchInput> {
  for await (const path of files) {
    if (!isJsonlPath(path)) {
      yield { path };
      continue;
    }
    for await (const item of readJsonlUnits(path, jsonl)) {
      if ('unit' in item) yield { unit: item.unit };
      else yield { problem: { path: item.problem.path ?? path, failure: errorFailure(item.problem) } };
    }
  }
}

/**
 * A unit as the workers receive it: its text as UTF-8 bytes, identified by `<file>#<id>` and the
 * SHA-256 of the text, so a re-run skips a unit whose text is unchanged wherever its line moved.
 */
export function unitInput(unit: JsonlUnit): { meta: FileMeta; bytes: Uint8Array; ref: JsonlUnitRef } {
  const bytes = Buffer.from(unit.text, 'utf8');
  return {
    meta: { path: unit.path, hash: createHash('sha256').update(bytes).digest('hex'), size: bytes.byteLength },
    bytes,
    ref: { file: unit.file, id: unit.id, line: unit.line },
  };
}

/**
 * Reads one input file for the pool. A file over `maxBytes` is hashed as a stream (so resume still
 * recognises it) but never held in memory; it is recorded as `too-large`. Missing or unreadable
 * files are recorded with an empty hash, so a later run retries them.
 */
export async function readInput(path: string, maxBytes: number): Promise<InputBytes> {
  // One open, then fstat on the handle: a separate stat by path cost the writer thread as much as
  // reading the file.
  let fh: FileHandle;
  try {
    fh = await open(path, 'r');
  } catch (e) {
    return { meta: { path, hash: '', size: 0 }, failure: errorFailure(fsError(path, e)) };
  }
  let size = 0;
  try {
    const st = await fh.stat();
    if (!st.isFile()) return { meta: { path, hash: '', size: 0 }, failure: errorFailure(inputError('not-regular-file', path, {})) };
    size = st.size;
    if (size > maxBytes) {
      const hash = await hashStream(fh);
      return {
        meta: { path, hash, size },
        failure: errorFailure(inputError('too-large', path, { size, limit: maxBytes })),
      };
    }
    const bytes = await fh.readFile();
    return { meta: { path, hash: createHash('sha256').update(bytes).digest('hex'), size: bytes.byteLength }, bytes };
  } catch (e) {
    return { meta: { path, hash: '', size }, failure: errorFailure(fsError(path, e)) };
  } finally {
    await fh.close();
  }
}

async function hashStream(fh: FileHandle): Promise<string> {
  const h = createHash('sha256');
  for await (const chunk of fh.createReadStream({ autoClose: false })) h.update(chunk as Buffer);
  return h.digest('hex');
}
