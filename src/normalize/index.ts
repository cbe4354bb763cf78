import type { DecodedDocument, Document, Script } from '../core/document.js';
import { detectScript } from './detect-script.js';
import { convertToTraditional, foldScript } from './fold-script.js';
import { foldWidth } from './fold-width.js';

export { convertToSimplified, convertToTraditional, foldScript, foldScriptLine } from './fold-script.js';
export { foldWidth } from './fold-width.js';
export { detectScript } from './detect-script.js';

export interface FoldResult {
  folded: string;
  script: Script;
}

const simplifiedOnlyCache = new Map<string, boolean>();
function isSimplifiedOnly(ch: string): boolean {
  let r = simplifiedOnlyCache.get(ch);
  if (r === undefined) {
    r = convertToTraditional(ch) !== ch;
    simplifiedOnlyCache.set(ch, r);
  }
  return r;
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
