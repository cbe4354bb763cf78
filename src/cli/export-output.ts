import { inputError } from '../core/errors.js';
import { cliFiles } from '../messages/index.js';
import type { CliIO } from './io.js';
import { UsageProblem } from './output.js';
import { sameFile, writeFileAtomic } from './safe-write.js';

/**
 * Writes an export (a Word file, a page, a values file) to `output` atomically, refusing, as every
 * command does, to write over one of its `inputs` (a usage error, nothing written).
 */
export async function writeExport(io: CliIO, output: string, data: string | Uint8Array, inputs: readonly string[]): Promise<void> {
  if (inputs.some((i) => sameFile(output, i))) throw new UsageProblem(cliFiles(io.lang).outputIsInput('-o', output));
  try {
    await writeFileAtomic(output, data);
  } catch (e) {
    throw inputError('io', output, `cannot write: ${(e as Error).message}`);
  }
}

/** True when the file name asks for a Word file. */
export function isDocxPath(path: string | undefined): boolean {
  return path !== undefined && /\.docx$/i.test(path);
}
