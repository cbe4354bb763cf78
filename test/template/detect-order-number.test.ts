import { describe, expect, it } from 'vitest';
import { detectSlots } from '../../src/template/index.js';
import { textDocument } from '../helpers/seed.js';

function slotsOf(text: string) {
  const doc = textDocument(text);
  return detectSlots(doc, { start: 0, end: text.length }).slots.map((s) => [s.kind, s.type, s.value, s.unit]);
}

describe('order numbers (令第N号, 第N号令)', () => {
  it('reads the serial of an order after its issuer’s 令, in digits or Chinese numerals, in both scripts', () => {
    expect(slotsOf('本办法经省政府常务会议通过，以湘府令第45号公布。')).toEqual([['literal', 'docno', '45', '号']]);
    expect(slotsOf('依據總統令第 十二 號公布施行。')).toEqual([['literal', 'docno', '十二', '號']]);
  });

  it('reads 第N号令 and the year of an order numbered within a year', () => {
    expect(slotsOf('根据公安部第88號令的规定执行。')).toEqual([['literal', 'docno', '88', '號']]);
    expect(slotsOf('已由交通部令2021年第3号发布。')).toEqual([
      ['literal', 'year', '2021', '年'],
      ['literal', 'docno', '3', '号'],
    ]);
  });

  it('keeps a placeholder or a stripped serial as such', () => {
    expect(slotsOf('以市政府令第xx号公布。')).toEqual([['placeholder', 'docno', 'xx', '号']]);
    const blank = slotsOf('以市政府令第号公布。');
    expect(blank).toEqual([['hollow', 'docno', '', '号']]);
  });

  it('takes no 令 that orders nothing numbered', () => {
    expect(slotsOf('上级下达命令后第一时间赶到现场。')).toEqual([]);
  });
});
