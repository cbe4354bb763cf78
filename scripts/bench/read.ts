/**
 * Read bench: decode throughput of read/ on 50 MB single-line inputs in each supported encoding
 * (generated from our own plan sentences), plus HTML extraction on a 5 MB page. Timings are of
 * decodeBytes (bytes already in memory), best of RUNS; MB = 10^6 bytes of input.
 */
import { strToU8, zipSync } from 'fflate';
import iconv from 'iconv-lite';
import type { BenchResult } from '../bench.js';
import { decodeBytes } from '../../src/read/index.js';

const TARGET_BYTES = 50 * 1024 * 1024;
const HTML_BYTES = 5 * 1024 * 1024;
/** Markdown and Word documents are pages, not corpora: a 2 MB one is already far past any real one. */
const DOC_BYTES = 2 * 1024 * 1024;
const RUNS = 3;

const SIMPLIFIED = '一、加强制度建设，完善管理流程，提高工作效率；全年计划完成培训12次，合格率达到100%。';
const TRADITIONAL = '一、加強制度建設，完善管理流程，提高工作效率；全年計劃完成培訓12次，合格率達到100%。';

function repeatTo(unit: Buffer, bytes: number): Buffer {
  return Buffer.concat(Array<Buffer>(Math.max(1, Math.floor(bytes / unit.length))).fill(unit));
}

function best(f: () => void): number {
  let min = Infinity;
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    f();
    min = Math.min(min, (performance.now() - t) / 1000);
  }
  return min;
}

export async function run(): Promise<BenchResult> {
  const cases: [string, string, Buffer][] = [
    ['utf8_cjk', 'utf-8', repeatTo(Buffer.from(SIMPLIFIED), TARGET_BYTES)],
    ['ascii', 'utf-8', Buffer.alloc(TARGET_BYTES, 'plan text 2024; ')],
    ['gbk', 'gb18030', repeatTo(iconv.encode(SIMPLIFIED, 'gbk'), TARGET_BYTES)],
    ['big5', 'big5', repeatTo(iconv.encode(TRADITIONAL, 'big5'), TARGET_BYTES)],
    ['utf16le_nobom', 'utf-16le', repeatTo(iconv.encode(SIMPLIFIED, 'utf-16le'), TARGET_BYTES)],
  ];
  const figures: Record<string, number | string> = { input_mb: Math.round(TARGET_BYTES / 1e4) / 100 };
  const r1 = (x: number) => Math.round(x * 10) / 10;
  for (const [name, expected, bytes] of cases) {
    let encoding = '';
    const s = best(() => {
      encoding = decodeBytes(`${name}.txt`, bytes).encoding;
    });
    if (encoding !== expected) throw new Error(`${name}: decoded as ${encoding}, expected ${expected}`);
    figures[`${name}_mb_per_s`] = r1(bytes.length / 1e6 / s);
  }
  const para = '<p>（一）加强预算管理&nbsp;严格控制费用支出，全年管理费用降低<b>3%</b>。</p>\n';
  const page = Buffer.from(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>计划</title></head><body><nav>首页</nav>${para.repeat(Math.floor(HTML_BYTES / Buffer.byteLength(para)))}</body></html>`);
  const htmlS = best(() => {
    decodeBytes('page.html', page);
  });
  figures['html_mb'] = r1(page.length / 1e6);
  figures['html_mb_per_s'] = r1(page.length / 1e6 / htmlS);

  // Markdown as a plan is written in it: a heading, a long paragraph with emphasis and a link, a short
  // ordered list and a table per section (micromark parses every construct).
  const sentence = '严格控制**费用支出**，完善预算编制、执行和考核制度，全年管理费用降低3%，[详见附件](http://example.org)。';
  const section = `## 一、加强预算管理\n\n${sentence.repeat(6)}\n\n1. 落实责任，明确分工。\n2. 定期检查，按季通报。\n\n| 项目 | 指标 |\n|---|---|\n| 培训 | 12次 |\n\n`;
  const markdown = Buffer.from(`---\ntitle: 计划\n---\n${section.repeat(Math.floor(DOC_BYTES / Buffer.byteLength(section)))}`);
  const mdS = best(() => {
    decodeBytes('plan.md', markdown);
  });
  figures['markdown_mb'] = r1(markdown.length / 1e6);
  figures['markdown_mb_per_s'] = r1(markdown.length / 1e6 / mdS);

  // Word: one numbered heading and one body paragraph per section, as Word writes them (runs with properties).
  const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
  const run = (t: string): string => `<w:r><w:rPr><w:rFonts w:ascii="FangSong" w:eastAsia="仿宋"/><w:sz w:val="32"/></w:rPr><w:t xml:space="preserve">${t}</w:t></w:r>`;
  const wpara = `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>${run('加强预算管理')}</w:p><w:p>${run('严格控制费用支出，')}${run('全年管理费用降低3%。')}</w:p>`;
  const documentXml = `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}"><w:body>${wpara.repeat(Math.floor(DOC_BYTES / Buffer.byteLength(wpara)))}</w:body></w:document>`;
  const numbering = `<w:numbering xmlns:w="${W}"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;
  const rels = (t: string, target: string): string => `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${t}" Target="${target}"/></Relationships>`;
  const docx = zipSync({
    '_rels/.rels': strToU8(rels('officeDocument', 'word/document.xml')),
    'word/document.xml': strToU8(documentXml),
    'word/numbering.xml': strToU8(numbering),
    'word/_rels/document.xml.rels': strToU8(rels('numbering', 'numbering.xml')),
  });
  let docxChars = 0;
  const docxS = best(() => {
    docxChars = decodeBytes('plan.docx', docx).text.length;
  });
  figures['docx_xml_mb'] = r1(Buffer.byteLength(documentXml) / 1e6);
  figures['docx_xml_mb_per_s'] = r1(Buffer.byteLength(documentXml) / 1e6 / docxS);
  figures['docx_text_chars_per_s'] = Math.round(docxChars / docxS);

  return {
    name: 'read',
    figures,
    notes: [
      `decodeBytes on single-line inputs held in memory, best of ${RUNS} runs`,
      'markdown: micromark + GFM, every block and inline construct, with the source map; docx: fflate unzip, htmlparser2 (cheerio, XML mode) DOM of document.xml, numbering rendered',
      'gbk/big5 go through the guesser (chardet + plausibility on a 256 KiB sample) and iconv-lite (pure JS); UTF-8 is validated with buffer.isUtf8',
    ],
  };
}
