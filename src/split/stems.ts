/**
 * Comparing a header's stem with the page title: "2023年学校安全工作计划精选(通用8篇)" and
 * "学校安全工作计划" name the same thing. Both are reduced to a core — no whitespace or punctuation,
 * no year, no collection words (精选, 通用, 范文, 大全 …) and no "N篇" count — and are related when one
 * core contains the other (at least `MIN_RELATED_CHARS` long) or they share a long common prefix.
 */
export const MIN_RELATED_CHARS = 4;

const YEAR = /(?:19|20)(?:[0-9]{2}|xx|XX|××)\s*(?:[-—~至]\s*(?:19|20)?(?:[0-9]{2}|xx)\s*)?(?:年度|年)?/g;
const COLLECTION = /(?:精选|通用|范文|大全|最新|优秀|热门|实用|模板|例文|合集|汇编|集锦|范例|样本|参考|优推)/g;
const COUNT = /[0-9一二三四五六七八九十]{1,3}篇/g;
const NOISE = /[\s\p{P}\p{S}]/gu;

export function stemCore(s: string): string {
  return s.replace(NOISE, '').replace(COUNT, '').replace(YEAR, '').replace(COLLECTION, '');
}

export function stemsRelated(a: string, b: string): boolean {
  const x = stemCore(a);
  const y = stemCore(b);
  if (x.length === 0 || y.length === 0) return false;
  if (x === y) return true;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (short.length >= MIN_RELATED_CHARS && long.includes(short)) return true;
  let p = 0;
  while (p < short.length && short[p] === long[p]) p++;
  let s = 0;
  while (s < short.length && short[short.length - 1 - s] === long[long.length - 1 - s]) s++;
  return Math.max(p, s) >= Math.max(MIN_RELATED_CHARS, Math.ceil(short.length * 0.6));
}
