import { describe, expect, it } from 'vitest';
import { parseChineseInteger, parseNumeral, toChineseNumeral } from '../../src/core/numerals.js';

describe('parseNumeral', () => {
  it.each([
    ['十', 10], ['十二', 12], ['二十', 20], ['一百二十', 120], ['一百零五', 105], ['一千零五', 1005],
    ['两千', 2000], ['三万五', 35000], ['两千五', 2500], ['十万', 100000], ['一万零三百', 10300],
    ['二十三万四千', 234000], ['一亿二千万', 120000000], ['二〇二三', 2023], ['壹佰', 100], ['兩', 2],
    ['3.5万', 35000], ['13万2', 132000], ['１２', 12], ['6000', 6000], ['0.5', 0.5],
  ])('%s → %d', (text, value) => {
    expect(parseNumeral(text)).toBe(value);
  });

  it.each(['百', '十十', '一二', '万', 'abc', '', '三个'])('rejects %s', (text) => {
    expect(parseNumeral(text)).toBeNull();
  });

  it('round-trips ordinals 1..200 through toChineseNumeral', () => {
    for (let n = 1; n <= 200; n++) expect(parseChineseInteger(toChineseNumeral(n))).toBe(n);
  });
});
