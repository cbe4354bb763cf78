import { describe, expect, it } from 'vitest';
import { planDocx } from '../../src/export/docx/index.js';
import { layoutPlan, type TextRun } from '../../src/export/layout/paragraphs.js';
import { docxXml, mammothText } from '../helpers/docx.js';

const PLAN = [
  '　　为做好明年工作，现制定计划如下。',
  '',
  '一、指导思想',
  '坚持以人民为中心，推动各项工作全面发展。',
  '二、工作目标：全年完成各项任务。',
  '（一）加强学习',
  '1、每月集中学习一次，全年不少于12次。',
  '（二）完善制度。修订考勤、财务等制度8项。',
  '三、保障措施',
  '（1）落实责任。',
].join('\n');

function textRuns(p: { runs: unknown[] }): TextRun[] {
  return p.runs.filter((r): r is TextRun => typeof r === 'object' && r !== null && 'text' in r);
}

describe('layoutPlan: the outline decides the heading type', () => {
  const paragraphs = layoutPlan(PLAN, { title: '某单位2025年工作计划' });

  it('puts the title first, drops blank lines and indenting spaces', () => {
    expect(paragraphs[0]?.kind).toBe('title');
    expect(paragraphs.map((p) => textRuns(p).map((r) => r.text).join(''))).toEqual([
      '某单位2025年工作计划',
      '为做好明年工作，现制定计划如下。',
      '一、指导思想',
      '坚持以人民为中心，推动各项工作全面发展。',
      '二、工作目标：全年完成各项任务。',
      '（一）加强学习',
      '1、每月集中学习一次，全年不少于12次。',
      '（二）完善制度。修订考勤、财务等制度8项。',
      '三、保障措施',
      '（1）落实责任。',
    ]);
  });

  it('sets first-level headings in 黑体, second-level in 楷体, the rest in the body type', () => {
    const fonts = paragraphs.map((p) => textRuns(p).map((r) => `${r.font}:${r.text}`));
    expect(fonts[2]).toEqual(['heading1:一、指导思想']);
    // A heading merged with its body: the label and its colon in 黑体, the body after it in 仿宋.
    expect(fonts[4]).toEqual(['heading1:二、工作目标：', 'body:全年完成各项任务。']);
    expect(fonts[5]).toEqual(['heading2:（一）加强学习']);
    expect(fonts[6]).toEqual(['body:1、每月集中学习一次，全年不少于12次。']);
    expect(fonts[1]).toEqual(['body:为做好明年工作，现制定计划如下。']);
  });
});

describe('planDocx: a GB/T 9704-2012 Word file', () => {
  it('holds the text, read back by mammoth', async () => {
    const bytes = await planDocx(PLAN, '某单位2025年工作计划');
    const text = await mammothText(bytes);
    for (const line of PLAN.split('\n').filter((l) => l.trim().length > 0)) expect(text).toContain(line.trim());
    expect(text.startsWith('某单位2025年工作计划')).toBe(true);
  });

  it('sets type, sizes, spacing, indents, page and page numbers per the standard', async () => {
    const bytes = await planDocx(PLAN, '某单位2025年工作计划');
    const $ = docxXml(bytes);
    const paragraphs = $('w\\:body > w\\:p').toArray();
    const runFont = (p: unknown, i = 0): { font: string | undefined; size: string | undefined } => {
      const r = $(p as never).find('w\\:r').eq(i);
      return { font: r.find('w\\:rFonts').attr('w:eastAsia'), size: r.find('w\\:sz').attr('w:val') };
    };
    // Title: 方正小标宋简体 2号 (22 pt = 44 half-points), centred, no indent.
    expect(runFont(paragraphs[0])).toEqual({ font: '方正小标宋简体', size: '44' });
    expect($(paragraphs[0] as never).find('w\\:jc').attr('w:val')).toBe('center');
    expect($(paragraphs[0] as never).find('w\\:ind').length).toBe(0);
    // Body: 仿宋 3号 (16 pt), exactly 28 pt lines, two characters' first-line indent.
    const body = paragraphs[1] as never;
    expect(runFont(body)).toEqual({ font: '仿宋', size: '32' });
    expect($(body).find('w\\:spacing').attr('w:line')).toBe('560');
    expect($(body).find('w\\:spacing').attr('w:lineRule')).toBe('exact');
    expect($(body).find('w\\:ind').attr('w:firstLineChars')).toBe('200');
    expect($(body).find('w\\:ind').attr('w:firstLine')).toBe('640');
    expect(runFont(paragraphs[2])).toEqual({ font: '黑体', size: '32' });
    expect(runFont(paragraphs[5])).toEqual({ font: '楷体', size: '32' });
    // A4, margins 37/35/28/26 mm.
    const sect = $('w\\:sectPr').first();
    expect(sect.find('w\\:pgSz').attr('w:w')).toBe('11906');
    expect(sect.find('w\\:pgSz').attr('w:h')).toBe('16838');
    const mar = sect.find('w\\:pgMar');
    expect([mar.attr('w:top'), mar.attr('w:bottom'), mar.attr('w:left'), mar.attr('w:right')]).toEqual(['2098', '1984', '1587', '1474']);
    // Odd and even footers with — PAGE — in 4号 宋体.
    expect(sect.find('w\\:footerReference').toArray().map((f) => $(f).attr('w:type')).sort()).toEqual(['default', 'even']);
    const settings = docxXml(bytes, 'word/settings.xml');
    expect(settings('w\\:evenAndOddHeaders').length).toBe(1);
    const footers = Object.keys((await import('../helpers/docx.js')).docxParts(bytes)).filter((n) => /^word\/footer\d+\.xml$/.test(n));
    expect(footers.length).toBe(2);
    for (const name of footers) {
      const f = docxXml(bytes, name);
      expect(f('w\\:instrText').text()).toMatch(/PAGE/);
      expect(f('w\\:t').text()).toBe('—  —');
      expect(f('w\\:rFonts').first().attr('w:eastAsia')).toBe('宋体');
      expect(f('w\\:sz').first().attr('w:val')).toBe('28');
    }
    // The font table names a fallback for every font asked for.
    const fonts = docxXml(bytes, 'word/fontTable.xml');
    const alt = new Map(fonts('w\\:font').toArray().map((f) => [fonts(f).attr('w:name'), fonts(f).find('w\\:altName').attr('w:val')]));
    expect(alt.get('仿宋')).toBe('FangSong');
    expect(alt.get('方正小标宋简体')).toBe('宋体');
    expect(alt.get('楷体')).toBe('KaiTi');
    expect(alt.get('黑体')).toBe('SimHei');
  });
});

describe('layoutPlan: a plan without a separate title', () => {
  it('takes a first line shaped like a title as its own title, in the title type', () => {
    const paragraphs = layoutPlan(`2026年社区工作计划\n\n${PLAN}`);
    expect(paragraphs[0]?.kind).toBe('title');
    expect(textRuns(paragraphs[0] as { runs: unknown[] }).map((r) => [r.text, r.font])).toEqual([['2026年社区工作计划', 'title']]);
    expect(paragraphs.filter((p) => p.kind === 'title')).toHaveLength(1);
  });

  it('keeps a first line that is a sentence or a heading in the body', () => {
    expect(layoutPlan(PLAN).every((p) => p.kind === 'body')).toBe(true);
    expect(layoutPlan('一、指导思想\n坚持以人民为中心。').every((p) => p.kind === 'body')).toBe(true);
  });

  it('does not take a first line for a title when a separate title is given', () => {
    const paragraphs = layoutPlan(`2026年社区工作计划\n${PLAN}`, { title: '某单位2026年工作计划' });
    expect(paragraphs.filter((p) => p.kind === 'title')).toHaveLength(1);
    expect(paragraphs[1]?.kind).toBe('body');
  });
});
