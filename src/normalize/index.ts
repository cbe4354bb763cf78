import type { DecodedDocument, Document, Script } from '../core/document.js';
import { detectScript } from './detect-script.js';
import { foldScript } from './fold-script.js';
import { simplifiedOnlyTable } from './script-passes.js';
import { foldWidth } from './fold-width.js';

export { convertToSimplified, convertToTraditional, foldScript, foldScriptLine } from './fold-script.js';
export { foldWidth } from './fold-width.js';
export { detectScript } from './detect-script.js';

export interface FoldResult {
  folded: string;
  script: Script;
}

/** Whether a character exists only in Simplified script (its Traditional form differs). */
function isSimplifiedOnly(code: number): boolean {
  return simplifiedOnlyTable()[code] === 1;
}

/**
 * The folded copy used for all analysis: width first (so full-width brackets and digits are plain),
 * then script. Same length as `text`, character for character.
 */
export function foldText(text: string): FoldResult {
  const widthFolded = foldWidth(text);
  const folded = foldScript(widthFolded);
  if (folded.length !== text.length) {
    // Cannot happen by construction; guard the invariant every offset relies on.
    throw new Error(`fold changed the text length (${text.length} → ${folded.length})`);
  }
  return { folded, script: detectScript(text, folded, isSimplifiedOnly) };
}

/** normalize/ entry: adds the folded copy and the detected script. */
export function normalize(doc: DecodedDocument): Document {
  const { folded, script } = foldText(doc.text);
  return { ...doc, folded, script };
}
