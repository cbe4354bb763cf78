import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { errnoOf, inputError, isPlankitError, type PlankitError } from '../core/errors.js';

/** The path that means standard input. */
export const STDIN_PATH = '-';

export function tooLarge(path: string, size: number, maxBytes: number): PlankitError {
  return inputError('too-large', path, { size, limit: maxBytes });
}

/** Why a file could not be read, from the file system's errno. */
export function fsError(path: string, e: unknown): PlankitError {
  const code = errnoOf(e);
  if (code === 'ENOENT' || code === 'ENOTDIR') return inputError('not-found', path, {});
  if (code === 'EISDIR') return inputError('is-folder', path, {});
  if (code === 'EACCES' || code === 'EPERM') return inputError('permission-denied', path, {});
  return inputError('read-failed', path, { errno: code ?? 'unknown' });
}

/** All of a stream as bytes, refusing (early) to hold more than maxBytes. */
async function readStream(path: string, stream: AsyncIterable<Uint8Array | string>, maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    size += buf.byteLength;
    if (size > maxBytes) throw tooLarge(path, size, maxBytes);
    chunks.push(buf);
  }
  return Buffer.concat(chunks, size);
}

/**
 * A regular file's bytes read synchronously (open, fstat, read, close: four system calls and no
 * promise round trips), or null when `path` is not a regular file. Plan files are small and read one
 * after another: for a folder of 100k of them the asynchronous calls cost more than the reading
 * (3.5 s against 0.5 s per 10k files), and nothing else waits on the event loop meanwhile.
 */
function readRegularFileSync(path: string, maxBytes: number): Uint8Array | null {
  let fd: number;
  try {
    // Non-blocking, so that opening a FIFO does not wait for its writer on the main thread; a file
    // that is not regular goes back to the asynchronous path.
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    throw fsError(path, e);
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw inputError('is-folder', path, {});
    if (!stat.isFile()) return null;
    if (stat.size > maxBytes) throw tooLarge(path, stat.size, maxBytes);
    const bytes = Buffer.allocUnsafe(stat.size);
    let got = 0;
    while (got < bytes.length) {
      const n = readSync(fd, bytes, got, bytes.length - got, got);
      if (n === 0) break;
      got += n;
    }
    return got === bytes.length ? bytes : bytes.subarray(0, got);
  } catch (e) {
    if (isPlankitError(e)) throw e;
    throw fsError(path, e);
  } finally {
    closeSync(fd);
  }
}

/**
 * The raw bytes of a file, or of stdin for "-". The size limit is checked before reading a file
 * (fstat) and while reading stdin, so an oversized input is refused without loading it.
 */
export async function readInputBytes(path: string, maxBytes: number, stdin: AsyncIterable<Uint8Array | string> = process.stdin): Promise<Uint8Array> {
  if (path === STDIN_PATH) return readStream(path, stdin, maxBytes);
  const regular = readRegularFileSync(path, maxBytes);
  if (regular !== null) return regular;
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (e) {
    throw fsError(path, e);
  }
  try {
    const stat = await handle.stat();
    if (stat.isDirectory()) throw inputError('is-folder', path, {});
    if (stat.size > maxBytes) throw tooLarge(path, stat.size, maxBytes);
    // Not a regular file (a FIFO, /dev/stdin): size unknown, read as a stream with the same limit.
    if (!stat.isFile()) return await readStream(path, handle.createReadStream({ autoClose: false }), maxBytes);
    return await handle.readFile();
  } catch (e) {
    if (isPlankitError(e)) throw e;
    throw fsError(path, e);
  } finally {
    await handle.close();
  }
}
