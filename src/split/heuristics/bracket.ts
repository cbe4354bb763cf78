import { nounGroup, nounLabel } from '../header-nouns.js';
import { HEADER_NUMBER } from '../numbers.js';
import type { HeaderHeuristic } from '../types.js';
import { regexHeuristic } from './regex-header.js';

// "【篇1】", "【第二篇】2023年工会工作计划", "X【第一篇】", "【范例2】", "【范本之三】", "【范文3】": the
// bracket itself closes the header, so a title may follow it without a separator. [ ] are the
// width-folded ［ ］. The nouns are data (data/split/header-nouns.tsv); 范文 headers keep their own form.
function bracketRe(nouns: string): RegExp {
  const noun = `(?:${nouns.slice(1, -1)})`;
  return new RegExp(
    `^(.{0,40}?)\\s*[【\\[]\\s*(?:${noun}\\s*(?:之\\s*)?${HEADER_NUMBER}|第\\s*${HEADER_NUMBER}\\s*${noun})\\s*[】\\]]`,
  );
}

/** The label family of the noun inside a bracket marker. */
function bracketLabel(marker: string): '篇' | '范文' {
  const word = /[【[]\s*(?:第\s*[^\s】\]]*?\s*)?([^\s0-9一二三四五六七八九十两〇零之】\]]+)/.exec(marker)?.[1] ?? '';
  return nounLabel(word);
}

export const bracket: HeaderHeuristic = regexHeuristic('bracket', bracketRe(nounGroup((n) => n.label === '篇')), bracketLabel, { strong: true, bracketed: true, needs: ['【', '['] });
export const bracketFanwen: HeaderHeuristic = regexHeuristic('bracket-fanwen', bracketRe(nounGroup((n) => n.label === '范文')), '范文', { strong: true, bracketed: true, needs: ['【', '['] });
