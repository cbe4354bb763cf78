import { randomBytes } from 'node:crypto';
import { realpathSync, statSync } from 'node:fs';
import { rename, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { inputError } from '../core/errors.js';

/**
 * Writing a command's output file without losing anything: never over one of the command's own
 * inputs, and through a temporary file in the same folder renamed over the target, so an
 * interrupted write never leaves half a file.
 */

function canonical(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return resolve(p);
  }
}

/** True when `a` and `b` name the same file (the same path after links, or the same inode). */
export function sameFile(a: string, b: string): boolean {
  if (a === '-' || b === '-') return false;
  if (canonical(a) === canonical(b)) return true;
  try {
    const sa = statSync(a);
    const sb = statSync(b);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
}

/** The input `output` would overwrite, if any. */
export function clobberedInput(output: string, inputs: readonly string[]): string | undefined {
  return inputs.find((i) => sameFile(output, i));
}

export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temp, data);
    await rename(temp, path);
  } catch (e) {
    await unlink(temp).catch(() => undefined);
    throw inputError('io', path, `cannot write: ${(e as Error).message}`);
  }
}
