import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DecodedDocument } from '../../src/core/document.js';
import { normalize } from '../../src/normalize/index.js';
import { buildOutline } from '../../src/outline/index.js';
import { decodeBytes } from '../../src/read/index.js';
import { extractMarkdown } from '../../src/read/markdown/extract.js';
import { expectPlankitError } from './helpers.js';

const md = (source: string, path = 'plan.md'): DecodedDocument => decodeBytes(path, Buffer.from(source, 'utf8'));

/** Every segment slices to equal strings in the text and the source (the sourceMap contract). */
function expectMapSound(doc: { text: string; sourceMap?: Array<{ textStart: number; sourceStart: number; length: number }> }, source: string): void {
  for (const s of doc.sourceMap ?? []) {
    expect(doc.text.slice(s.textStart, s.textStart + s.length)).toBe(source.slice(s.sourceStart, s.sourceStart + s.length));
  }
}

/** The source offset of text offset `at`, through the map (undefined when it maps nowhere). */
function sourceOffset(doc: DecodedDocument, at: number): number | undefined {
  const s = doc.sourceMap?.find((x) => at >= x.textStart && at < x.textStart + x.length);
  return s === undefined ? undefined : s.sourceStart + (at - s.textStart);
}

describe('Markdown input', () => {
  it('is chosen by the .md and .markdown extensions', () => {
    expect(md('# 标题\n\n正文').format).toBe('markdown');
    expect(md('# 标题\n\n正文', 'plan.MARKDOWN').format).toBe('markdown');
    expect(decodeBytes('plan.txt', Buffer.from('# 标题')).text).toBe('# 标题');
  });

  it('drops YAML and TOML front matter', () => {
    expect(md('---\ntitle: 计划\ndate: 2024-01-01\n---\n\n一、目标\n').text).toBe('一、目标');
    expect(md('+++\ntitle = "计划"\n+++\n一、目标\n').text).toBe('一、目标');
  });

  it('drops heading marks, emphasis, link targets and images; keeps link text', () => {
    const doc = md('# 2024年工作计划\n\n## 一、指导思想 ##\n\n坚持**稳中求进**，落实*各项*[目标任务](http://example.org/a)。![图](a.png)\n');
    expect(doc.text).toBe('2024年工作计划\n\n一、指导思想\n\n坚持稳中求进，落实各项目标任务。');
  });

  it('drops - * + bullets, keeps 1. numbers and Chinese numbering as written', () => {
    const doc = md('- 要点甲\n* 要点乙\n+ 要点丙\n\n1. 第一项\n2) 第二项\n\n1、认真学习\n（一）加强领导\n一、总体要求\n');
    expect(doc.text).toBe('要点甲\n要点乙\n要点丙\n\n1. 第一项\n2) 第二项\n\n1、认真学习\n（一）加强领导\n一、总体要求');
  });

  it('keeps a bullet item that is itself numbered, and nested ordered lists', () => {
    const doc = md('- 一、目标\n  - （一）任务\n\n1. 总则\n   1. 细则\n');
    expect(doc.text).toBe('一、目标\n（一）任务\n\n1. 总则\n1. 细则');
  });

  it('an ordered item with no text, or text on the next line, keeps its number on a line', () => {
    expect(md('前文\n\n3.\n\n后文\n').text).toBe('前文\n\n3.\n\n后文');
  });

  it('keeps code (fenced and indented) as text', () => {
    expect(md('前文\n\n```text\n一、原样\n  （一）缩进\n```\n\n    四个空格缩进\n').text).toBe('前文\n\n一、原样\n  （一）缩进\n\n四个空格缩进');
  });

  it('writes a table row per line, cells separated by a tab, without the rule', () => {
    const doc = md('| 项目 | 人数 |\n|---|---:|\n| 培训 | 30 |\n| 调研 |  |\n');
    expect(doc.text).toBe('项目\t人数\n培训\t30\n调研\t');
  });

  it('keeps blank lines between blocks, joins adjacent lines, and turns CRLF into LF', () => {
    expect(md('一、目标\r\n（一）任务\r\n\r\n\r\n二、措施\r\n').text).toBe('一、目标\n（一）任务\n\n二、措施');
  });

  it('keeps escaped characters, entities and block quotes as their text', () => {
    expect(md('> 引用\\*一\\*\n> 第二行 &amp; 3&lt;5\n').text).toBe('引用*一*\n第二行 & 3<5');
  });

  it('reads HTML blocks and <br> as a browser shows them', () => {
    expect(md('<center>2024年工作计划</center>\n\n第一行<br>第二行\n').text).toBe('2024年工作计划\n\n第一行\n第二行');
  });

  it('leaves placeholders and ranges alone: __ between characters, single tildes', () => {
    expect(md('公司现有员工__人，计划招收3~5人，另招6~8人。\n').text).toBe('公司现有员工__人，计划招收3~5人，另招6~8人。');
  });

  it('maps the text back to the source: markers and titles are found where the file has them', () => {
    const source = '---\ntitle: x\n---\n# 一、**总体**要求\n\n> （一）加强&amp;改进\n\n1. 落实\n';
    const doc = md(source);
    expect(doc.text).toBe('一、总体要求\n\n（一）加强&改进\n\n1. 落实');
    expectMapSound(doc, source);
    for (const marker of ['一、', '（一）', '1.']) {
      const at = doc.text.indexOf(marker);
      expect(sourceOffset(doc, at)).toBe(source.indexOf(marker));
    }
    expect(sourceOffset(doc, doc.text.indexOf('要求'))).toBe(source.indexOf('要求'));
  });

  it('gives the same outline as the same plan written as plain text', () => {
    const plain = '2024年工作计划\n\n一、指导思想\n\n（一）加强学习\n1.认真学习\n2.深入调研\n（二）改进作风\n\n二、主要措施\n';
    const markdown = '# 2024年工作计划\n\n## 一、指导思想\n\n### （一）加强学习\n1.认真学习\n2.深入调研\n\n### （二）改进作风\n\n## 二、主要措施\n';
    const outline = (doc: DecodedDocument): unknown[] => {
      const n = normalize(doc);
      return buildOutline(n, { start: 0, end: n.text.length }).items.map((i) => [i.marker, i.style, i.ordinal, i.depth, n.text.slice(i.titleSpan.start, i.titleSpan.end)]);
    };
    expect(outline(md(markdown))).toEqual(outline(decodeBytes('plan.txt', Buffer.from(plain))));
    expect(outline(md(markdown)).length).toBe(6);
  });

  it('a file of front matter only is an empty input naming the file', () => {
    const e = expectPlankitError(() => md('---\ntitle: 计划\n---\n', 'only-front.md'), 'empty', 'only-front.md');
    expect(e.toLine()).toMatch(/^only-front\.md: empty: .*front matter/);
    expectPlankitError(() => md('![图](a.png)\n\n---\n', 'images.md'), 'empty', 'images.md');
  });

  it('the source map is sound on any input (property)', () => {
    const pieces = ['# ', '## ', '- ', '1. ', '> ', '**', '*', '_', '__', '`', '```\n', '\\', '&amp;', '&#x4e00;', '[', '](u)', '![', '|', '|---|\n', '\n', '\r\n', '\n\n', '  ', '\t', '一、', '（一）', '计划', 'ab', '<br>', '<p>', '</p>', '---\n', '+++\n', '😀'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const source = parts.join('');
        const r = extractMarkdown(source);
        expectMapSound(r, source);
        let last = -1;
        for (const s of r.sourceMap) {
          expect(s.textStart).toBeGreaterThan(last);
          last = s.textStart;
        }
      }),
      { numRuns: 400 },
    );
  });
});
