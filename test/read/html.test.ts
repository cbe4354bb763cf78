import { formatDiagnostic } from '../../src/messages/index.js';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import type { DecodedDocument } from '../../src/core/document.js';
import { decodeBytes } from '../../src/read/index.js';
import { expectPlankitError } from './helpers.js';

const page = (body: string, head = ''): string => `<!DOCTYPE html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
const html = (source: string, path = 'p.html'): DecodedDocument => decodeBytes(path, Buffer.from(source, 'utf8'));

/** Every non-empty segment slices to equal strings (the sourceMap contract). */
function expectMapSound(doc: DecodedDocument, source: string): void {
  for (const s of doc.sourceMap ?? []) {
    expect(doc.text.slice(s.textStart, s.textStart + s.length)).toBe(source.slice(s.sourceStart, s.sourceStart + s.length));
  }
}

describe('HTML extraction', () => {
  it('block elements become line breaks, runs collapse, no leading or trailing blank lines', () => {
    const doc = html(page('\n\n<div><div><p>一、目标</p></div></div>\n<p></p><p>　</p><h2>二、措施</h2><ul><li>1.加强</li><li>2.落实</li></ul>\n\n'));
    expect(doc.text).toBe('一、目标\n\u3000\n二、措施\n1.加强\n2.落实');
  });

  it('<br> breaks a line; inline elements and source line breaks do not', () => {
    const doc = html(page('<p>第一行<br>第二行<br/><br/>第三行 <b>加粗</b><i>斜体</i>\n继续</p>'));
    expect(doc.text).toBe('第一行\n第二行\n第三行 加粗斜体 继续');
  });

  it('keeps <pre> text as written', () => {
    const src = page('<pre>一、目标\n  1. 完成  任务\n</pre><p>后文</p>');
    const doc = html(src);
    expect(doc.text).toBe('一、目标\n  1. 完成  任务\n\n后文');
    expectMapSound(doc, src);
  });

  it('table rows are lines and cells are separated by a space', () => {
    const doc = html(page('<table><tr><td>项目</td><td>指标</td></tr><tr><td>销售额</td><td>3000万元</td></tr></table>'));
    expect(doc.text).toBe('项目 指标\n销售额 3000万元');
  });

  it('decodes entities, keeps NBSP and full-width spaces as text', () => {
    const doc = html(page('<p>&ldquo;挖潜增效&rdquo;&nbsp;&amp;&#x3000;&#19968;、目标&lt;1&gt;</p>'));
    expect(doc.text).toBe('“挖潜增效”\u00a0&\u3000一、目标<1>');
  });

  it('takes the <title>, whitespace collapsed', () => {
    expect(html(page('<p>正文</p>', '<title>\n  2024年  工作计划\n</title>')).htmlTitle).toBe('2024年 工作计划');
    expect(html(page('<p>正文</p>')).htmlTitle).toBeUndefined();
  });

  it('drops scripts, styles, navigation, forms and chrome by id/class', () => {
    const doc = html(
      page(
        '<script>x()</script><style>p{}</style><nav>导航</nav><form>搜索<input></form><iframe>框</iframe>' +
          '<div id="main-nav">菜单一</div><div class="bdsharebuttonbox">分享</div><div class="ad">广告</div>' +
          '<div class="commentList">评论</div><div class="footer-links">链接</div><p class="related">相关</p>' +
          '<div hidden>隐藏</div><span style="color:red; display: none">隐</span>' +
          '<div class="content">计划正文</div>',
      ),
    );
    expect(doc.text).toBe('计划正文');
  });

  it('keeps an element whose class names chrome when it holds most of the page (a wrapper)', () => {
    const doc = html(page('<div class="content-with-sidebar"><p>一、指导思想</p><p>二、工作重点</p><div class="sidebar">侧栏</div></div>'));
    expect(doc.text).toBe('一、指导思想\n二、工作重点');
    expect(html(page('<p>正文内容在这里</p>').replace('<body>', '<body class="has-sidebar">')).text).toBe('正文内容在这里');
  });

  it('drops the page <header> but keeps an article header (its title)', () => {
    const doc = html(page('<header>网站标志</header><article><header><h1>工作计划</h1></header><p>正文</p></article>'));
    expect(doc.text).toBe('工作计划\n正文');
  });

  it('sourceMap: 1:1 segments around entities, CRLF and ignored tags', () => {
    const src = page('<p>一、加强&amp;落实\r\n管理</p><div>二、<b>目标</i>明确</b></div>');
    const doc = html(src);
    expect(doc.text).toBe('一、加强&落实 管理\n二、目标明确');
    expectMapSound(doc, src);
    const covered = (doc.sourceMap ?? []).reduce((n, s) => n + s.length, 0);
    expect(covered).toBe('一、加强落实管理二、目标明确'.length);
  });

  it('sourceMap is relative to the decoded source of a GBK page', () => {
    const src = '<html><head><meta charset="gb2312"><title>计划</title></head><body><p>一、目标：全年完成</p></body></html>';
    const bytes = iconv.encode(src, 'gbk');
    const doc = decodeBytes('g.htm', bytes);
    expect(doc.encoding).toBe('gb18030');
    expect(doc.encodingCertain).toBe(true);
    expect(doc.text).toBe('一、目标：全年完成');
    expectMapSound(doc, iconv.decode(bytes, 'gb18030'));
    expect(doc.sourceMap?.[0]).toEqual({ textStart: 0, sourceStart: src.indexOf('一'), length: 9 });
  });

  it('ignores a declared charset the bytes contradict, and says so', () => {
    const doc = decodeBytes('lie.html', Buffer.from('<html><head><meta charset="gb2312"></head><body><p>年度工作计划，全面落实各项任务</p></body></html>', 'utf8'));
    expect(doc.encoding).toBe('utf-8');
    expect(doc.encodingCertain).toBe(false);
    expect(doc.text).toBe('年度工作计划，全面落实各项任务');
    const ignored = doc.diagnostics.find((d) => d.code === 'charset-ignored');
    expect(ignored?.args).toEqual({ declared: 'gb18030', where: 'meta', problem: 'bytes-disagree', readsAs: 'utf-8' });
    expect(formatDiagnostic(ignored!, 'en')).toMatch(/declares gb18030/);
  });

  it('reads <?xml encoding?> of an XHTML page', () => {
    const src = '<?xml version="1.0" encoding="big5"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><body><p>工作計劃</p></body></html>';
    const doc = decodeBytes('x.xhtml', iconv.encode(src, 'big5'));
    expect([doc.encoding, doc.encodingCertain, doc.text]).toEqual(['big5', true, '工作計劃']);
  });

  it('format: by extension, by sniffing, or as requested', () => {
    const src = '<!DOCTYPE html><html><body><p>一、目标</p><p>二、措施</p></body></html>';
    expect(decodeBytes('page.txt', Buffer.from(src)).format).toBe('html');
    expect(decodeBytes('-', Buffer.from(src)).text).toBe('一、目标\n二、措施');
    expect(decodeBytes('page.txt', Buffer.from(src), { format: 'text' }).text).toBe(src);
    expect(decodeBytes('plain.htm', Buffer.from('一、目标')).format).toBe('html');
    expect(decodeBytes('plain.txt', Buffer.from('一、目标 <b>x</b>')).format).toBe('text');
  });

  it('malformed markup still yields the text plus one html-malformed diagnostic', () => {
    const src = '<html><body><div><p>一、目标<span>明确\n<p>二、措施</em>到位</body></html>';
    const doc = html(src);
    expect(doc.text).toBe('一、目标明确\n二、措施到位');
    const d = doc.diagnostics.filter((x) => x.code === 'html-malformed');
    expect(d).toHaveLength(1);
    const first = d[0]!;
    if (first.code !== 'html-malformed') throw new Error('unreachable');
    const reasons = first.args.problems.map((p) => `${p.problem} ${p.detail}`);
    expect(reasons).toEqual(expect.arrayContaining(['unclosed-element <div>', 'unclosed-element <span>', 'stray-tag </em>']));
    expect(first.args.count).toBe(reasons.length);
    expect(formatDiagnostic(first, 'en')).toMatch(/^malformed HTML: /);
    expect(formatDiagnostic(first, 'zh')).toMatch(/^HTML 格式有误/);
    expect(d[0]!.span.start).toBeLessThanOrEqual(doc.text.length);
  });

  it('well-formed pages get no html-malformed diagnostic (no doctype is fine)', () => {
    expect(html('<html><head><title>t</title></head><body><p>一、目标</p></body></html>\n').diagnostics).toEqual([]);
    expect(html(page('<p>一、目标</p><ul><li>甲<li>乙</ul>')).diagnostics).toEqual([]);
  });

  it('a tokenizer error (an unterminated attribute) is reported', () => {
    const doc = html('<html><body><p>一、目标</p><p class="x>二、措施</p></body></html>');
    expect(doc.diagnostics.map((d) => d.code)).toContain('html-malformed');
  });

  it('a page with only chrome is empty', () => {
    expectPlankitError(() => html(page('<nav>首页</nav><div class="footer">版权</div>'), 'only-chrome.html'), 'empty', 'only-chrome.html');
  });

  it('replacement and control characters are reported at their place in the extracted text', () => {
    const bytes = Buffer.concat([Buffer.from('<html><body><p>一、目标</p><p>二、'), Buffer.from([0xff]), Buffer.from('措施\u0007</p></body></html>')]);
    const doc = decodeBytes('bad.html', bytes);
    expect(doc.text).toBe('一、目标\n二、\ufffd措施\u0007');
    const rc = doc.diagnostics.find((d) => d.code === 'replacement-chars');
    expect(doc.text.slice(rc!.span.start, rc!.span.end)).toBe('\ufffd');
    expect(rc!.args).toEqual({ count: 1, line: 2 });
    const cc = doc.diagnostics.find((d) => d.code === 'control-chars');
    expect(doc.text.slice(cc!.span.start, cc!.span.end)).toBe('\u0007');
  });
});

describe('declared charsets that lie', () => {
  it('a page declaring big5 but saved as GBK is read as GBK, with a warning', () => {
    const src = '<html><head><meta charset="big5"></head><body><p>一、加强组织领导，落实工作责任制度建设</p></body></html>';
    const doc = decodeBytes('lie.html', iconv.encode(src, 'gbk'));
    expect([doc.encoding, doc.encodingCertain, doc.text]).toEqual(['gb18030', false, '一、加强组织领导，落实工作责任制度建设']);
    const warning = doc.diagnostics.find((d) => d.code === 'charset-ignored' && d.severity === 'warning');
    expect(warning && formatDiagnostic(warning, 'en')).toMatch(/declares big5.*gb18030 reads them/);
  });

  it('a non-Chinese declaration is taken at its word (plausibility only arbitrates Chinese encodings)', () => {
    const src = '<html><head><meta charset="shift_jis"></head><body><p>ひらがなとカタカナの文章です。</p></body></html>';
    const doc = decodeBytes('ja.html', iconv.encode(src, 'shift_jis'));
    expect([doc.encoding, doc.encodingCertain, doc.text]).toEqual(['shift_jis', true, 'ひらがなとカタカナの文章です。']);
  });

  it('an unknown declared charset is ignored with a warning', () => {
    const doc = decodeBytes('x.html', Buffer.from('<html><head><meta charset="x-klingon"></head><body><p>一、年度工作目标</p></body></html>'));
    expect(doc.encoding).toBe('utf-8');
    const ignored = doc.diagnostics.find((d) => d.code === 'charset-ignored');
    expect(ignored && formatDiagnostic(ignored, 'en')).toMatch(/unknown charset "x-klingon"/);
    expect(ignored && formatDiagnostic(ignored, 'zh')).toMatch(/未知的字符集“x-klingon”/);
  });
});
