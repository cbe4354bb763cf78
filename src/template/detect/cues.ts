import { endsWithAt } from './context.js';

/**
 * Words that announce a quantity right after them. A Chinese numeral is a quantity slot only after
 * one of these (了二期, 连续三天, 已经有两名): elsewhere 一/二/三 are mostly parts of words
 * (实现二次创业, 三季度, 一线) or enumerations.
 */
const QUANTITY_CUES = [
  '有', '了', '共', '计', '达', '约', '近', '连续', '各', '的', '为', '再', '至少', '超过', '逾', '增加', '新增', '减少',
  '累计', '合计', '总计', '达到', '投资', '奖励', '培训', '举办', '开展', '组织', '选派', '慰问', '资助',
];

export function quantityCueBefore(text: string, at: number): string | null {
  for (const w of QUANTITY_CUES) if (endsWithAt(text, at, w)) return w;
  return null;
}

/**
 * Words before 人/名 that mean people are being counted: the end of a person noun (员工, 党员,
 * 组长, 志愿者, 学生 …) or a verb of counting people (培训, 慰问, 参加 …). A hollow 人 needs one,
 * because 人 ends so many words (见 hollow-words.ts) that the word list alone is not enough.
 */
const PERSON_NOUN_ENDINGS = new Set([...'员工长者生师部表民众属兵手士匠才友户官警医童儿女孩徒模干客宾']);
const PEOPLE_CUES = [
  '有', '共', '计', '达', '约', '了', '为', '各', '近', '超过', '逾', '培训', '慰问', '参加', '参与', '招聘', '录用',
  '选派', '选送', '表彰', '评选', '帮扶', '资助', '救助', '走访', '看望', '吸纳', '发展', '惠及', '覆盖', '安置', '就业', '带动',
  '接待', '服务', '新增', '增加', '减少', '转移', '输出', '培养', '涉及', '动员', '选拔', '推荐', '评出', '奖励',
];

/** The counting verbs of PEOPLE_CUES (two characters or more): 选派, 培训, 招聘 … */
export function peopleVerbBefore(text: string, at: number): string | null {
  for (const w of PEOPLE_CUES) if (w.length >= 2 && endsWithAt(text, at, w)) return w;
  return null;
}

export function peopleContextBefore(text: string, at: number): boolean {
  if (PERSON_NOUN_ENDINGS.has(text[at - 1] as string)) return true;
  return PEOPLE_CUES.some((w) => endsWithAt(text, at, w));
}

/**
 * Cues strong enough that a blank may be followed by its noun instead of punctuation: a whole
 * area (全镇__个行政村), a holding (现有, 下辖), a total (累计), a duration (为期__天的培训).
 */
const STRONG_CUES = ['全镇', '全县', '全乡', '全市', '全区', '全省', '全村', '全街道', '共有', '现有', '拥有', '下辖', '辖', '共计', '合计', '累计', '为期', '历时'];

export function strongCueBefore(text: string, at: number): string | null {
  for (const w of STRONG_CUES) if (endsWithAt(text, at, w)) return w;
  return null;
}

/**
 * Words that bound or total an amount (不少于, 达到, 累计, 约): the only places where a unit that is
 * also a noun (课时, 学时: 不随意增减课时) is a blank at the end of a clause (每年不少于__学时).
 */
const BOUND_CUES = ['不少于', '不低于', '不超过', '不足', '达到', '达', '累计', '合计', '共计', '共', '计', '约', '近', '超过', '逾', '至少', '为期', '历时', '满'];

export function boundCueBefore(text: string, at: number): string | null {
  for (const w of BOUND_CUES) if (endsWithAt(text, at, w)) return w;
  return null;
}
