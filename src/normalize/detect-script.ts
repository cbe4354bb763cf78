import type { Script } from '../core/document.js';

/** A page is Traditional when at least this share of its script-specific characters are Traditional. */
export const TRADITIONAL_SHARE = 0.8;
/** …and Simplified when at most this share are; in between it is "mixed". */
export const SIMPLIFIED_SHARE = 0.2;

/**
 * Compares the original with its Simplified fold: characters the fold changed are Traditional.
 * Characters the fold kept but that are Simplified-only cannot be told apart cheaply, so the share
 * is taken over changed characters against Han characters that exist only in Simplified —
 * approximated by CJK characters whose Traditional form differs (checked through the converter).
 */
export function detectScript(original: string, simplified: string, isSimplifiedOnly: (code: number) => boolean): Script {
  let traditional = 0;
  let simplifiedOnly = 0;
  let han = 0;
  for (let i = 0; i < original.length; i++) {
    const o = original.charCodeAt(i);
    if (o < 0x3400 || o > 0x9fff) continue;
    han++;
    if (o !== simplified.charCodeAt(i)) traditional++;
    else if (isSimplifiedOnly(o)) simplifiedOnly++;
  }
  if (han === 0) return 'none';
  const marked = traditional + simplifiedOnly;
  if (marked === 0) return 'simplified'; // only characters common to both scripts
  const share = traditional / marked;
  if (share >= TRADITIONAL_SHARE) return 'traditional';
  if (share <= SIMPLIFIED_SHARE) return 'simplified';
  return 'mixed';
}
