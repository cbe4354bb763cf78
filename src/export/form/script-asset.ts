import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

/**
 * The bundled page script, built by scripts/build-form-script.mjs (`npm run build`). This file is
 * at src/export/form/ and, built, at dist/export/form/: three levels below the package root either
 * way, so the same relative path finds dist/browser/form-page.js.
 */
export const FORM_SCRIPT_PATH = fileURLToPath(new URL('../../../dist/browser/form-page.js', import.meta.url));

/** The script's text, or null when it has not been built. */
export async function readFormScript(): Promise<string | null> {
  try {
    return await readFile(FORM_SCRIPT_PATH, 'utf8');
  } catch {
    return null;
  }
}
