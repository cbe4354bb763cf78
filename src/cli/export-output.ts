import { PlankitError } from '../core/errors.js';
import { exportTexts } from '../messages/index.js';
import type { CliIO } from './io.js';
import { clobberedInput, writeFileAtomic } from './output-file.js';

/**
 * Writes an export (a Word file, a page, a values file) to `output`, refusing to overwrite any of
 * the command's `inputs` (an error naming the input, exit 1, nothing written).
 */
export async function writeExport(io: CliIO, output: string, data: string | Uint8Array, inputs: readonly string[]): Promise<void> {
  const input = clobberedInput(output, inputs);
  if (input !== undefined) throw new PlankitError('invalid-values', exportTexts(io.lang).outputIsInput(input), output);
  await writeFileAtomic(output, data);
}

/** True when the file name asks for a Word file. */
export function isDocxPath(path: string | undefined): boolean {
  return path !== undefined && /\.docx$/i.test(path);
}
