import type { ChromeKind } from '../core/document.js';
import type { Lang } from './lang.js';

/** Names of the chrome kinds, for people. */
export const CHROME_KIND_NAMES: { readonly [L in Lang]: { readonly [K in ChromeKind]: string } } = {
  zh: {
    breadcrumb: '面包屑导航',
    'login-menu': '登录栏或菜单',
    'collection-title': '合集标题',
    'editor-blurb': '小编导语',
    'read-count': '阅读数',
    'viewer-page': '文档阅读器页码',
    download: '下载按钮',
    'file-name': '文件名或文件信息',
    timestamp: '发布时间',
    'related-list': '相关文章列表',
    'copyright-footer': '版权声明',
  },
  en: {
    breadcrumb: 'breadcrumb',
    'login-menu': 'login bar or menu',
    'collection-title': 'collection title',
    'editor-blurb': "editor's blurb",
    'read-count': 'read count',
    'viewer-page': 'document-viewer page number',
    download: 'download button',
    'file-name': 'file name or file details',
    timestamp: 'timestamp',
    'related-list': 'related-articles list',
    'copyright-footer': 'copyright notice',
  },
};

/**
 * One line saying what page chrome was left out: how many lines it covered whole, how many spans sat
 * inside text lines, and the kinds (with a count when more than one), in page order.
 */
export function chromeSummary(kinds: readonly ChromeKind[], wholeLines: number, inlineSpans: number, lang: Lang): string {
  const counts = new Map<ChromeKind, number>();
  for (const k of kinds) counts.set(k, (counts.get(k) ?? 0) + 1);
  const names = CHROME_KIND_NAMES[lang];
  const list = [...counts].map(([k, n]) => (n > 1 ? `${names[k]} ×${n}` : names[k]));
  if (lang === 'zh') {
    if (kinds.length === 0) return '网站附加内容：无';
    const parts = [wholeLines > 0 ? `${wholeLines} 行` : '', inlineSpans > 0 ? `行内 ${inlineSpans} 处` : ''].filter((p) => p !== '');
    return `已去除网站附加内容：${parts.join('、')}（${list.join('、')}）`;
  }
  if (kinds.length === 0) return 'chrome: none';
  const parts = [wholeLines > 0 ? `${wholeLines} line${wholeLines === 1 ? '' : 's'}` : '', inlineSpans > 0 ? `${inlineSpans} span${inlineSpans === 1 ? '' : 's'} inside lines` : ''].filter((p) => p !== '');
  return `chrome dropped: ${parts.join(', ')} (${list.join(', ')})`;
}
