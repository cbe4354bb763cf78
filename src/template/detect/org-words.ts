import { cues } from './lexicon/tables.js';

/**
 * Words that end an organisation's name: a placeholder or name right before them is the
 * organisation (xx公司, ××单位, 某某局). Simplified; longest first so 分公司 wins over 公司.
 */
const ORG_SUFFIXES = [...cues('org-suffix')].sort((a, b) => b.length - a.length);

export function orgSuffixAt(text: string, at: number): string | null {
  for (const w of ORG_SUFFIXES) if (text.startsWith(w, at)) return w;
  return null;
}

/** Ordinal names: xx大 (the Party congress), xx届 (a term), xx次会议, 十八届三中全会. */
const ORDINAL_SUFFIXES = cues('ordinal-suffix');

export function ordinalSuffixAt(text: string, at: number): string | null {
  for (const w of ORDINAL_SUFFIXES) if (text.startsWith(w, at)) return w;
  return null;
}
