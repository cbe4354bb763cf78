import { describe, expect, it } from 'vitest';
import { convertToTraditional } from '../../src/normalize/index.js';
import { detectSlots, type SlotOptions } from '../../src/template/index.js';
import { textDocument } from '../helpers/seed.js';

/**
 * Hollow blanks followed by the noun they count (hollow-noun.ts), the units added to the hollow
 * lexicon, and the guards against words. The sentences are written for these tests; the first
 * group has the shape of the blanks the shipped corpus pages had and the stage missed.
 */

function hollows(text: string, options: SlotOptions = {}) {
  const doc = textDocument(text);
  return detectSlots(doc, { start: 0, end: text.length }, options).slots.filter((s) => s.kind === 'hollow');
}

/** The text with ⟨⟩ where each hollow blank is. */
function marked(text: string, options: SlotOptions = {}): string {
  let out = text;
  for (const s of [...hollows(text, options)].reverse()) out = `${out.slice(0, s.span.start)}⟨⟩${out.slice(s.span.start)}`;
  return out;
}

const MISSED_BEFORE: Array<[string, string]> = [
  ['社区对辖区户低保家庭每季度走访一次。', '社区对辖区⟨⟩户低保家庭每季度走访一次。'],
  ['依托日间照料中心为名高龄、独居老人提供助餐服务。', '依托日间照料中心为⟨⟩名高龄、独居老人提供助餐服务。'],
  ['今年改造雨污管网米，增设停车位个。', '今年改造雨污管网⟨⟩米，增设停车位⟨⟩个。'],
  ['与辖区内个驻区单位签订共驻共建协议。', '与辖区内⟨⟩个驻区单位签订共驻共建协议。'],
  ['全年志愿服务时长累计达到小时。', '全年志愿服务时长累计达到⟨⟩小时。'],
  ['联合物业对辖区个老旧小区开展消防安全检查。', '联合物业对辖区⟨⟩个老旧小区开展消防安全检查。'],
];

describe('hollow blanks followed by their noun', () => {
  it.each(MISSED_BEFORE)('%s', (text, expected) => {
    expect(marked(text)).toBe(expected);
  });

  it('finds the same blanks, with the unit as written, in Traditional script', () => {
    for (const [text, expected] of MISSED_BEFORE) {
      const t = convertToTraditional(text);
      expect(marked(t)).toBe(convertToTraditional(expected));
      for (const s of hollows(t)) expect(t.startsWith(s.unit, s.span.start)).toBe(true);
    }
  });

  it('types the blank by its unit: people, money with a rate, an ordinal for the top N', () => {
    const s = hollows('推荐优秀团员名作为发展对象，交通费每人每天元包干使用，对前名重点客户逐一走访。');
    expect(s.map((x) => [x.type, x.unit])).toEqual([
      ['count', '名'],
      ['amount', '元'],
      ['ordinal', '名'],
    ]);
  });

  it('labels the blank by the scope or noun before it', () => {
    const [s] = hollows('社区对辖区户低保家庭每季度走访一次。');
    expect(s?.label).toBe('社区对辖区·户数');
  });

  it('needs the counted kind for 名, 所 and 家: a person, a school or station, an organisation', () => {
    expect(marked('为名困难学生发放助学金，新建所乡镇卫生院，培育家龙头企业。')).toBe('为⟨⟩名困难学生发放助学金，新建⟨⟩所乡镇卫生院，培育⟨⟩家龙头企业。');
    // 名 in a pretext, 家 of 家中: nothing counted follows.
    expect(marked('以走访为名收取费用，对家中有老人的住户登记造册。')).toBe('以走访为名收取费用，对家中有老人的住户登记造册。');
  });

  it('looks for the counted noun within nounHeadWindow characters after the classifier', () => {
    const text = '为名高龄、独居老人提供助餐。';
    expect(hollows(text)).toHaveLength(1);
    // 老人 ends seven characters after 名: a window of five does not reach it.
    expect(hollows(text, { nounHeadWindow: 5 })).toEqual([]);
  });

  it('keeps a blank before a classifier whose noun follows in a list item (全县__个乡镇、__家企业)', () => {
    expect(marked('对辖区个经营网点、家加油站开展检查。')).toBe('对辖区⟨⟩个经营网点、⟨⟩家加油站开展检查。');
  });
});

describe('no blank where the cue and the unit character read otherwise', () => {
  const NEGATIVES = [
    // A word starting with the unit character after a cue.
    '对个人信息严格保密，为家长提供指导，对户籍人口分类管理，实施项目化管理，建立台账。',
    '对所有人员登记，及时处理诉求，召开座谈会，给予支持，对支部书记培训，创造条件，开展批评与自我批评。',
    // A word across the cue and the unit: 近期, 为期, 市场, 对台, 为名.
    '近期召开会议，为期末考试做好准备，覆盖全市场主体，做好对台工作，以检查为名吃拿卡要。',
    // A number or a determiner already there.
    '对辖区5个小区开展检查，为两名老人送餐，对每个网格配备网格员，对各个环节严格把关。',
    // 名 after a person noun that starts a word with it.
    '党员名册已更新，学生名单已公示，会员名下无欠费。',
    // Units that are nouns too: a blank only after a bound.
    '不随意增减课时，合理安排学时，为困难户送去米、面、油。',
  ];
  it.each(NEGATIVES)('%s', (text) => {
    expect(hollows(text)).toEqual([]);
    expect(hollows(convertToTraditional(text))).toEqual([]);
  });
});

describe('units added to the lexicon', () => {
  it('reads 个小时 and 个工作日 as one unit, so no blank opens between 个 and 小时', () => {
    const doc = textDocument('每天锻炼不少于2个小时，5个工作日内办结。');
    const s = detectSlots(doc, { start: 0, end: doc.text.length }).slots;
    expect(s.map((x) => [x.kind, x.value, x.unit])).toEqual([
      ['literal', '2', '个小时'],
      ['literal', '5', '个工作日'],
    ]);
  });

  it('makes blanks before cases, visits, areas and energy, and scales them by 万', () => {
    const s = hollows('上报不良事件例以上，检修设备台次，新增绿化面积平方米，节约用电万千瓦时。');
    expect(s.map((x) => [x.unit, x.parsed?.scale ?? 1])).toEqual([
      ['例', 1],
      ['台次', 1],
      ['平方米', 1],
      ['万千瓦时', 10000],
    ]);
  });

  it('leaves words ending in the new units alone (比例, 条例, 为例, 讲座, 车辆, 手册, 玉米)', () => {
    expect(hollows('按比例分配，严格执行条例，以本校为例，举办讲座，管理车辆，编印手册，种植玉米。')).toEqual([]);
  });
});
