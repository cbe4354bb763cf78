import { HEADER_NUMBER, headerNumber, normalizeStem } from '../numbers.js';
import type { HeaderHeuristic, LabelKind } from '../types.js';

// "【篇1】", "【第二篇】2023年工会工作计划", "【范文3】": the bracket itself marks the header, so any
// subtitle may follow it. [ ] are the width-folded ［ ］.
const RE = new RegExp(
  `^(.*?)\\s*[【\\[]\\s*(?:篇\\s*${HEADER_NUMBER}|第\\s*${HEADER_NUMBER}\\s*篇|范文\\s*${HEADER_NUMBER})\\s*[】\\]].*$`,
);

export const bracket: HeaderHeuristic = {
  name: 'bracket',
  minStemChars: 0,
  match(line) {
    const m = RE.exec(line);
    if (!m) return null;
    const raw = m[2] ?? m[3] ?? m[4];
    const kind: LabelKind = m[4] !== undefined ? '范文' : '篇';
    const number = raw === undefined ? null : headerNumber(raw);
    return number === null ? null : { number, stem: normalizeStem(m[1] as string), kind };
  },
};
