/**
 * Variant header forms seen on 范文 pages (see fixtures/pages/SHAPES.md), one function each:
 * (variant number, stem) → header text, and the label family it belongs to.
 */

const CN = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];
export function cn(n: number): string {
  const s = CN[n];
  if (s === undefined) throw new Error(`no numeral for ${n}`);
  return s;
}

export interface HeaderForm {
  /** Label family: 范文 for headers that say 范文, 篇 for every other form. */
  kind: '篇' | '范文';
  text(n: number, stem: string): string;
}

const pian = (text: (n: number, stem: string) => string): HeaderForm => ({ kind: '篇', text });

export const HEADER_FORMS = {
  'pian-space-cn': pian((n, s) => `${s} 篇${cn(n)}`),
  'pian-glued-arabic': pian((n, s) => `${s}篇${n}`),
  'pian-glued-cn': pian((n, s) => `${s}篇${cn(n)}`),
  'pian-space-arabic': pian((n, s) => `${s} 篇${n}`),
  'pian-alone-arabic': pian((n) => `篇${n}`),
  'pian-alone-cn': pian((n) => `篇${cn(n)}`),
  'stem-digit': pian((n, s) => `${s}${n}`),
  'stem-space-digit': pian((n, s) => `${s} ${n}`),
  'stem-paren-cn': pian((n, s) => `${s}(${cn(n)})`),
  'stem-fullparen-arabic': pian((n, s) => `${s}（${n}）`),
  'fanwen-suffix-colon': { kind: '范文', text: (n, s) => `${s}范文${cn(n)}:` },
  'fanwen-alone': { kind: '范文', text: (n) => `范文${n}` },
  'fanwen-alone-cn': { kind: '范文', text: (n) => `范文${cn(n)}` },
  'fangan-prefix': pian((n, s) => `方案${cn(n)}:${s}`),
  'fangan-suffix-cn': pian((n, s) => `${s}方案${cn(n)}`),
  'di-pian-prefix': pian((n, s) => `第${cn(n)}篇:${s}`),
  'di-pian-alone': pian((n) => `第${n}篇`),
  'bracket-pian': pian((n) => `【篇${n}】`),
  'stem-bracket-di-pian': pian((n, s) => `${s}【第${cn(n)}篇】`),
  'pian-colon-book': pian((n, s) => `篇${cn(n)}:《${s}》`),
  'collection-suffix-pian': pian((n, s) => `${s}(精选)篇${n}`),
  'pian-spaced': pian((n, s) => `${s} 篇 ${n}`),
  'di-pian-spaced': pian((n) => `第 ${cn(n)} 篇`),
} satisfies Record<string, HeaderForm>;

export type HeaderFormName = keyof typeof HEADER_FORMS;
