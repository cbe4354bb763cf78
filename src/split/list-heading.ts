import { HEADER_NUMBER, headerNumber, normalizeStem } from './numbers.js';

/**
 * A list heading announces how many variants follow: "工作计划精选5篇", "2023年工会工作计划(通用8篇)",
 * "年度计划范文大全10篇". It is a title, never a variant header (the number counts variants, it does
 * not name one), and it lets us warn when the page holds a different number of variants.
 */
const RE = new RegExp(
  `^(.*?)\\s*(?:\\(\\s*)?(?:精选|通用|优秀|最新|热门|实用|范文|大全|汇编|集锦|共)?\\s*${HEADER_NUMBER}\\s*篇\\s*\\)?$`,
);

export interface ListHeading {
  /** The announced number of variants. */
  count: number;
  /** The title without the count part ("工作计划精选5篇" → "工作计划"), for comparing with stems. */
  stem: string;
}

export function readListHeading(line: string): ListHeading | null {
  const m = RE.exec(line);
  if (!m) return null;
  const count = headerNumber(m[2] as string);
  // "第三篇" is a header; only a count with no 第 before it is a list heading.
  if (count === null || /第\s*$/.test(m[1] as string)) return null;
  return { count, stem: normalizeStem((m[1] as string).replace(/(?:精选|通用|优秀|范文|大全)+$/, '')) };
}
