import type { FontRole } from '../layout/paragraphs.js';

/**
 * GB/T 9704-2012《党政机关公文格式》as numbers a Word file can hold. Sizes in points (Word stores
 * half-points), lengths in millimetres (Word stores twips: 1 mm = 1440 / 25.4 twips).
 *
 * - 5.2.1 A4; 5.2.2 版心 156 mm × 225 mm, 天头（上白边）37 mm, 订口（左白边）28 mm — so the right
 *   margin is 210 − 28 − 156 = 26 mm and the bottom 297 − 37 − 225 = 35 mm.
 * - 5.2.3 正文 3号仿宋体字; 7.2 标题 2号小标宋体字, 居中; 7.3.3 结构层次 一、 黑体, （一） 楷体,
 *   1. and （1） 仿宋 (the body type).
 * - 5.2.4 每面 22 行 (a fixed 28-point line gives 22 lines in 225 mm), 每行 28 字; 7.3.3 正文每个
 *   自然段左空二字.
 * - 7.5 页码: 4号半角宋体阿拉伯数字, 数字左右各放一条一字线 (— 1 —), 一字线上距版心下边缘 7 mm;
 *   单页码居右空一字, 双页码居左空一字.
 *
 * Each type names a font and the one Word should take when it is missing (the font table's
 * altName). Body and second-level headings ask for 仿宋 (FangSong) and 楷体 (KaiTi), which Windows
 * and WPS ship, rather than 仿宋_GB2312 and 楷体_GB2312, the same designs that only machines set up
 * for official documents have; the title asks for 方正小标宋简体, which such machines have, and
 * falls back to 宋体, which every machine has.
 */
export interface FontSpec {
  /** The font the run asks for (East Asian and Latin alike: GB/T sets digits in the body type too). */
  name: string;
  /** What Word substitutes when `name` is not installed. */
  fallback: string;
  sizePt: number;
}

export const GBT_FONTS: Readonly<Record<FontRole | 'pageNumber', FontSpec>> = {
  title: { name: '方正小标宋简体', fallback: '宋体', sizePt: 22 }, // 2号
  heading1: { name: '黑体', fallback: 'SimHei', sizePt: 16 }, // 3号
  heading2: { name: '楷体', fallback: 'KaiTi', sizePt: 16 },
  body: { name: '仿宋', fallback: 'FangSong', sizePt: 16 },
  pageNumber: { name: '宋体', fallback: 'SimSun', sizePt: 14 }, // 4号
};

/** Fonts Word may fall back to, with the names and traits it looks a substitute up by. */
export const FALLBACK_FONTS: ReadonlyArray<{ name: string; altName: string; family: 'roman' | 'modern' | 'swiss' | 'script' }> = [
  { name: '宋体', altName: 'SimSun', family: 'roman' },
  { name: '仿宋_GB2312', altName: '仿宋', family: 'modern' },
  { name: '楷体_GB2312', altName: '楷体', family: 'script' },
];

export const GBT_PAGE = {
  widthMm: 210,
  heightMm: 297,
  marginTopMm: 37,
  marginBottomMm: 35,
  marginLeftMm: 28,
  marginRightMm: 26,
  /** From the page's bottom edge to the bottom of the page-number line: its top then sits about 7 mm below the text block. */
  footerMm: 23,
  headerMm: 15,
} as const;

export const GBT_TEXT = {
  /** Fixed line spacing of every paragraph, in points. */
  linePt: 28,
  /** First-line indent of every paragraph but the title, in characters of the body type. */
  indentChars: 2,
  /** Space after the title: one blank line (7.3.2: 标题下空一行). */
  afterTitleLines: 1,
  /** Shading of an optional block in a template (light grey), hex RGB. */
  optionalShade: 'E7E6E6',
  /** The one-character dash either side of the page number. */
  pageDash: '—',
} as const;

export function mmToTwips(mm: number): number {
  return Math.round((mm * 1440) / 25.4);
}

export function ptToTwips(pt: number): number {
  return Math.round(pt * 20);
}

export function ptToHalfPoints(pt: number): number {
  return Math.round(pt * 2);
}
