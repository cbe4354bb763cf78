import { randomBytes } from 'node:crypto';
import { realpathSync, statSync } from 'node:fs';
import { rename, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

/**
 * Writing output files without losing anything: a file is written to a temporary name in the same
 * folder and renamed over the target (atomic on one file system), so an interrupted write never
 * leaves half a file; and a command can check that an output is not one of its own inputs.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temp, data);
    await rename(temp, path);
  } catch (e) {
    await unlink(temp).catch(() => undefined);
    throw e;
  }
}

/** The canonical path of `p` (through symbolic links) when it exists, else its absolute path. */
function canonical(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return resolve(p);
  }
}

/** True when `a` and `b` name the same file (same path after links, or the same inode). */
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

export function exists(p: string): boolean {
  try {
    statSync(p);
    return true;
  } catch {
    return false;
  }
}
