import { usageError } from '../core/errors.js';
import { outputError } from './output.js';
import { sameFile, writeFileAtomic } from './safe-write.js';

/**
 * Writes an export (a Word file, a page, a values file) to `output` atomically, refusing, as every
 * command does, to write over one of its `inputs` (a usage error, nothing written).
 */
export async function writeExport(output: string, data: string | Uint8Array, inputs: readonly string[]): Promise<void> {
  if (inputs.some((i) => sameFile(output, i))) throw usageError('output-is-input', { option: '-o' }, output);
  try {
    await writeFileAtomic(output, data);
  } catch (e) {
    throw outputError(output, e);
  }
}

/** True when the file name asks for a Word file. */
export function isDocxPath(path: string | undefined): boolean {
  return path !== undefined && /\.docx$/i.test(path);
}
