import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findPlaceholders } from '../../src/core/placeholders.js';
import { normaliseForShingles, placeholdersIn } from '../../src/dedup/normalise.js';

const text = (u: Uint16Array): string => String.fromCharCode(...u);

describe('normaliseForShingles', () => {
  it('reads year placeholders, years, XX and a stripped year alike', () => {
    const forms = ['20xx年工作安排', '20__年工作安排', '2023年工作安排', 'XX年工作安排', '＿＿年工作安排'.replace(/＿/g, '_'), '年工作安排'];
    const out = new Set(forms.map((f) => text(normaliseForShingles(f))));
    expect([...out]).toEqual(['年工作安排']);
  });

  it('leaves every digit run out, decimals and separators included, so a digit-stripped copy reads the same', () => {
    expect(text(normaliseForShingles('投入3.5万元,覆盖12,000人次'))).toBe('投入万元覆盖人次');
    expect(text(normaliseForShingles('完成率95%以上'))).toBe('完成率以上');
    expect(text(normaliseForShingles('全年完成销售额300万元,新增客户25家'))).toBe(text(normaliseForShingles('全年完成销售额万元,新增客户家')));
  });

  it('drops whitespace and punctuation and lowercases ASCII letters', () => {
    expect(text(normaliseForShingles('一、指导思想\n  (一)加强 KPI 考核。'))).toBe('一指导思想一加强kpi考核');
  });

  it('reads redaction stars and tildes as placeholders, like a number or nothing', () => {
    expect(text(normaliseForShingles('由*负责,~年完成'))).toBe('由负责年完成');
  });

  it('reads only [from, to)', () => {
    const s = '第一段2023年\n第二段xx年';
    expect(text(normaliseForShingles(s, 9, s.length))).toBe('第二段年');
  });

  it('leaves nothing of blank, punctuation-only or number-only text', () => {
    expect(normaliseForShingles('').length).toBe(0);
    expect(normaliseForShingles(' 。,\n').length).toBe(0);
    expect(normaliseForShingles('2023. 12,000 xx').length).toBe(0);
  });
});

describe('placeholdersIn (findPlaceholders on slices around trigger characters)', () => {
  it('finds exactly what findPlaceholders finds on the whole text', () => {
    const alphabet = [...'xX_某[] ~*20月日年a1○,。工作×'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 60 }), (chars) => {
        const s = chars.join('');
        expect(placeholdersIn(s, 0, s.length)).toEqual(findPlaceholders(s));
      }),
      { numRuns: 3000 },
    );
  });

  it('keeps placeholders that are far apart and multi-character runs whole', () => {
    const s = `20xx年${'工作'.repeat(20)}____${'计划'.repeat(20)}X月X日`;
    expect(placeholdersIn(s, 0, s.length)).toEqual(findPlaceholders(s));
    expect(placeholdersIn(s, 0, s.length).map((p) => p.shape)).toEqual(['year', 'underscore', 'date']);
  });
});
