import { isSpaceCode, SPACE_CLASS } from '../../core/blanks.js';
import { toChineseNumeral } from '../../core/numerals.js';
import type { OutlineStyle } from '../../core/outline.js';
import { arabicOrdinal, CN_ORDINAL, cnOrdinal, execAt, renumberArabic, renumberChinese, type MarkerRule } from './rule.js';

/**
 * What follows a 第X条 that cites it rather than opens it: another 第…项/款/条/目 (第十条第一项规定),
 * a list of articles (第三十九条、第四十条, 第三条至第六条, 第五条及第六条) or 规定 (第三条规定的情形,
 * 第十条之规定). The text is folded to Simplified, so 第十條第一項規定 reads the same.
 */
const CITES = new RegExp(`(?:第[${SPACE_CLASS}]?(?:${CN_ORDINAL}{1,6}|[0-9]{1,4})[${SPACE_CLASS}]?[项款条目]|[、至及和或与]第|之?规定)`, 'y');

/**
 * 第X部分 / 第X章 / 第X节 / 第X条 / 第X款 — the structure of long plans and of legal-style
 * documents (章程, 办法, 细则). One grammar, one rule per unit.
 */
function structuralRule(style: OutlineStyle, unit: string): MarkerRule {
  // "第 1 條" (spaces around an Arabic number, as Taiwanese regulations write it) is the same marker;
  // 第十九條之一 is an article inserted after 第十九條 (ordinal 19), its 之一 part of the marker.
  const re = new RegExp(`第[${SPACE_CLASS}]?(${CN_ORDINAL}{1,6}|[0-9]{1,4})[${SPACE_CLASS}]?${unit}(?:之[一二三四五六七八九十]{1,3})?`, 'y');
  return {
    style,
    first: /第/,
    match(text, at, lineEnd, options) {
      const m = execAt(re, text, at);
      if (m === null) return null;
      const num = m[1] as string;
      const ordinal = /[0-9]/.test(num) ? arabicOrdinal(num, Number.MAX_SAFE_INTEGER) : cnOrdinal(num);
      if (ordinal === null) return null;
      const end = at + m[0].length;
      if (execAt(CITES, text, end) !== null) return null;
      // "第一章 总则" or "第一章：总则" or a short "第一章总则"; "第三条规定的情形……" is prose that cites an
      // article. 第一条【立法目的】 heads the article with its gist in brackets.
      const next = end < lineEnd ? text.charCodeAt(end) : -1;
      const separated = next === -1 || isSpaceCode(next) || next === 0x3010 || next === 0x3a || next === 0x3001 || next === 0x2e || next === 0x2c;
      if (!separated && lineEnd - end > options.headingMaxChars) return null;
      return { style, end, ordinal, key: style };
    },
    renumber(written, n) {
      return /[0-9０-９]/.test(written) ? renumberArabic(written, n) : renumberChinese(written, n, toChineseNumeral);
    },
  };
}

export const partRule = structuralRule('part', '部分');
export const chapterRule = structuralRule('chapter', '章');
export const sectionRule = structuralRule('section', '节');
export const articleRule = structuralRule('article', '条');
export const clauseRule = structuralRule('clause', '款');
