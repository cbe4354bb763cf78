/**
 * Generates fixtures/read/: plan texts (written for plankit) saved in the encodings and shapes the
 * read stage must handle, the bad inputs it must refuse, and expected.json describing what each
 * file must decode to. Run: npx tsx scripts/make-read-fixtures.ts
 *
 * Text fixtures are checked to round-trip through their encoding before they are written, so a
 * character missing from Big5 (or GBK) cannot slip into a fixture unnoticed.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';

const OUT = resolve(dirname(fileURLToPath(import.meta.url)), '../fixtures/read');

/** 办公室年度工作计划 — Simplified. */
export const OFFICE_PLAN = `2024年办公室工作计划

为进一步提升办公室服务水平，更好地发挥综合协调作用，结合公司年度经营目标，现将今年办公室工作安排如下。

一、指导思想
以公司发展战略为引领，坚持服务大局、服务基层、服务员工的工作方向，围绕“规范、高效、务实”的要求，全面提高办公室各项工作的质量和效率。

二、主要工作任务
（一）加强制度建设
1.梳理现行管理制度，对已不适应工作需要的条款及时修订，年内完成制度汇编。
2.建立文件流转台账，做到收文登记、分办、催办、归档全程可查。
（二）做好会议组织
1.认真筹备年度工作会、职代会等重要会议，提前制定会务方案，明确分工。
2.会后及时整理会议纪要，跟踪决议事项的落实情况，每季度通报一次。
（三）提升服务保障
1.完善车辆、办公用品管理办法，控制行政费用，全年费用较上年下降5%。
2.关心员工生活，组织好节日慰问和职工体检工作。

三、保障措施
一是强化责任落实，把各项任务分解到岗、落实到人；二是加强学习培训，每月组织一次业务学习；三是严格考核，将完成情况纳入部门绩效考核。
`;

/** 工會年度工作計劃 — Traditional (saved both as GBK and as Big5: the case chardet alone gets wrong). */
export const UNION_PLAN_TRAD = `2024年度工會工作計劃

今年工會工作的總體要求是：堅持以職工為中心，圍繞企業生產經營任務，充分發揮工會組織的橋樑紐帶作用，團結動員廣大職工為完成全年目標努力奮鬥。

一、圍繞中心，組織開展勞動競賽
（一）在生產一線開展“安全生產月”和技術比武活動，評選先進班組和優秀個人。
（二）鼓勵職工提出合理化建議，對採納的建議給予獎勵。

二、維護職工合法權益
1.認真落實職工代表大會制度，每年召開職代會不少於一次。
2.推行廠務公開，重大事項及時向職工通報，接受職工監督。
3.做好困難職工幫扶工作，建立困難職工檔案，實行動態管理。

三、加強工會自身建設
工會幹部要帶頭學習業務知識，改進工作作風，深入班組了解職工的意見和要求，努力把工會建設成為職工信賴的“職工之家”。
`;

/** 安全生产工作计划 — Simplified (the UTF-16 fixtures). */
export const SAFETY_PLAN = `安全生产工作计划

一、工作目标
全年杜绝重大安全事故，轻伤事故控制在2起以内，隐患整改率达到100%。

二、重点工作
（一）落实安全生产责任制。公司与各车间签订安全责任书，车间与班组逐级签订，做到层层有人负责。
（二）开展隐患排查治理。每月组织一次全面检查，对查出的问题建立台账，限期整改，整改完成后由安全科复查销号。
（三）加强安全教育培训。新员工上岗前必须接受三级安全教育，特种作业人员持证上岗率保持100%。

三、工作要求
各部门要高度重视，把安全工作摆在突出位置，主要负责人亲自抓、负总责，确保全年安全生产形势稳定。
`;

/** 社区年度工作计划 — Simplified (UTF-8 with and without BOM). */
export const COMMUNITY_PLAN = `社区2024年度工作计划

一、加强基层党建
1、坚持“三会一课”制度，每季度至少上一次党课。
2、组织党员开展志愿服务，全年不少于12次。

二、提升为民服务水平
1、完善社区服务站功能，推行“一窗受理、全程代办”。
2、关爱辖区老年人，每月走访独居老人，及时解决他们的实际困难。

三、建设平安社区
1、配合派出所做好治安巡逻，春节、国庆等节日期间加密巡查。
2、开展消防安全宣传，清理楼道杂物，确保消防通道畅通。
`;

/** 销售部工作计划 — Simplified (the CRLF fixture; full-width spaces at paragraph starts kept as text). */
export const SALES_PLAN = `销售部2024年工作计划\r\n\r\n　　一、销售目标\r\n　　全年完成销售额3000万元，比上年增长15%，新开发客户不少于40家。\r\n\r\n　　二、具体措施\r\n　　（一）细分市场。按区域划分销售小组，每组确定重点客户名单。\r\n　　（二）加强回款管理。每月核对应收账款，逾期款项落实到责任人。\r\n`;

interface TextFixture {
  file: string;
  encoding: string;
  /** iconv-lite name used to write it. */
  writeAs: string;
  bom?: boolean;
  text: string;
  expectGuessDiagnostic?: boolean;
}

const TEXT_FIXTURES: TextFixture[] = [
  { file: 'gbk-simplified.txt', encoding: 'gb18030', writeAs: 'gbk', text: OFFICE_PLAN },
  { file: 'gbk-traditional.txt', encoding: 'gb18030', writeAs: 'gbk', text: UNION_PLAN_TRAD },
  { file: 'big5-traditional.txt', encoding: 'big5', writeAs: 'big5', text: UNION_PLAN_TRAD },
  { file: 'utf16le-bom.txt', encoding: 'utf-16le', writeAs: 'utf-16le', bom: true, text: SAFETY_PLAN },
  { file: 'utf16be-bom.txt', encoding: 'utf-16be', writeAs: 'utf-16be', bom: true, text: SAFETY_PLAN },
  { file: 'utf16le-nobom.txt', encoding: 'utf-16le', writeAs: 'utf-16le', text: SAFETY_PLAN },
  { file: 'utf8.txt', encoding: 'utf-8', writeAs: 'utf-8', text: COMMUNITY_PLAN },
  { file: 'utf8-bom.txt', encoding: 'utf-8', writeAs: 'utf-8', bom: true, text: COMMUNITY_PLAN },
  { file: 'crlf.txt', encoding: 'utf-8', writeAs: 'utf-8', text: SALES_PLAN },
];

const BOMS: Record<string, number[]> = { 'utf-8': [0xef, 0xbb, 0xbf], 'utf-16le': [0xff, 0xfe], 'utf-16be': [0xfe, 0xff] };

function encodeChecked(text: string, enc: string): Buffer {
  const bytes = iconv.encode(text, enc, { addBOM: false });
  const back = iconv.decode(bytes, enc);
  if (back !== text) {
    const at = [...text].findIndex((c, i) => c !== [...back][i]);
    throw new Error(`text does not round-trip through ${enc} (first difference at character ${at}: ${[...text][at]})`);
  }
  return bytes;
}

function withBom(enc: string, bytes: Buffer): Buffer {
  return Buffer.concat([Buffer.from(BOMS[enc] ?? []), bytes]);
}

// ---------------------------------------------------------------------------------------------
// HTML pages. Each comes with the text the read stage must extract from it.

const GBK_PAGE = `<!DOCTYPE html>
<html>
<head>
<meta charset="gbk">
<title>车间班组建设工作计划_范文网</title>
<style>body { font-size: 14px; }</style>
</head>
<body>
<div class="top-nav"><a href="/">首页</a> | <a href="/jihua/">工作计划</a></div>
<div class="article">
<h1>车间班组建设工作计划</h1>
<p>　　为夯实车间管理基础，充分调动班组成员的积极性，特制定本年度班组建设计划。</p>
<p>　　一、健全班组管理制度，每周召开一次班前会。</p>
<p>　　二、开展“学技术、比贡献”活动，每季度评选一次优秀班组。</p>
</div>
<div class="copyright">版权所有 转载请注明出处</div>
</body>
</html>
`;
const GBK_PAGE_TEXT = `车间班组建设工作计划
　　为夯实车间管理基础，充分调动班组成员的积极性，特制定本年度班组建设计划。
　　一、健全班组管理制度，每周召开一次班前会。
　　二、开展“学技术、比贡献”活动，每季度评选一次优秀班组。`;

const BIG5_PAGE = `<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=big5">
<title>學校德育工作計劃</title>
</head>
<body>
<table class="layout"><tr><td>
<p>學校德育工作計劃</p>
<p>一、加強師德建設，組織教師學習職業道德規範。<br>二、開展主題班會，每月一次。<br>三、重視家校合作，每學期召開家長會。</p>
</td></tr></table>
</body>
</html>
`;
const BIG5_PAGE_TEXT = `學校德育工作計劃
一、加強師德建設，組織教師學習職業道德規範。
二、開展主題班會，每月一次。
三、重視家校合作，每學期召開家長會。`;

const CHROME_PAGE = `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>  2024年 &amp; 财务部
  工作计划 </title>
<script>var _hmt = _hmt || []; document.write("<p>广告</p>");</script>
</head>
<body>
<header class="site-header"><div class="logo">范文大全</div></header>
<nav><ul><li><a href="/">首页</a></li><li><a href="/jh">计划</a></li></ul></nav>
<ul class="menu"><li>总结</li><li>报告</li></ul>
<div class="breadcrumb">当前位置：首页 &gt; 工作计划</div>
<main>
<article>
<header><h1>2024年财务部工作计划</h1></header>
<div class="content">
<p>财务部今年的工作，要紧紧围绕公司&ldquo;降本增效&rdquo;的目标展开。</p>
<p>一、加强预算管理&nbsp;&nbsp;严格控制费用
  支出，<b>全年</b>管理费用降低<strong>3%</strong>。</p>
<ul>
<li>（一）按月编制资金计划；</li>
<li>（二）每季度分析预算执行情况。</li>
</ul>
<p>二、规范会计核算&#xff0c;做到账实相符&#x3002;</p>
<script>ads.push({slot: 1});</script>
<table>
<tr><th>项目</th><th>目标</th></tr>
<tr><td>应收账款周转</td><td>60天</td></tr>
</table>
<div style="display:none">隐藏的统计代码</div>
<div class="share-box">分享到：微信 微博</div>
</div>
<footer>本文由网友投稿</footer>
</article>
</main>
<aside id="sidebar"><h3>热门文章</h3><p>年度总结</p></aside>
<div class="related-posts"><p>相关范文：工作总结</p></div>
<div class="pagination"><a>上一篇</a><a>下一篇</a></div>
<div id="comments"><p>网友评论</p></div>
<div class="ad_300"><p>广告位招租</p></div>
<footer class="site-footer">Copyright &copy; 2024</footer>
<noscript>请开启JavaScript</noscript>
</body>
</html>
`;
const CHROME_PAGE_TEXT = `2024年财务部工作计划
财务部今年的工作，要紧紧围绕公司“降本增效”的目标展开。
一、加强预算管理\u00a0\u00a0严格控制费用 支出，全年管理费用降低3%。
（一）按月编制资金计划；
（二）每季度分析预算执行情况。
二、规范会计核算，做到账实相符。
项目 目标
应收账款周转 60天`;

const MALFORMED_PAGE = `<html><head><title>仓库管理工作计划</title></head>
<body>
<div class="content">
<p>一、完善出入库登记，做到<b>日清<i>月结</b></i>。
<p>二、每月盘点一次</span>，账物相符率达到100%。
<div>三、加强消防检查<span>，确保仓库安全
</body>
`;
const MALFORMED_PAGE_TEXT = `一、完善出入库登记，做到日清月结。
二、每月盘点一次，账物相符率达到100%。
三、加强消防检查，确保仓库安全`;

interface HtmlFixture {
  file: string;
  encoding: string;
  writeAs: string;
  html: string;
  text: string;
  title?: string;
  diagnostics?: string[];
}

const HTML_FIXTURES: HtmlFixture[] = [
  { file: 'gbk-meta-charset.html', encoding: 'gb18030', writeAs: 'gbk', html: GBK_PAGE, text: GBK_PAGE_TEXT, title: '车间班组建设工作计划_范文网' },
  { file: 'big5-http-equiv.html', encoding: 'big5', writeAs: 'big5', html: BIG5_PAGE, text: BIG5_PAGE_TEXT, title: '學校德育工作計劃' },
  { file: 'utf8-chrome.html', encoding: 'utf-8', writeAs: 'utf-8', html: CHROME_PAGE, text: CHROME_PAGE_TEXT, title: '2024年 & 财务部 工作计划' },
  { file: 'malformed.html', encoding: 'utf-8', writeAs: 'utf-8', html: MALFORMED_PAGE, text: MALFORMED_PAGE_TEXT, title: '仓库管理工作计划', diagnostics: ['html-malformed'] },
];

// ---------------------------------------------------------------------------------------------
// Inputs with problems.

/** PNG signature and an IHDR chunk (NUL-rich), then bytes of a compressed stream. */
function pngLike(): Buffer {
  const head = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 0x40, 0, 0, 0, 0x40, 0x08, 0x06, 0, 0, 0]);
  const body = Buffer.alloc(200);
  // A fixed linear congruential sequence: the same bytes on every run.
  let x = 12345;
  for (let i = 0; i < body.length; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    body[i] = x % 7 === 0 ? 0 : (x >> 8) & 0xff;
  }
  return Buffer.concat([head, body]);
}

/** Bytes no supported encoding reads (0xFF and 0x80 are not lead bytes anywhere), with a little ASCII. */
function mostlyUndecodable(): Buffer {
  const out: number[] = [];
  for (let i = 0; i < 300; i++) out.push(i % 3 === 0 ? 0x80 : 0xff);
  out.push(...Buffer.from('\nplan\n'));
  for (let i = 0; i < 100; i++) out.push(0xff);
  return Buffer.from(out);
}

/**
 * `text` encoded, with a 0xFF byte (invalid in UTF-8, GBK and Big5) inserted before each of the
 * characters at `positions`; returns the bytes and the text a decoder must produce (U+FFFD there).
 */
function withBadBytes(text: string, enc: string, positions: number[]): { bytes: Buffer; text: string } {
  const parts: Buffer[] = [];
  let decoded = '';
  let from = 0;
  for (const p of positions) {
    parts.push(encodeChecked(text.slice(from, p), enc), Buffer.from([0xff]));
    decoded += `${text.slice(from, p)}\ufffd`;
    from = p;
  }
  parts.push(encodeChecked(text.slice(from), enc));
  return { bytes: Buffer.concat(parts), text: decoded + text.slice(from) };
}

interface Expected {
  file: string;
  format: 'text' | 'html';
  encoding?: string;
  text?: string;
  title?: string;
  /** Diagnostic codes that must be present. */
  diagnostics?: string[];
  /** Replacement characters expected (replacement-chars diagnostic count). */
  replacements?: number;
  /** PlankitError kind when the input must be refused. */
  error?: string;
}

function main(): void {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const expected: Expected[] = [];
  const write = (file: string, bytes: Buffer | string): void => writeFileSync(resolve(OUT, file), bytes);

  for (const f of TEXT_FIXTURES) {
    const bytes = encodeChecked(f.text, f.writeAs);
    write(f.file, f.bom === true ? withBom(f.encoding, bytes) : bytes);
    expected.push({ file: f.file, format: 'text', encoding: f.encoding, text: f.text });
  }
  for (const f of HTML_FIXTURES) {
    write(f.file, encodeChecked(f.html, f.writeAs));
    const e: Expected = { file: f.file, format: 'html', encoding: f.encoding, text: f.text };
    if (f.title !== undefined) e.title = f.title;
    if (f.diagnostics !== undefined) e.diagnostics = f.diagnostics;
    expected.push(e);
  }

  // A few bad bytes: decoded, reported, never silently kept.
  const utf8Bad = withBadBytes(COMMUNITY_PLAN, 'utf-8', [20, 60]);
  write('utf8-bad-bytes.txt', utf8Bad.bytes);
  expected.push({ file: 'utf8-bad-bytes.txt', format: 'text', encoding: 'utf-8', text: utf8Bad.text, diagnostics: ['replacement-chars'], replacements: 2 });
  const gbkBad = withBadBytes(OFFICE_PLAN, 'gbk', [30, 120]);
  write('gbk-bad-bytes.txt', gbkBad.bytes);
  expected.push({ file: 'gbk-bad-bytes.txt', format: 'text', encoding: 'gb18030', text: gbkBad.text, diagnostics: ['replacement-chars'], replacements: 2 });

  write('control-chars.txt', `工作计划\n一、加强管理\u0007\n二、提高效率\u001b[0m\n`);
  expected.push({ file: 'control-chars.txt', format: 'text', encoding: 'utf-8', text: `工作计划\n一、加强管理\u0007\n二、提高效率\u001b[0m\n`, diagnostics: ['control-chars'] });

  write('empty.txt', Buffer.alloc(0));
  expected.push({ file: 'empty.txt', format: 'text', error: 'empty' });
  write('whitespace-only.txt', ' \n\t\r\n\u3000\u3000\n  \n');
  expected.push({ file: 'whitespace-only.txt', format: 'text', error: 'empty' });
  write('binary-png.txt', pngLike());
  expected.push({ file: 'binary-png.txt', format: 'text', error: 'binary' });
  write('undecodable.txt', mostlyUndecodable());
  expected.push({ file: 'undecodable.txt', format: 'text', error: 'undecodable' });
  write('empty-page.html', '<!DOCTYPE html><html><head><title>空页面</title><script>var a = 1;</script></head><body><nav>首页</nav>\n</body></html>\n');
  expected.push({ file: 'empty-page.html', format: 'html', error: 'empty' });

  writeFileSync(resolve(OUT, 'expected.json'), `${JSON.stringify(expected, null, 2)}\n`);
  // The fixtures are exact bytes (CRLF, BOMs, legacy encodings): git must never convert them.
  writeFileSync(resolve(OUT, '.gitattributes'), '* -text\n');
  console.log(`wrote ${readdirSync(OUT).length} files to fixtures/read`);
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === resolve(process.argv[1])) main();
