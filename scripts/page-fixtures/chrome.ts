/**
 * Page chrome in the wordings 范文 and document-sharing sites use (reworded, invented site names).
 * Each function returns one block of one kind; the page specs pick and order them.
 */
import type { ChromeBlock } from './build.js';

const b = (kind: ChromeBlock['kind'], ...lines: string[]): ChromeBlock => ({ kind, lines });

export const chrome = {
  menu: () => b('login-menu', '登录 | 注册 | 会员中心 | 投稿', '首页 工作计划 实施方案 管理办法 工作总结 心得体会 演讲稿 范文大全'),
  menuLine: () => b('login-menu', '最新范文 方案 计划 总结 报告 体会 事迹 讲话 倡议书 制度'),
  crumbArrow: (...path: string[]) => b('breadcrumb', `您的位置:首页>${path.join('>')}`),
  crumbCurrent: (...path: string[]) => b('breadcrumb', `当前位置:青禾范文网>${path.join(' > ')}`),
  crumbSlash: (...path: string[]) => b('breadcrumb', `首页 / ${path.join(' / ')}`),
  crumbGlued: (...path: string[]) => b('breadcrumb', `当前位置:范文吧${path.join('')}内容页`),
  crumbGuillemet: (...path: string[]) => b('breadcrumb', `您的位置: 首页 » ${path.join(' » ')} »`),
  collection: (title: string, count: string) => b('collection-title', `${title}(通用${count}篇)`),
  collectionJingxuan: (title: string, count: string) => b('collection-title', `${title}精选${count}篇`),
  collectionBracket: (title: string, count: string) => b('collection-title', `【精华】${title}${count}篇`),
  collectionYoutui: (title: string, count: string) => b('collection-title', `${title}优推${count}篇`),
  blurb: (topic: string) => b('editor-blurb', `为了确保工作有条不紊地开展，常常需要提前制定计划。那么计划应该怎么写呢？下面是小编为大家整理的${topic}，希望对您有所帮助！`),
  blurbShort: (topic: string) => b('editor-blurb', `下面是小编精心整理的${topic}，仅供参考，欢迎大家阅读。`),
  blurbGuide: (topic: string) => b('editor-blurb', `【阅读指引】以下是网友为您整理分享的“${topic}”，以供写作参考，喜欢就收藏一下吧。`),
  blurbMember: () => b('editor-blurb', '【前言】以下是会员“qh2024”收集的范文，欢迎参阅。'),
  readCount: (n: string) => b('read-count', `本文已影响${n}人`),
  readCountInline: (n: string) => b('read-count', `阅读：${n}`),
  timestamp: (date: string, cat: string) => b('timestamp', `时间:${date} ${cat} 我要投稿`),
  timestampSource: (date: string) => b('timestamp', `发布时间: ${date} 来源:网友投稿`),
  downloadLine: (date: string, n: string) => b('download', `复制全文 下载文档 更新 ${date}  |   人气 ${n}`),
  download: () => b('download', '下载文档'),
  downloadWord: () => b('download', '【下载本文Word版】'),
  docMeta: (name: string, pages: string, size: string) =>
    b('file-name', `${name}.docx`, `- 文档编号:${pages}0417`, `- 上传时间:2023-02-02`, `- 格式:DOCX`, `- 页数:${pages}`, `- 大小:${size}KB`),
  docShare: (name: string, pages: string) => b('editor-blurb', `《${name}.docx》由会员分享，可在线阅读，更多相关《${name}.docx(${pages}页珍藏版)》请在青禾文库上搜索。`),
  viewerPages: (title: string, n: number) => b('viewer-page', ...Array.from({ length: n }, (_, i) => `${title}_第${i + 1}页`)),
  viewerRead: (read: number, left: number) => b('viewer-page', `已阅读${read}页,还剩${left}页未读 继续免费阅读`),
  viewerPageOf: (k: number, n: number) => b('viewer-page', `第${k}页 共${n}页`),
  downloadDoc: () => b('download', '下载本文档'),
  copyrightDoc: () => b('copyright-footer', '版权说明:本文档由用户提供并上传，收益归属内容提供方，若内容存在侵权，请进行举报或认领'),
  docIntro: () => b('download', '文档简介'),
  disclaimer: () =>
    b(
      'copyright-footer',
      '1、下载文档前请自行甄别文档内容的完整性，平台不提供额外的编辑、内容补充服务。',
      '2、“仅部分预览”的文档，不可在线预览部分如存在完整性等问题，可反馈申请退款。',
      '3、如文档侵犯您的权益，请联系客服反馈，我们会尽快为您处理（人工客服工作时间:9:00-18:30）。',
    ),
  related: (...titles: string[]) => b('related-list', '相关推荐', ...titles),
  relatedNumbered: (...titles: string[]) => b('related-list', '猜你喜欢', ...titles.map((t, i) => `${i + 1}. ${t}`)),
  relatedArticles: (...titles: string[]) => b('related-list', '相关文章：', ...titles.map((t) => `· ${t}`)),
  footer: () => b('copyright-footer', 'Copyright © 2016-2024 青禾范文网 版权所有 备案号：京ICP备00000000号'),
  footerOpinion: () => b('copyright-footer', '本文系作者个人观点，不代表本站立场，转载请注明出处！'),
  fileInfo: (name: string) =>
    b('file-name', '基本信息', `文件名称:${name}.docx`, '文件大小:31.89 KB', '总页数:14 页', '更新时间:2024-02-25', '总字数:约6.26千字', '文档摘要'),
  authorLine: (date: string) => b('timestamp', `时间：${date} 作者：禾风 分享：网友 下载本文`),
  info: (date: string, n: string) => b('timestamp', `日期：${date}  类别：最新范文  编辑：青禾范文网  浏览：${n}`),
  hidden: (n: string) => b('viewer-page', `……此处隐藏${n}个字……`),
  selected: () => b('editor-blurb', '精选优质文档-倾情为你奉上'),
};
