import type { OutlineStyle } from '../core/outline.js';

/**
 * What the tree and the GB/T report need to know about each style.
 * - family: styles that write the same level in different forms (1、 and 1.; (一) and ㈠). An item
 *   of another style of the same family that continues the numbering is a sibling written in a
 *   mixed style, not a child.
 * - tier: the usual order from the top (GB/T 9704: 一、 → （一） → 1. → （1）; legal documents put
 *   第X章/节/条 above them). Used only when a document has not shown how two styles nest.
 * - gbt: 'level' styles take part in the GB/T 9704 levels; 'structural' ones (第X部分/章/节) stand
 *   above them; 'legal' ones (第X条/款) follow legal drafting conventions, where （一） under an
 *   article is a 项, not a GB/T level; 'prose' ones (一是, 第一，, 首先) enumerate inside sentences.
 */
export interface StyleInfo {
  family: string;
  tier: number;
  gbt: 'level' | 'structural' | 'legal' | 'prose';
}

export const STYLE_INFO: Record<OutlineStyle, StyleInfo> = {
  part: { family: 'part', tier: 0, gbt: 'structural' },
  chapter: { family: 'chapter', tier: 1, gbt: 'structural' },
  section: { family: 'section', tier: 2, gbt: 'structural' },
  article: { family: 'article', tier: 3, gbt: 'legal' },
  clause: { family: 'clause', tier: 4, gbt: 'legal' },
  'cn-dun': { family: 'cn', tier: 10, gbt: 'level' },
  'cn-dot': { family: 'cn', tier: 10, gbt: 'level' },
  'cn-paren': { family: 'cn-paren', tier: 20, gbt: 'level' },
  'cn-paren-char': { family: 'cn-paren', tier: 20, gbt: 'level' },
  'num-dun': { family: 'num', tier: 30, gbt: 'level' },
  'num-dot': { family: 'num', tier: 30, gbt: 'level' },
  decimal: { family: 'decimal', tier: 30, gbt: 'level' },
  'num-half-paren': { family: 'num-half-paren', tier: 35, gbt: 'level' },
  'num-paren': { family: 'num-paren', tier: 40, gbt: 'level' },
  'num-paren-char': { family: 'num-paren', tier: 40, gbt: 'level' },
  circled: { family: 'circled', tier: 50, gbt: 'level' },
  'latin-dun': { family: 'latin', tier: 55, gbt: 'level' },
  latin: { family: 'latin', tier: 55, gbt: 'level' },
  'cn-shi': { family: 'cn-shi', tier: 60, gbt: 'prose' },
  'cn-di': { family: 'cn-di', tier: 60, gbt: 'prose' },
  'cn-seq': { family: 'cn-seq', tier: 60, gbt: 'prose' },
};

/**
 * A style never seen above or below the current one climbs over it only when it is a top-level
 * section marker (一、 or 第X部分/章/节/条 — tier up to this one): 一、 after a list of 1、 items
 * starts a new section. Anything else opens below, as the order of first appearance says: in
 * "1、… （一）… （二）… 2、…" the （一） items belong to 1、.
 */
export const CANONICAL_CLIMB_MAX_TIER = 10;
