import { nounGroup } from '../header-nouns.js';
import { HEADER_NUMBER } from '../numbers.js';
import type { HeaderHeuristic } from '../types.js';
import { regexHeuristic } from './regex-header.js';

// "第一篇", "第2篇：安全生产工作计划", "2023年工作计划 第三篇", "第二则：X" (nouns of
// data/split/header-nouns.tsv with label 篇). A sentence that mentions 第三篇 has punctuation in its
// stem or a stem no title shares ("详见第三篇"), and the evidence turns it down.
const NOUN = `(?:${nounGroup((n) => n.label === '篇').slice(1, -1)})`;
const RE = new RegExp(`^(.{0,40}?)\\s*第\\s*${HEADER_NUMBER}\\s*${NOUN}`);

export const diPian: HeaderHeuristic = regexHeuristic('di-pian', RE, '篇', { strong: true, needs: ['第'] });
