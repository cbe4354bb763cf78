import { createHash } from 'node:crypto';
import { open, type FileHandle } from 'node:fs/promises';
import type { FileFailure } from './record.js';
import type { FileMeta } from './store.js';

/** A file's bytes and identity, or why it could not be read. */
export type InputBytes = { meta: FileMeta; bytes: Uint8Array } | { meta: FileMeta; failure: FileFailure };

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
    return { meta: { path, hash: '', size: 0 }, failure: fsFailure(e) };
  }
  let size = 0;
  try {
    const st = await fh.stat();
    if (!st.isFile()) return { meta: { path, hash: '', size: 0 }, failure: { kind: 'io', message: 'not a regular file' } };
    size = st.size;
    if (size > maxBytes) {
      const hash = await hashStream(fh);
      return {
        meta: { path, hash, size },
        failure: { kind: 'too-large', message: `${size} bytes is over the limit of ${maxBytes} bytes (--max-bytes)` },
      };
    }
    const bytes = await fh.readFile();
    return { meta: { path, hash: createHash('sha256').update(bytes).digest('hex'), size: bytes.byteLength }, bytes };
  } catch (e) {
    return { meta: { path, hash: '', size }, failure: fsFailure(e) };
  } finally {
    await fh.close();
  }
}

async function hashStream(fh: FileHandle): Promise<string> {
  const h = createHash('sha256');
  for await (const chunk of fh.createReadStream({ autoClose: false })) h.update(chunk as Buffer);
  return h.digest('hex');
}

function fsFailure(e: unknown): FileFailure {
  const err = e as NodeJS.ErrnoException;
  if (err.code === 'ENOENT') return { kind: 'not-found', message: 'no such file' };
  return { kind: 'io', message: err.code === undefined ? String(err.message) : `${err.code}: ${err.message}` };
}
