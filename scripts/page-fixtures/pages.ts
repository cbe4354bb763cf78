/**
 * The fixture pages: one spec each, in the order they are numbered. Every shape of SHAPES.md is
 * here at least twice, in both scripts. Variants are copies of the plan texts with the edits real
 * sites make (digits stripped, placeholders swapped, cut short, a paragraph dropped or rewritten),
 * plus unrelated texts on the same topic, so families can be scored.
 */
import type { PageSpec, VariantSpec } from './build.js';
import { chrome as c } from './chrome.js';
import { drop, fillYears, hollow, insert, insertNoise, rewrite, swapPlaceholders, truncate } from './edits.js';
import { readPlan } from './markup.js';
import type { PageLine } from './model.js';
import { hardWrap, runTogether, type RunTogetherOptions } from './run-together.js';
import * as A from './plans-a.js';
import * as B from './plans-b.js';
import * as C from './plans-c.js';
import * as D from './plans-d.js';

const P = {
  garbage: readPlan(A.GARBAGE),
  garbage2: readPlan(A.GARBAGE_2),
  safety: readPlan(A.SAFETY),
  safety2: readPlan(A.SAFETY_2),
  teacher: readPlan(A.TEACHER),
  teacher2: readPlan(A.TEACHER_2),
  attendance: readPlan(B.ATTENDANCE),
  fire: readPlan(B.FIRE),
  kg: readPlan(B.KINDERGARTEN),
  canteen: readPlan(B.CANTEEN),
  party: readPlan(B.PARTY),
  volunteer: readPlan(B.VOLUNTEER),
  village: readPlan(B.VILLAGE_FINANCE),
  flood: readPlan(C.FLOOD),
  sales: readPlan(D.SALES),
};

const v = (family: string, lines: PageLine[], subtitle?: string): VariantSpec => ({ family, lines, ...(subtitle ? { subtitle } : {}) });
const US = { '20xx': '20__', XX: '××', xx: '××', x: '__' };
const XX = { '20xx': '20XX', XX: 'xx' };

/** Run-together as a post step (from = index of the first joined line, counted on the built page). */
const rt = (o: RunTogetherOptions) => (ls: PageLine[]) => runTogether(ls, o);
const rtFromTitle = (o: Omit<RunTogetherOptions, 'from'>) => (ls: PageLine[]) => runTogether(ls, { ...o, from: ls.findIndex((l) => l.role === 'title') });
/** Stray quote marks sites leave in the text (的'部署). */
const junk = (mark: string, every: number) => (ls: PageLine[]) =>
  ls.map((l, i) => {
    if (l.role === 'body' && i % every === 0 && l.text.length > 30) insertNoise(l, 18, mark);
    return l;
  });

/** Pinyin a broken converter left after some characters (企業(yè), 區(qū)). */
const residue = (ls: PageLine[]) =>
  ls.map((l) => {
    for (const [ch, py] of [['業', '(yè)'], ['區', '(qū)']] as const) {
      const at = l.role === 'body' ? l.text.indexOf(ch) : -1;
      if (at >= 0) insertNoise(l, at + 1, py);
    }
    return l;
  });

type Spec = Omit<PageSpec, 'format' | 'top' | 'underTitle' | 'bottom'> & Partial<Pick<PageSpec, 'format' | 'top' | 'underTitle' | 'bottom'>>;
const S = (s: Spec): PageSpec => ({ format: 'txt', top: [], underTitle: [], bottom: [], outline: true, slots: true, ...s });

export const PAGES: PageSpec[] = [
  S({
    name: 'pian-space-cn', script: 'simplified', title: '社区垃圾分类工作实施方案', header: 'pian-space-cn', spacing: 1,
    top: [c.menu(), c.crumbArrow('实施方案', '社区方案')],
    underTitle: [c.timestamp('2024-10-20 01:37:33', '方案'), c.collection('社区垃圾分类工作实施方案', '5'), c.blurb('社区垃圾分类工作实施方案'), c.collection('社区垃圾分类工作实施方案', '5')],
    variants: [v('G', P.garbage), v('G', hollow(P.garbage)), v('G2', P.garbage2), v('G', truncate(P.garbage, 14)), v('G', swapPlaceholders(P.garbage, US))],
    bottom: [c.related('社区垃圾分类工作计划 篇3', '小区垃圾分类宣传活动方案', '垃圾分类进校园实施方案（通用8篇）'), c.footer()],
    note: 'five 篇 (X 篇一) with the collection title twice, a site blurb, a related list whose titles carry 篇3',
  }),
  S({
    name: 'pian-space-cn', script: 'traditional', title: '公司年度安全生产工作计划', header: 'pian-space-cn', spacing: 1,
    top: [c.crumbCurrent('工作计划', '安全工作计划')],
    underTitle: [c.timestamp('2023-03-31 02:42:12', '计划'), c.collectionJingxuan('公司年度安全生产工作计划', '3'), c.blurbShort('公司年度安全生产工作计划')],
    variants: [v('S', P.safety), v('S', hollow(P.safety)), v('S2', P.safety2)],
    bottom: [c.relatedNumbered('车间安全生产工作计划篇2', '安全生产月活动方案（精选5篇）', '2024年安全工作计划范文'), c.footer()],
    note: 'Traditional (machine-converted), X 篇一 headers, numbered related list',
  }),
  S({
    name: 'pian-glued-arabic', script: 'simplified', title: '第二学期班主任工作计划', header: 'pian-glued-arabic',
    top: [c.crumbGlued('实用文档', '工作计划')],
    underTitle: [c.authorLine('2024-04-24 01:58:01'), c.collectionYoutui('第二学期班主任工作计划', '3'), c.blurbGuide('第二学期班主任工作计划')],
    variants: [v('T', P.teacher), v('T2', P.teacher2), v('T', truncate(swapPlaceholders(P.teacher, { XX: '__' }), 11))],
    bottom: [c.footerOpinion()],
    note: 'X篇1 headers, no blank lines, a truncated copy',
  }),
  S({
    name: 'pian-glued-arabic', script: 'traditional', title: '幼儿园后勤工作计划', header: 'pian-glued-arabic', spacing: 1,
    top: [c.menuLine()],
    underTitle: [c.info('2021-05-28', '2360'), c.blurb('幼儿园后勤工作计划')],
    variants: [v('K', P.kg), v('K', hollow(P.kg)), v('K', drop(P.kg, [4, 5]))],
    bottom: [c.relatedArticles('幼儿园秋季工作计划篇1', '幼儿园保育工作计划'), c.footer()],
    note: 'X篇1 headers in Traditional, a copy with digits stripped, a copy missing two goals (gap)',
  }),
  S({
    name: 'pian-alone', script: 'simplified', title: '党支部年度工作计划', header: 'pian-alone-arabic', spacing: 1,
    top: [c.crumbSlash('其它范文', '党团范文', '党支部工作计划')],
    underTitle: [c.downloadLine('2022-07-30', '410')],
    variants: [v('PA', P.party), v('PA', swapPlaceholders(P.party, US)), v('PA', truncate(P.party, 7))],
    bottom: [c.footer()],
    note: '篇1 alone on its line; download/timestamp/read-count on one line',
  }),
  S({
    name: 'pian-alone', script: 'traditional', title: '乡镇消防安全工作计划', header: 'pian-alone-cn',
    top: [c.crumbArrow('工作计划', '消防工作计划')],
    underTitle: [c.timestamp('2022-12-14 10:24:33', '计划'), c.blurb('乡镇消防安全工作计划')],
    variants: [v('F', P.fire), v('F', rewrite(P.fire, 9, '2|（四）加强消防队伍建设。镇专职消防队配备队员⟦xx|p|count|名⟧名，每半年开展一次业务训练。'))],
    bottom: [c.footer()],
    note: '篇一 alone, Traditional, second copy with one paragraph rewritten',
  }),
  S({
    name: 'stem-digit', script: 'simplified', title: '社区志愿服务活动方案', header: 'stem-digit', spacing: 1,
    top: [c.crumbCurrent('策划方案', '活动方案')],
    underTitle: [c.timestampSource('2025-05-09 19:05:27'), c.collection('社区志愿服务活动方案', '3'), c.blurbShort('社区志愿服务活动方案')],
    variants: [v('V', P.volunteer), v('V', swapPlaceholders(P.volunteer, { '□□': '__', '○○': 'XX' })), v('V', truncate(P.volunteer, 12))],
    bottom: [c.related('社区志愿服务活动总结', '学雷锋志愿服务活动方案2'), c.footer()],
    note: 'X1 headers (digit glued to the title words); form blanks 组长：, 年 月 日, □□, ○○, [姓名], 【日期】',
  }),
  S({
    name: 'stem-digit', script: 'traditional', title: '食堂管理制度', header: 'stem-digit',
    top: [],
    underTitle: [c.collectionBracket('食堂管理制度', '十'), c.blurb('食堂管理制度')],
    variants: [v('C', P.canteen), v('C', hollow(P.canteen))],
    bottom: [c.footer()],
    note: 'X1 headers in Traditional; decimal numbering 1 / 3.1 / 3.1.1; collection title announces ten, the page has two',
  }),
  S({
    name: 'stem-space-digit', script: 'simplified', title: '物业防汛应急预案', header: 'stem-space-digit', spacing: 1,
    top: [c.menu(), c.crumbArrow('应急预案')],
    underTitle: [c.timestamp('2024-03-28 17:35:19', '预案'), c.collection('物业防汛应急预案', '3'), c.blurbShort('物业防汛应急预案')],
    variants: [v('FL', P.flood), v('FL', hollow(P.flood)), v('FL', truncate(P.flood, 9))],
    bottom: [c.footer()],
    note: 'X 1 headers; circled ① items',
  }),
  S({
    name: 'stem-space-digit', script: 'traditional', title: '公司员工考勤管理办法', header: 'stem-space-digit', spacing: 1,
    underTitle: [c.timestamp('2023-03-31 02:42:12', '制度'), c.blurb('公司员工考勤管理办法')],
    variants: [v('AT', P.attendance), v('AT', swapPlaceholders(P.attendance, XX))],
    bottom: [c.footer()],
    post: [junk("'", 7)],
    note: 'X 1 headers, chapters and 第X条, stray apostrophes in the text',
  }),
  S({
    name: 'stem-paren-cn', script: 'simplified', title: '销售人员个人年度工作计划', header: 'stem-paren-cn',
    top: [c.crumbArrow('个人工作计划')],
    underTitle: [c.readCount('2.3W')],
    variants: [v('SA', P.sales), v('SA', hollow(P.sales)), v('SA', drop(P.sales, [9, 10]))],
    bottom: [c.download(), c.footer()],
    note: 'X(一) headers; 本文已影响…人 read count',
  }),
  S({
    name: 'stem-paren-cn', script: 'traditional', title: '社区垃圾分类工作计划', header: 'stem-paren-cn', spacing: 1,
    underTitle: [c.blurb('社区垃圾分类工作计划')],
    variants: [v('G2', P.garbage2), v('G', P.garbage)],
    bottom: [c.footer()],
    note: 'X(一) headers in Traditional, two unrelated articles',
  }),
  S({
    name: 'stem-fullparen-arabic', script: 'simplified', title: '村级财务管理办法', header: 'stem-fullparen-arabic', spacing: 1,
    top: [c.crumbGuillemet('管理制度', '财务制度')],
    underTitle: [c.info('2023-06-11', '9249')],
    variants: [v('VF', P.village), v('VF', hollow(P.village))],
    bottom: [c.footer()],
    note: 'X（1） headers; articles without chapters; a document number; 五个工作日',
  }),
  S({
    name: 'stem-fullparen-arabic', script: 'traditional', title: '班主任工作计划', header: 'stem-fullparen-arabic',
    underTitle: [c.collectionJingxuan('班主任工作计划', '2')],
    variants: [v('T2', P.teacher2), v('T', P.teacher)],
    bottom: [c.footer()],
    note: 'X（1） headers in Traditional',
  }),
  S({
    name: 'fanwen-suffix-colon', script: 'simplified', title: '乡镇消防安全工作计划', header: 'fanwen-suffix-colon', spacing: 1,
    top: [c.menuLine()],
    underTitle: [c.blurb('乡镇消防安全工作计划范文')],
    variants: [v('F', P.fire), v('F', hollow(swapPlaceholders(P.fire, { xx: '××' })))],
    bottom: [c.footer()],
    note: 'X范文一: headers',
  }),
  S({
    name: 'fanwen-suffix-colon', script: 'traditional', title: '幼儿园后勤工作计划', header: 'fanwen-suffix-colon',
    underTitle: [c.blurbMember()],
    variants: [v('K', P.kg), v('K', truncate(P.kg, 12))],
    bottom: [c.footer()],
    note: 'X范文一: headers in Traditional, a truncated copy',
  }),
  S({
    name: 'fanwen-alone', script: 'simplified', title: '销售人员年度工作计划', header: 'fanwen-alone', spacing: 1,
    underTitle: [c.collectionJingxuan('销售人员年度工作计划', '2'), c.blurbShort('销售人员年度工作计划')],
    variants: [v('SA', P.sales, '销售人员个人年度工作计划'), v('SA', hollow(P.sales), '个人销售工作计划')],
    bottom: [c.footer()],
    note: '范文1 alone, each followed by its own title line',
  }),
  S({
    name: 'fanwen-alone', script: 'traditional', title: '党支部年度工作计划', header: 'fanwen-alone',
    underTitle: [c.blurb('党支部年度工作计划')],
    variants: [v('PA', P.party), v('PA', fillYears(P.party, '2024'))],
    bottom: [c.footer()],
    note: '范文1 alone in Traditional; one copy has the year filled in',
  }),
  S({
    name: 'fangan-prefix', script: 'simplified', title: '社区志愿服务活动方案', header: 'fangan-prefix', spacing: 1,
    top: [c.crumbArrow('活动方案')],
    underTitle: [c.blurbShort('社区志愿服务活动方案')],
    variants: [v('V', P.volunteer), v('V', truncate(P.volunteer, 15))],
    bottom: [c.footer()],
    note: '方案一:X headers (number before the title words)',
  }),
  S({
    name: 'fangan-prefix', script: 'traditional', title: '物业防汛应急预案', header: 'fangan-prefix',
    underTitle: [c.timestamp('2024-06-19 17:58:09', '预案')],
    variants: [v('FL', P.flood), v('FL', hollow(P.flood))],
    bottom: [c.footer()],
    note: '方案一:X headers in Traditional',
  }),
  S({
    name: 'di-pian-prefix', script: 'simplified', title: '公司食堂管理制度', header: 'di-pian-prefix', stem: '食堂管理制度', spacing: 1,
    top: [c.menu()],
    underTitle: [c.blurb('公司食堂管理制度')],
    variants: [v('C', P.canteen), v('C', drop(P.canteen, [9, 10]))],
    bottom: [c.footer()],
    note: '第一篇:X headers',
  }),
  S({
    name: 'di-pian-prefix', script: 'traditional', title: '公司安全工作计划', header: 'di-pian-prefix',
    underTitle: [c.collectionJingxuan('公司安全工作计划', '2')],
    variants: [v('S2', P.safety2), v('S', P.safety)],
    bottom: [c.footer()],
    note: '第一篇:X headers in Traditional',
  }),
  S({
    name: 'di-pian-alone', script: 'simplified', title: '乡镇消防年度工作计划范文(精选2篇)', header: 'di-pian-alone',
    top: [b5('read-count', '- 0', '- 0'), b5('file-name', '- 约6.98千字', '- 约 14页', '- 2025-12-29 发布于四川', '- 举报')],
    variants: [v('F', P.fire), v('F', swapPlaceholders(P.fire, { xx: 'XX' }))],
    bottom: [c.footer()],
    note: '第1篇 alone; the title line itself carries (精选2篇); document-sharing meta lines first',
  }),
  S({
    name: 'di-pian-alone', script: 'traditional', title: '公司员工考勤管理办法', header: 'di-pian-alone', spacing: 1,
    underTitle: [c.blurb('公司员工考勤管理办法')],
    variants: [v('AT', P.attendance), v('AT', truncate(P.attendance, 12))],
    bottom: [c.footer()],
    note: '第1篇 alone in Traditional',
  }),
  S({
    name: 'bracket-pian', script: 'simplified', title: '社区垃圾分类工作实施方案', header: 'bracket-pian',
    underTitle: [c.blurb('社区垃圾分类工作实施方案')],
    variants: [v('G', P.garbage), v('G2', P.garbage2)],
    bottom: [c.related('垃圾分类倡议书【篇2】', '社区环境整治方案'), c.footer()],
    note: '【篇1】 headers; a related link with 【篇2】 in it',
  }),
  S({
    name: 'bracket-pian', script: 'traditional', title: '党支部年度工作计划', header: 'bracket-pian', spacing: 1,
    underTitle: [c.blurbShort('党支部年度工作计划')],
    variants: [v('PA', P.party), v('PA', hollow(P.party))],
    bottom: [c.footer()],
    note: '【篇1】 headers in Traditional',
  }),
  S({
    name: 'stem-bracket-di-pian', script: 'simplified', title: '秋冬季消防安全专项方案', header: 'stem-bracket-di-pian', spacing: 1,
    underTitle: [c.authorLine('2024-04-24 01:58:01'), c.blurbGuide('秋冬季消防安全专项方案')],
    variants: [v('F', P.fire), v('F', hollow(P.fire))],
    bottom: [c.footer()],
    note: 'X【第一篇】 headers',
  }),
  S({
    name: 'stem-bracket-di-pian', script: 'traditional', title: '班主任工作计划', header: 'stem-bracket-di-pian',
    variants: [v('T', P.teacher), v('T', hollow(P.teacher))],
    bottom: [c.footer()],
    note: 'X【第一篇】 headers in Traditional, no chrome under the title',
  }),
  S({
    name: 'pian-colon-book', script: 'simplified', title: '如何写好个人销售工作计划', header: 'pian-colon-book', stem: '个人销售工作计划', spacing: 1,
    underTitle: [c.blurbShort('个人销售工作计划')],
    variants: [v('SA', P.sales), v('SA', drop(P.sales, [6, 7]))],
    bottom: [c.footer()],
    note: '篇一:《X》 headers',
  }),
  S({
    name: 'pian-colon-book', script: 'traditional', title: '职工食堂管理制度', header: 'pian-colon-book', stem: '食堂管理制度',
    variants: [v('C', P.canteen), v('C', truncate(P.canteen, 10))],
    bottom: [c.footer()],
    note: '篇一:《X》 headers in Traditional',
  }),
  S({
    name: 'collection-suffix-pian', script: 'simplified', title: '幼儿园后勤工作计划(精选)', header: 'collection-suffix-pian', stem: '幼儿园后勤工作计划', spacing: 1,
    underTitle: [c.blurb('幼儿园后勤工作计划(精选)')],
    variants: [v('K', P.kg), v('K', hollow(P.kg))],
    bottom: [c.footer()],
    note: 'X(精选)篇1 headers: the collection word sits inside the header',
  }),
  S({
    name: 'collection-suffix-pian', script: 'traditional', title: '社区志愿服务活动方案(精选)', header: 'collection-suffix-pian', stem: '社区志愿服务活动方案',
    underTitle: [c.blurbShort('社区志愿服务活动方案')],
    variants: [v('V', P.volunteer), v('V', swapPlaceholders(P.volunteer, { '□□': '  ' }))],
    bottom: [c.footer()],
    note: 'X(精选)篇1 headers in Traditional',
  }),
  S({
    name: 'glued-header-marker', script: 'simplified', title: '幼儿园后勤工作计划', header: 'pian-space-arabic', glue: true,
    underTitle: [c.collectionBracket('幼儿园后勤工作计划', '三'), c.blurb('幼儿园后勤工作计划')],
    variants: [v('K', drop(P.kg, [0])), v('K', hollow(drop(P.kg, [0]))), v('K', truncate(drop(P.kg, [0]), 10))],
    between: [{ after: 0, block: c.hidden('1513') }],
    bottom: [c.footer()],
    note: 'header glued to the first outline item (…计划 篇1一、指导思想); hidden-text marker between 篇',
  }),
  S({
    name: 'glued-header-marker', script: 'traditional', title: '公司员工考勤管理办法', header: 'pian-space-arabic', glue: true,
    underTitle: [c.blurb('公司员工考勤管理办法')],
    variants: [v('AT', P.attendance), v('AT', hollow(P.attendance))],
    bottom: [c.footer()],
    note: 'header glued to 第一章 in Traditional',
  }),
  S({
    name: 'glued-header-sentence', script: 'simplified', title: '社区垃圾分类工作实施方案', header: 'pian-glued-cn', glue: true, glueWith: ' ',
    underTitle: [c.blurbShort('社区垃圾分类工作实施方案')],
    variants: [v('G', P.garbage), v('G', swapPlaceholders(hollow(P.garbage), US))],
    bottom: [c.footer()],
    note: 'header glued to the opening sentence (…方案篇一 为深入推进…)',
  }),
  S({
    name: 'glued-header-sentence', script: 'traditional', title: '公司年度安全生产工作计划', header: 'pian-glued-cn', glue: true, glueWith: ' ',
    underTitle: [c.blurb('公司年度安全生产工作计划')],
    variants: [v('S', P.safety), v('S', truncate(P.safety, 9))],
    bottom: [c.footer()],
    note: 'header glued to the opening sentence in Traditional',
  }),
  S({
    name: 'glued-header-digit', script: 'simplified', title: '社区志愿服务活动方案', header: 'stem-digit', glue: true,
    underTitle: [c.blurbShort('社区志愿服务活动方案')],
    variants: [v('V', P.volunteer), v('V', truncate(P.volunteer, 10))],
    bottom: [c.footer()],
    note: 'X1 header glued to the body (…方案1为弘扬…)',
  }),
  S({
    name: 'glued-header-digit', script: 'traditional', title: '物业防汛应急预案', header: 'stem-digit', glue: true,
    underTitle: [c.blurb('物业防汛应急预案')],
    variants: [v('FL', P.flood), v('FL', hollow(P.flood))],
    bottom: [c.footer()],
    postConvert: [residue],
    note: 'X1 header glued to the body in Traditional, converter residue (業(yè))',
  }),
  S({
    name: 'indented-headers', script: 'traditional', title: '小区垃圾分类实施方案', header: 'pian-space-arabic', headerIndent: '　　', bodyIndent: '　　', spacing: 1,
    underTitle: [c.timestamp('2024-10-20 01:37:33', '方案'), c.collection('小区垃圾分类实施方案', '2'), c.blurb('小区垃圾分类实施方案')],
    variants: [v('G2', P.garbage2), v('G', P.garbage)],
    bottom: [c.footer()],
    post: [junk("'", 5)],
    postConvert: [residue],
    note: 'headers and body indented by two ideographic spaces; converter residue (業(yè)) and stray quotes',
  }),
  S({
    name: 'indented-headers', script: 'simplified', title: '公司员工考勤管理制度', header: 'pian-space-arabic', headerIndent: '      ', bodyIndent: '      ', stem: '公司员工考勤管理制度',
    underTitle: [c.timestamp('2023-03-31 02:42:12', '制度'), c.blurb('公司员工考勤管理制度')],
    variants: [v('AT', P.attendance), v('AT', hollow(P.attendance))],
    bottom: [c.footer()],
    note: 'headers and body indented by six ASCII spaces',
  }),
  S({
    name: 'spaced-headers', script: 'simplified', title: '公司年度安全生产工作计划', header: 'pian-spaced', spacing: 1,
    underTitle: [c.blurb('公司年度安全生产工作计划')],
    variants: [v('S', P.safety), v('S2', P.safety2), v('S', hollow(P.safety))],
    bottom: [c.footer()],
    note: 'X 篇 1 headers with spaces inside',
  }),
  S({
    name: 'spaced-headers', script: 'traditional', title: '班主任工作计划', header: 'di-pian-spaced',
    underTitle: [c.blurbShort('班主任工作计划')],
    variants: [v('T', P.teacher), v('T2', P.teacher2)],
    bottom: [c.footer()],
    note: '第 二 篇 headers with spaces inside, Traditional',
  }),
  S({
    name: 'fangan-suffix-cn', script: 'simplified', title: '乡镇消防工作计划和目标(七篇)', header: 'fangan-suffix-cn', stem: '乡镇消防工作计划', spacing: 1,
    underTitle: [b5('download', '工作计划 会员上传 下载docx'), b5('timestamp', '更新时间:2024-06-19 17:58:09 发布时间:24小时内')],
    variants: [v('F', P.fire), v('F', hollow(P.fire))],
    bottom: [c.footer()],
    note: 'X方案一 headers; title line announces seven, the page has two',
  }),
  S({
    name: 'fangan-suffix-cn', script: 'traditional', title: '社区志愿服务活动方案', header: 'fangan-suffix-cn', stem: '社区志愿服务活动',
    underTitle: [c.blurb('社区志愿服务活动方案')],
    variants: [v('V', P.volunteer), v('V', truncate(P.volunteer, 14))],
    bottom: [c.footer()],
    note: 'X方案一 headers in Traditional',
  }),
  S({
    name: 'single-variant', script: 'simplified', title: '社区垃圾分类工作实施方案', header: 'pian-space-arabic', spacing: 1,
    top: [c.menu(), c.crumbArrow('实施方案')],
    underTitle: [c.timestamp('2024-10-20 01:37:33', '方案'), c.collection('社区垃圾分类工作实施方案', '15'), c.blurb('社区垃圾分类工作实施方案')],
    variants: [v('G', P.garbage)],
    bottom: [c.related('社区垃圾分类工作实施方案 篇2', '社区垃圾分类工作实施方案 篇3'), c.footer()],
    note: 'an excerpt holding only 篇1 of a 15-篇 collection; the related list links to 篇2 and 篇3',
  }),
  S({
    name: 'single-variant', script: 'traditional', title: '公司年度安全生产工作计划', header: 'pian-glued-arabic', firstNumber: 3,
    underTitle: [c.collectionJingxuan('公司年度安全生产工作计划', '5')],
    variants: [v('S', P.safety)],
    bottom: [c.viewerPageOf(3, 5), c.footer()],
    note: 'page 3 of a paged collection: only 篇3',
  }),
  S({
    name: 'no-headers', script: 'simplified', title: '村级财务管理办法', header: null, spacing: 1,
    top: [c.crumbGuillemet('法律资料', '管理制度')],
    underTitle: [c.info('2024-07-22', '9249'), c.downloadWord()],
    variants: [v('VF', P.village)],
    bottom: [c.relatedArticles('村级财务管理制度', '村务公开管理办法'), c.footer()],
    note: 'one plan, no variant headers, chrome around it',
  }),
  S({
    name: 'no-headers', script: 'traditional', title: '幼儿园后勤工作计划', header: null,
    top: [c.crumbCurrent('工作计划')],
    underTitle: [c.timestamp('2020-03-02 02:08:39', '计划')],
    variants: [v('K', P.kg)],
    bottom: [c.footer()],
    note: 'one plan in Traditional, no headers',
  }),
  S({
    name: 'numbered-list', script: 'simplified', title: '社区垃圾分类工作计划', header: 'pian-space-arabic', spacing: 1,
    top: [c.disclaimer()],
    underTitle: [c.blurbShort('社区垃圾分类工作计划')],
    variants: [v('G2', P.garbage2), v('G2', hollow(P.garbage2))],
    bottom: [c.relatedNumbered('社区垃圾分类工作计划 篇3', '社区垃圾分类工作计划 篇4', '社区环境卫生整治方案 篇1'), c.footer()],
    note: 'a numbered disclaimer (1、2、3、) above and a numbered related list with 篇N titles below: neither are variants',
  }),
  S({
    name: 'numbered-list', script: 'traditional', title: '销售人员个人年度工作计划', header: null,
    top: [c.disclaimer()],
    variants: [v('SA', P.sales)],
    bottom: [c.relatedNumbered('销售工作计划范文1', '销售工作计划范文2', '销售年终总结 篇1'), c.footer()],
    note: 'one plan whose own outline is 1. 2. 3.; numbered lists above and below; no variants',
  }),
  S({
    name: 'law-articles', script: 'simplified', title: '公司员工考勤管理办法', header: 'pian-space-arabic', spacing: 1,
    top: [c.menu()],
    underTitle: [c.blurb('公司员工考勤管理办法')],
    variants: [v('AT', P.attendance), v('AT', swapPlaceholders(insert(P.attendance, 20, ['2|第十三条 本办法未尽事宜，按国家有关规定执行。']), XX))],
    bottom: [c.footer()],
    note: '管理办法 variants with chapters and 第X条; the second copy has a duplicate 第十三条',
  }),
  S({
    name: 'law-articles', script: 'traditional', title: '村级财务管理办法', header: 'pian-glued-arabic',
    underTitle: [c.blurbShort('村级财务管理办法')],
    variants: [v('VF', P.village), v('VF', drop(P.village, [5]))],
    bottom: [c.footer()],
    note: '第X条 variants in Traditional; the second lacks 第六条 (gap)',
  }),
  S({
    name: 'run-together-viewer', script: 'simplified', title: '社区垃圾分类工作计划', header: null,
    top: [c.viewerPages('社区垃圾分类工作计划', 5), c.viewerRead(5, 1), c.downloadDoc(), c.copyrightDoc(), c.docIntro()],
    variants: [v('G2', P.garbage2)],
    post: [rtFromTitle({ pieceChars: 100000, numberPieces: false })],
    note: 'document-sharing viewer: page list, 已阅读, then the whole plan on one line glued to its title',
  }),
  S({
    name: 'run-together-chunks', script: 'simplified', title: '公司年度安全生产工作计划', header: 'pian-space-arabic',
    top: [c.docShare('公司年度安全生产工作计划', '3')],
    variants: [v('S', P.safety), v('S', hollow(P.safety))],
    post: [rtFromTitle({ pieceChars: 320, numberPieces: true })],
    note: 'dump cut into viewer pieces numbered 1、2、3、 mid-sentence; headers mid-line',
  }),
  S({
    name: 'run-together-glued-title', script: 'simplified', title: '党支部年度工作计划范文两篇', header: 'fanwen-alone-cn',
    underTitle: [c.blurbShort('党支部年度工作计划范文')],
    variants: [v('PA', P.party), v('PA', swapPlaceholders(P.party, XX))],
    post: [rtFromTitle({ pieceChars: 100000, numberPieces: false })],
    note: 'title, blurb, 范文一 and the body all on one line',
  }),
  S({
    name: 'run-together-midword', script: 'simplified', title: '食堂管理制度', header: 'stem-digit',
    top: [c.selected()],
    variants: [v('C', P.canteen), v('C', hollow(P.canteen))],
    post: [rtFromTitle({ pieceChars: 260, numberPieces: true, gluedPageEvery: 170 })],
    note: 'viewer pieces numbered, and page numbers glued inside words (公3、司)',
  }),
  S({
    name: 'run-together-chunks', script: 'traditional', title: '乡镇消防安全工作计划', header: 'pian-space-arabic',
    top: [c.docShare('乡镇消防安全工作计划', '2')],
    variants: [v('F', P.fire), v('F', swapPlaceholders(P.fire, { xx: '××' }))],
    post: [rtFromTitle({ pieceChars: 280, numberPieces: true })],
    note: 'Traditional dump in numbered viewer pieces',
  }),
  S({
    name: 'run-together-viewer', script: 'traditional', title: '幼儿园后勤工作计划', header: null,
    top: [c.viewerPages('幼儿园后勤工作计划', 5), c.viewerRead(5, 4), c.downloadDoc(), c.copyrightDoc(), c.docIntro()],
    variants: [v('K', P.kg)],
    post: [rtFromTitle({ pieceChars: 100000, numberPieces: false, gluedPageEvery: 240 })],
    note: 'Traditional viewer dump on one line with page numbers glued in',
  }),
  S({
    name: 'run-together-midword', script: 'simplified', title: '第二学期班主任工作计划', header: 'pian-glued-arabic',
    top: [c.fileInfo('第二学期班主任工作计划')],
    variants: [v('T', hollow(P.teacher)), v('T', hollow(truncate(P.teacher, 10)))],
    post: [rtFromTitle({ pieceChars: 300, numberPieces: false, gluedPageEvery: 150, joiner: ' ' })],
    note: 'digits stripped and paragraphs joined by spaces, page numbers glued mid-word',
  }),
  S({
    name: 'html-site', script: 'simplified', format: 'html', title: '社区垃圾分类工作实施方案', header: 'pian-space-arabic',
    top: [c.menu(), c.crumbArrow('实施方案', '社区方案')],
    underTitle: [c.timestamp('2024-10-20 01:37:33', '方案'), c.collection('社区垃圾分类工作实施方案', '3'), c.blurb('社区垃圾分类工作实施方案')],
    variants: [v('G', P.garbage), v('G2', P.garbage2), v('G', hollow(P.garbage))],
    bottom: [c.related('社区垃圾分类工作计划 篇3', '社区环境整治方案（精选5篇）'), c.footer()],
    outline: false, slots: false,
    note: 'HTML: top menu, breadcrumb, article div, related sidebar, footer',
  }),
  S({
    name: 'html-site', script: 'traditional', format: 'html', title: '公司年度安全生产工作计划', header: 'pian-space-cn',
    top: [c.menu(), c.crumbCurrent('工作计划')],
    underTitle: [c.timestamp('2023-03-31 02:42:12', '计划'), c.blurb('公司年度安全生产工作计划')],
    variants: [v('S', P.safety), v('S2', P.safety2)],
    bottom: [c.related('安全生产月活动方案 篇2', '车间安全管理制度'), c.footer()],
    outline: false, slots: false,
    note: 'HTML in Traditional',
  }),
  S({
    name: 'html-site', script: 'simplified', format: 'html', title: '社区志愿服务活动方案', header: null,
    top: [c.menu(), c.crumbSlash('活动方案')],
    underTitle: [c.downloadLine('2022-07-30', '410')],
    variants: [v('V', P.volunteer)],
    bottom: [c.relatedNumbered('志愿服务活动方案 篇1', '志愿服务活动方案 篇2'), c.footer()],
    outline: false, slots: false,
    note: 'HTML, one plan, related sidebar with 篇 titles',
  }),
  S({
    name: 'html-site', script: 'traditional', format: 'html', title: '物业防汛应急预案', header: 'fanwen-alone',
    top: [c.crumbArrow('应急预案')],
    underTitle: [c.blurbShort('物业防汛应急预案')],
    variants: [v('FL', P.flood), v('FL', truncate(P.flood, 11))],
    bottom: [c.footer()],
    outline: false, slots: false,
    note: 'HTML in Traditional with 范文1 headers',
  }),
  S({
    name: 'hard-wrap', script: 'simplified', title: '社区垃圾分类工作实施方案', header: 'pian-space-arabic',
    top: [c.docShare('社区垃圾分类工作实施方案', '4')],
    underTitle: [c.viewerPageOf(1, 4)],
    variants: [v('G', P.garbage), v('G', swapPlaceholders(P.garbage, XX))],
    bottom: [c.viewerPageOf(4, 4)],
    post: [(ls) => hardWrap(ls, 38)],
    note: 'PDF text: paragraphs broken every 38 characters mid-word, a paragraph continuing on the next line',
  }),
  S({
    name: 'hard-wrap', script: 'traditional', title: '公司员工考勤管理办法', header: 'di-pian-alone',
    top: [c.fileInfo('公司员工考勤管理办法')],
    variants: [v('AT', P.attendance), v('AT', hollow(P.attendance))],
    post: [(ls) => hardWrap(ls, 30)],
    note: 'Traditional PDF text broken every 30 characters',
  }),
];

/** A chrome block written inline (the few wordings used once). */
function b5(kind: PageSpec['top'][number]['kind'], ...lines: string[]) {
  return { kind, lines };
}

export { rt };
