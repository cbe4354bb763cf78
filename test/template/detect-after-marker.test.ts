import { describe, expect, it } from 'vitest';
import { detectSlots } from '../../src/template/index.js';
import { textDocument } from '../helpers/seed.js';

function slotsOf(text: string) {
  const doc = textDocument(text);
  return detectSlots(doc, { start: 0, end: text.length }).slots.map((s) => [text.slice(0, s.span.start).split('\n').length, s.value, s.type, s.unit]);
}

describe('a number that starts inside an outline marker', () => {
  it('is read from where the marker ends (3.4小时: item 3. then 4小时)', () => {
    const text = '应急安排\n1.接到报告后立即核实；\n2.启动预案并通知家长；\n3.4小时内完成处置并书面报告。';
    expect(slotsOf(text)).toEqual([[4, '4', 'count', '小时']]);
  });
});

describe('units and times of event plans', () => {
  it('counts tables (桌) and reads an evening hour (晚間7時)', () => {
    expect(slotsOf('聚餐安排\n本次聚餐共18桌，晚間7時入席。').map((s) => s.slice(1))).toEqual([
      ['18', 'count', '桌'],
      ['7時', 'time', ''],
    ]);
  });
});

describe('ranges that span a whole year or month', () => {
  it('are no dates to fill in; a real date range stays', () => {
    const text = '统计口径\n本办法所称年度为每年1月1日至12月31日，月度为每月1日至月底；申报期为3月1日至3月15日。';
    expect(slotsOf(text).map((s) => s.slice(1))).toEqual([
      ['3', 'date', '月'],
      ['1', 'date', '日'],
      ['3', 'date', '月'],
      ['15', 'date', '日'],
    ]);
  });
});
