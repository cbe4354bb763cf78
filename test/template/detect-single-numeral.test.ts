import { describe, expect, it } from 'vitest';
import { parseNumeral } from '../../src/core/numerals.js';
import { segment } from '../../src/segment/index.js';
import { detectSlots } from '../../src/template/index.js';
import { textDocument } from '../helpers/seed.js';

/** Slots of `text` with the segmenter's tokens, as the pipeline detects them. */
function slotsWithTokens(text: string) {
  const doc = textDocument(text);
  const range = { start: 0, end: text.length };
  return detectSlots(doc, range, { tokens: segment(doc, range).tokens }).slots.map((s) => [s.value, s.type, s.unit]);
}

describe('one-character Chinese numerals before a unit', () => {
  it('reads a sum of money in one numeral where the segmenter cuts it out as its own word', () => {
    expect(slotsWithTokens('报名费每人收取人民币八元，资料费另计。')).toEqual([['八', 'amount', '元']]);
  });

  it('reads a decimal in Chinese numerals (四点五元) as one value', () => {
    const s = slotsWithTokens('每张门票售价四点五元。');
    expect(s).toEqual([['四点五', 'amount', '元']]);
    expect(parseNumeral('四点五')).toBe(4.5);
    expect(parseNumeral('十二点零五')).toBe(12.05);
  });

  it('reads a count in one numeral that closes its clause', () => {
    expect(slotsWithTokens('评审小组由专家组成，成员六人。')).toEqual([['六', 'count', '人']]);
  });

  it('leaves numerals inside words, kinds and sizes alone', () => {
    expect(slotsWithTokens('坚持城乡一元化，走访广州三元里，实行一人一档，垃圾按四类收集箱投放，两人一组巡查，处三倍罚款。')).toEqual([]);
  });

  it('keeps 点 of a clock time out of the decimal (八点三十分)', () => {
    expect(slotsWithTokens('会议于晚上八点三十分开始。').some(([v]) => v === '八点三')).toBe(false);
  });

  it('needs the segmenter: without tokens a bare one-numeral amount stays text', () => {
    const text = '报名费每人收取人民币八元，资料费另计。';
    expect(detectSlots(textDocument(text), { start: 0, end: text.length }).slots).toEqual([]);
  });
});
