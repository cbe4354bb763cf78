import { AlignmentType, Document, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/read/index.js';
import { formatNumber } from '../../src/read/docx/number-formats.js';
import { handDocx, list, lvl, num, numPr, para } from './docx-helpers.js';
import { expectPlankitError } from './helpers.js';

const read = (bytes: Uint8Array, path = 'plan.docx'): string => decodeBytes(path, bytes).text;

/** GB/T 9704's four levels as Word numbering: 一、 （一） 1. （1）. */
const GBT_LEVELS = [lvl(0, 'chineseCounting', '%1、', '<w:suff w:val="nothing"/>'), lvl(1, 'chineseCounting', '（%2）', '<w:suff w:val="nothing"/>'), lvl(2, 'decimal', '%3.'), lvl(3, 'decimal', '（%4）', '<w:suff w:val="space"/>')];

describe('Word (.docx) input', () => {
  it('reads a document made by the docx package: paragraphs, automatic numbering, a soft break, a table', async () => {
    const doc = new Document({
      numbering: {
        config: [
          {
            reference: 'plan',
            levels: [
              { level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、', alignment: AlignmentType.LEFT },
              { level: 1, format: LevelFormat.CHINESE_COUNTING, text: '（%2）', alignment: AlignmentType.LEFT },
              { level: 2, format: LevelFormat.DECIMAL, text: '%3.', alignment: AlignmentType.LEFT },
            ],
          },
        ],
      },
      sections: [
        {
          children: [
            new Paragraph('2024年工作计划'),
            new Paragraph(''),
            new Paragraph({ text: '指导思想', numbering: { reference: 'plan', level: 0 } }),
            new Paragraph({ text: '加强学习', numbering: { reference: 'plan', level: 1 } }),
            new Paragraph({ text: '认真学习', numbering: { reference: 'plan', level: 2 } }),
            new Paragraph({ text: '深入调研', numbering: { reference: 'plan', level: 2 } }),
            new Paragraph({ text: '改进作风', numbering: { reference: 'plan', level: 1 } }),
            new Paragraph({ text: '落实责任', numbering: { reference: 'plan', level: 2 } }),
            new Paragraph({ text: '主要措施', numbering: { reference: 'plan', level: 0 } }),
            new Paragraph({ children: [new TextRun('第一行'), new TextRun({ text: '第二行', break: 1 })] }),
            new Table({
              rows: [
                new TableRow({ children: [new TableCell({ children: [new Paragraph('项目')] }), new TableCell({ children: [new Paragraph('人数')] })] }),
                new TableRow({ children: [new TableCell({ children: [new Paragraph('培训'), new Paragraph('（含调研）')] }), new TableCell({ children: [new Paragraph('30')] })] }),
              ],
            }),
          ],
        },
      ],
    });
    const d = decodeBytes('plan.docx', await Packer.toBuffer(doc));
    expect(d.format).toBe('docx');
    expect(d.encodingCertain).toBe(true);
    expect(d.text).toBe(
      '2024年工作计划\n\n一、\t指导思想\n（一）\t加强学习\n1.\t认真学习\n2.\t深入调研\n（二）\t改进作风\n1.\t落实责任\n二、\t主要措施\n第一行\n第二行\n项目\t人数\n培训 （含调研）\t30',
    );
  });

  it('renders numbering as a reader sees it: levels restart under their parent, suffixes as set', () => {
    const body = [
      para('总体要求', `${numPr(1, 0)}`),
      para('指导思想', numPr(1, 1)),
      para('目标', numPr(1, 2)),
      para('细目', numPr(1, 3)),
      para('细目', numPr(1, 3)),
      para('任务', numPr(1, 2)),
      para('基本原则', numPr(1, 1)),
      para('目标', numPr(1, 2)),
      para('主要措施', numPr(1, 0)),
      para('加强领导', numPr(1, 1)),
    ].join('');
    const text = read(handDocx({ body, numbering: list(1, GBT_LEVELS) + num(1, 1) }));
    expect(text.split('\n')).toEqual(['一、总体要求', '（一）指导思想', '1.\t目标', '（1） 细目', '（2） 细目', '2.\t任务', '（二）基本原则', '1.\t目标', '二、主要措施', '（一）加强领导']);
  });

  it('writes the number formats Chinese plans use', () => {
    const levels = [
      lvl(0, 'ideographTraditional', '%1、', '<w:suff w:val="nothing"/>'),
      lvl(1, 'decimalEnclosedCircleChinese', '%2', '<w:suff w:val="nothing"/>'),
      lvl(2, 'chineseLegalSimplified', '第%3条', '<w:suff w:val="space"/>'),
    ];
    const body = [para('甲项', numPr(1, 0)), para('乙项', numPr(1, 0)), para('第一点', numPr(1, 1)), para('第二点', numPr(1, 1)), para('条文', numPr(1, 2))].join('');
    expect(read(handDocx({ body, numbering: list(1, levels) + num(1, 1) })).split('\n')).toEqual(['甲、甲项', '乙、乙项', '①第一点', '②第二点', '第壹条 条文']);
    expect([1, 10, 11, 20, 21, 100].map((n) => formatNumber(n, 'chineseCounting'))).toEqual(['一', '十', '十一', '二十', '二十一', '一百']);
    expect([1, 10, 12, 30].map((n) => formatNumber(n, 'chineseLegalSimplified'))).toEqual(['壹', '拾', '拾贰', '叁拾']);
    expect([3, 10].map((n) => formatNumber(n, 'ideographDigital'))).toEqual(['三', '一〇']);
    expect([1, 26, 27].map((n) => formatNumber(n, 'upperLetter'))).toEqual(['A', 'Z', 'AA']);
    expect([4, 9, 14].map((n) => formatNumber(n, 'lowerRoman'))).toEqual(['iv', 'ix', 'xiv']);
    expect(formatNumber(11, 'ideographTraditional')).toBe('11'); // 甲…癸 stop at ten
    expect(formatNumber(3, 'decimalFullWidth')).toBe('３');
    expect(formatNumber(5, 'no-such-format')).toBe('5');
  });

  it('legal numbering, %n of the levels above, start values and never-restarting levels', () => {
    const levels = [
      lvl(0, 'chineseCounting', '第%1章', '<w:suff w:val="space"/>'),
      `<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/><w:isLgl/><w:suff w:val="space"/></w:lvl>`,
      `<w:lvl w:ilvl="2"><w:start w:val="5"/><w:numFmt w:val="decimal"/><w:lvlRestart w:val="0"/><w:lvlText w:val="(%3)"/><w:suff w:val="nothing"/></w:lvl>`,
    ];
    const body = [para('总则', numPr(1, 0)), para('目的', numPr(1, 1)), para('甲', numPr(1, 2)), para('分则', numPr(1, 0)), para('范围', numPr(1, 1)), para('乙', numPr(1, 2))].join('');
    expect(read(handDocx({ body, numbering: list(1, levels) + num(1, 1) })).split('\n')).toEqual(['第一章 总则', '1.1 目的', '(5)甲', '第二章 分则', '2.1 范围', '(6)乙']);
  });

  it('instances of one list continue it; an instance with a start override restarts it', () => {
    const numbering = list(1, [lvl(0, 'decimal', '%1、', '<w:suff w:val="nothing"/>')]) + num(1, 1) + num(2, 1) + num(3, 1, '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>');
    const body = [para('甲', numPr(1)), para('乙', numPr(1)), para('丙', numPr(2)), para('丁', numPr(3)), para('戊', numPr(3))].join('');
    expect(read(handDocx({ body, numbering })).split('\n')).toEqual(['1、甲', '2、乙', '3、丙', '1、丁', '2、戊']);
  });

  it('numbering carried by a paragraph style (through basedOn); numId 0 switches it off; bullets are dropped', () => {
    const numbering = list(1, [lvl(0, 'chineseCounting', '%1、', '<w:suff w:val="nothing"/>')]) + list(2, [lvl(0, 'bullet', '●')]) + num(1, 1) + num(2, 2);
    const styles =
      '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>' +
      `<w:style w:type="paragraph" w:styleId="H1"><w:basedOn w:val="Normal"/><w:pPr>${numPr(1, 0)}</w:pPr></w:style>` +
      '<w:style w:type="paragraph" w:styleId="H1Plain"><w:basedOn w:val="H1"/></w:style>';
    const body = [
      para('总体要求', '<w:pStyle w:val="H1"/>'),
      para('主要任务', '<w:pStyle w:val="H1Plain"/>'),
      para('不编号', '<w:pStyle w:val="H1"/><w:numPr><w:numId w:val="0"/></w:numPr>'),
      para('要点', numPr(2)),
      para('正文'),
    ].join('');
    expect(read(handDocx({ body, numbering, styles })).split('\n')).toEqual(['一、总体要求', '二、主要任务', '不编号', '要点', '正文']);
  });

  it('leaves out what a reader does not see: deletions, field codes, hidden runs; reads insertions, links, fields, content controls', () => {
    const body =
      '<w:p><w:r><w:t>保留</w:t></w:r><w:del w:id="1"><w:r><w:delText>删除</w:delText></w:r></w:del><w:ins w:id="2"><w:r><w:t>插入</w:t></w:r></w:ins>' +
      '<w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t></w:r><w:hyperlink><w:r><w:t>链接</w:t></w:r></w:hyperlink>' +
      '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>' +
      '<w:sdt><w:sdtContent><w:r><w:t>控件</w:t></w:r></w:sdtContent></w:sdt><w:r><w:tab/><w:t>甲</w:t><w:br w:type="page"/><w:t>乙</w:t></w:r></w:p>' +
      '<w:sdt><w:sdtContent>' + para('块级控件') + '</w:sdtContent></w:sdt>';
    expect(read(handDocx({ body }))).toBe('保留插入链接3控件\t甲乙\n块级控件');
  });

  it('reads a text box once (not its fallback copy), after the paragraph it is anchored in', () => {
    const box = `<w:txbxContent>${para('框内文字')}</w:txbxContent>`;
    const body =
      `<w:p><w:r><w:t>正文</w:t></w:r><w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="wps"><w:drawing><wps:txbx xmlns:wps="x">${box}</wps:txbx></w:drawing></mc:Choice>` +
      `<mc:Fallback><w:pict><v:textbox xmlns:v="y">${box}</v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>` +
      para('下一段');
    expect(read(handDocx({ body }))).toBe('正文\n框内文字\n下一段');
  });

  it('keeps empty paragraphs as empty lines and whitespace as written', () => {
    const body = [para('第一行'), para(''), para('　　缩进 两格'), para(''), para('')].join('');
    expect(read(handDocx({ body }))).toBe('第一行\n\n　　缩进 两格\n\n');
  });

  it('finds the main part through the package relationships, whatever its name and namespace prefix', () => {
    expect(read(handDocx({ body: para('一、目标'), documentPart: 'word/document2.xml' }))).toBe('一、目标');
    expect(read(handDocx({ body: para('一、目标') + para('（一）任务'), prefix: 'ns0' }))).toBe('一、目标\n（一）任务');
  });

  it('sniffs a Word file with another extension (a .docx saved as .doc, or stdin)', () => {
    const bytes = handDocx({ body: para('一、目标') });
    expect(decodeBytes('plan.doc', bytes).format).toBe('docx');
    expect(decodeBytes('-', bytes).text).toBe('一、目标');
    // Named as plain text, a zip is a binary file as before.
    expectPlankitError(() => decodeBytes('plan.txt', bytes), 'binary', 'plan.txt');
  });

  describe('bad input: one error naming the file', () => {
    it('not a zip', () => {
      const e = expectPlankitError(() => decodeBytes('fake.docx', Buffer.from('一、这不是Word文件\n')), 'not-docx', 'fake.docx');
      expect(e.toLine()).toBe('fake.docx: not a Word file (.docx): not a zip archive');
    });

    it('an old .doc or a password-protected file (OLE2)', () => {
      const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]);
      expect(expectPlankitError(() => decodeBytes('old.docx', ole), 'not-docx', 'old.docx').message).toMatch(/\.doc .*password/);
    });

    it('a damaged zip', () => {
      const good = handDocx({ body: para('一、目标') });
      const truncated = good.subarray(0, Math.floor(good.byteLength / 2));
      expect(expectPlankitError(() => decodeBytes('broken.docx', truncated), 'not-docx', 'broken.docx').message).toMatch(/damaged/);
    });

    it('a zip without a document part', () => {
      const zip = zipSync({ 'notes.txt': strToU8('一、目标') });
      expect(expectPlankitError(() => decodeBytes('notes.docx', zip), 'not-docx', 'notes.docx').message).toMatch(/no word\/document\.xml/);
    });

    it('a document with no text, and an empty file', () => {
      expectPlankitError(() => decodeBytes('blank.docx', handDocx({ body: para('') + para('') })), 'empty', 'blank.docx');
      expectPlankitError(() => decodeBytes('zero.docx', new Uint8Array(0)), 'empty', 'zero.docx');
    });

    it('parts that would unpack past the size limit', () => {
      const bytes = handDocx({ body: para('计划'.repeat(5000)) });
      expect(bytes.byteLength).toBeLessThan(4096);
      expectPlankitError(() => decodeBytes('bomb.docx', bytes, { maxBytes: 4096 }), 'too-large', 'bomb.docx');
    });
  });
});
