import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldText, foldWidth } from '../../src/normalize/index.js';

describe('foldText', () => {
  it('folds Traditional to Simplified phrase-wise without moving offsets', () => {
    const text = '公司現有員工人，年度工作計畫';
    const { folded, script } = foldText(text);
    expect(folded).toBe('公司现有员工人,年度工作计划');
    expect(folded.length).toBe(text.length);
    expect(script).toBe('traditional');
  });

  it('folds width and line breaks one character for one', () => {
    expect(foldWidth('（一）１２　ＡＢ\r\nx\ry')).toBe('(一)12 AB \nx\ny');
  });

  it('detects Simplified and script-neutral text', () => {
    expect(foldText('公司现有员工人，年度工作计划').script).toBe('simplified');
    expect(foldText('abc 123').script).toBe('none');
  });

  it('keeps length for any string (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (s) => {
        expect(foldText(s).folded.length).toBe(s.length);
      }),
      { numRuns: 300 },
    );
    const han = fc.string({ unit: fc.integer({ min: 0x4e00, max: 0x9fa5 }).map((c) => String.fromCharCode(c)), maxLength: 300 });
    fc.assert(fc.property(han, (s) => foldText(s).folded.length === s.length), { numRuns: 300 });
  });
});

describe('foldScript phrases', () => {
  it('converts phrases whose characters alone would convert differently', () => {
    // 計畫 → 计划 (phrase), where 畫 alone is 画.
    expect(foldText('年度工作計畫').folded).toBe('年度工作计划');
    expect(foldText('一幅畫').folded).toBe('一幅画');
  });

  it('skips a phrase whose conversion changes the length but still folds its characters', () => {
    // 網際網路 → 互联网 (4 → 3) is not applied; its characters fold one by one.
    const { folded } = foldText('建立健全了安全網際網路。');
    expect(folded).toBe('建立健全了安全网际网路。');
  });
});
