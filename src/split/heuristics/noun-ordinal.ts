import { headerNouns, nounGroup, nounLabel } from '../header-nouns.js';
import { HEADER_NUMBER } from '../numbers.js';
import type { HeaderHeuristic } from '../types.js';
import { regexHeuristic } from './regex-header.js';

const ALL = `(?:${nounGroup().slice(1, -1)})`;
const AFTER_STEM = `(?:${nounGroup((n) => n.afterStem && n.word !== '篇').slice(1, -1)})`;

/** The label family of the noun a marker starts with (after blanks and an opening bracket). */
function markerLabel(marker: string): '篇' | '范文' {
  const word = /^[\s(]*([^\s(0-9一二三四五六七八九十两〇零之)]+)/.exec(marker)?.[1] ?? '';
  return nounLabel(word);
}

// "計畫書範例之一", "范本之二": <noun>之N names the Nth text of its kind, for every noun of
// data/split/header-nouns.tsv. Strong by form; a stem no title shares is turned down by the evidence.
const ZHI = new RegExp(`^(.{0,40}?)\\s*${ALL}\\s*之\\s*${HEADER_NUMBER}`);
export const nounZhi: HeaderHeuristic = regexHeuristic('noun-zhi', ZHI, markerLabel, { strong: true, needs: ['之'] });

// "X范例2", "X样本一", "X（範本2）" (folded: "X(范本2)"): a noun that alone names a text (after_stem
// = yes) followed by its number, or both in brackets after the title. "范本3篇" is a count, not a
// number; 范文 and 篇 have their own forms (fanwen.ts, pian-suffix.ts).
const SUFFIX = new RegExp(`^(.{0,40}?)\\s*(?:${AFTER_STEM}\\s*${HEADER_NUMBER}(?![0-9]|\\s*篇)|\\(\\s*${AFTER_STEM}\\s*${HEADER_NUMBER}\\s*\\))`);
export const nounSuffix: HeaderHeuristic = regexHeuristic('noun-suffix', SUFFIX, markerLabel, {
  strong: true,
  needs: headerNouns().filter((n) => n.afterStem && n.word !== '篇').map((n) => n.word),
});
