import { endsWithAt, isHan } from './context.js';
import { UNIT_TYPES } from './units.js';

/**
 * Words after which a classifier with no number before it can only be a stripped count, even when
 * the noun it counts follows (辖区__个老旧小区, 为__名高龄老人, 新建__所学校). Chinese puts no bare
 * classifier after these: the number is what is missing. Used by hollow-noun.ts.
 */

/** A whole area or organisation, or a jurisdiction: what follows is counted within it. */
const SCOPE_WORDS = [
  '辖区', '辖区内', '辖内', '本辖区', '全市', '全县', '全区', '全镇', '全乡', '全村', '全省', '全街道', '全社区', '全校',
  '全园', '全院', '全科', '全局', '全系统', '全行业', '全公司', '全厂', '全所', '全站', '全队', '全班', '全年级', '全组',
  '社区', '本社区', '本单位', '本校', '本园', '本院', '区内', '镇内', '村内', '校内', '园内', '院内',
];

/**
 * Prepositions that introduce the counted beneficiaries or objects, and verbs that take a counted
 * object (founding, holding events, visiting, selecting people, works and goods, totals and
 * bounds). Nouns that are also verbs (服务, 联系) are left out: 服务台, 联系户 are words.
 */
const COUNT_VERBS = [
  '为', '对', '与', '向', '给', '帮助', '帮扶',
  '新增', '新建', '新开', '新招', '新招募', '新聘', '新发展', '新培育', '建成', '建设', '建立', '打造', '创建', '组建',
  '成立', '设立', '设置', '开设', '开办', '开通', '培育', '认定', '引进', '扶持', '发展',
  '举办', '召开', '组织', '开展', '承办',
  '培训', '培养', '走访', '慰问', '看望', '救助', '资助', '表彰', '奖励', '评选', '评出', '选派', '选送', '推荐', '招聘',
  '招募', '录用', '聘请', '吸纳', '安置', '接待', '覆盖', '惠及', '带动', '涉及',
  '发放', '印发', '购置', '添置', '采购', '安装', '配备', '更新', '改造', '整治', '排查', '检查', '抽查', '巡查', '整改',
  '查处', '办理', '受理', '办结', '调解', '签订', '修订', '制定', '编制', '撰写', '发表', '征集', '收集', '发现', '完成',
  '实施', '投入',
  '达到', '累计', '合计', '共计', '超过', '不少于', '不低于', '不超过', '控制在', '约', '近', '逾', '达', '共有', '现有',
  '拥有', '还有', '了',
];

/** Verbs that take a sum of money: 投入__万元用于, 奖励__元现金. */
const AMOUNT_VERBS = [
  '投入', '投资', '奖励', '补助', '补贴', '资助', '筹集', '拨付', '安排', '落实', '争取', '发放', '节约', '节省', '创收',
  '实现', '完成', '达到', '累计', '超过', '不超过', '控制在', '约',
];

/** Time words a rate is given per (每人每天__元), besides the units of the lexicon. */
const RATE_WORDS = new Set(['日', '学期', '季度', '餐', '床', '车', '班']);
/** Longest word between 每 and the blank of a rate (每平方米). */
const RATE_WORD_MAX = 3;

/** Words by their last character, longest first: most places are rejected by one map lookup. */
function byLast(words: readonly string[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const w of [...words].sort((a, b) => b.length - a.length)) {
    const list = map.get(w[w.length - 1] as string) ?? [];
    list.push(w);
    map.set(w[w.length - 1] as string, list);
  }
  return map;
}

const COUNT_CUES = byLast([...SCOPE_WORDS, ...COUNT_VERBS]);
const AMOUNT_CUES = byLast(AMOUNT_VERBS);

function longestEnding(text: string, at: number, words: ReadonlyMap<string, string[]>): string | null {
  for (const w of words.get(text[at - 1] as string) ?? []) if (endsWithAt(text, at, w)) return w;
  return null;
}

/** The scope word or counting verb that ends at `at`, if any (the longest). */
export function countCueBefore(text: string, at: number): string | null {
  return longestEnding(text, at, COUNT_CUES);
}

const SCOPES = new Set(SCOPE_WORDS);
/** Scope words are nouns: a word across their end and the unit may be the right cut (全|市场主体). */
export function isScopeWord(word: string): boolean {
  return SCOPES.has(word);
}

/** A rate (每人, 每天, 每平方米) or a verb of money that ends at `at`. */
export function amountCueBefore(text: string, at: number): string | null {
  for (let len = 1; len <= RATE_WORD_MAX; len++) {
    const p = at - len - 1;
    if (p < 0 || text[p] !== '每') continue;
    const word = text.slice(p + 1, at);
    if (UNIT_TYPES.has(word) || RATE_WORDS.has(word)) return `每${word}`;
  }
  return longestEnding(text, at, AMOUNT_CUES);
}

/**
 * Nouns naming people, institutions or organisations. Some classifiers count only one kind of thing,
 * so a blank before them is only believed when such a noun follows (or, for 名, stands before it):
 * 名 and 位 count people, 所 schools and stations, 家 organisations and homes. People and
 * institutions are named by a last character (党员, 老人, 护士, 小学, 卫生院); 家 by whole words,
 * since the characters that end organisations (行, 地, 点, 心) also start everyday words (进行, 地方).
 */
export const PERSON_HEADS = new Set([...'员师士者工民众童儿孩生人友长警医干属客女兵徒匠官宾']);
const INSTITUTION_HEADS = new Set([...'校园院站馆所室']);
const ORGANISATION_WORDS = `企业 公司 单位 机构 医院 卫生院 银行 商户 门店 超市 工厂 合作社 基地 农场 家庭 园区 学校 网点 酒店 宾馆
  饭店 中心 诊所 药房 药店 物业 平台 场所 协会 组织 商会 养殖场 店 厂 社 馆 院 站 企`.split(/\s+/).filter((w) => w.length > 0);
/**
 * A head character that starts a word here does not end the noun: 生产, 工作, 长期, 医疗, 属于.
 * Only pairs that can follow a classifier in plan prose are listed.
 */
const NOT_FINAL = `生产 生活 生态 生命 生动 生成 生长 工作 工程 工业 工艺 工具 工资 工会 工地 工厂 长期 长效 长远 长度 干净
  属于 客观 医院 医疗 医保 医药 医学 民生 民主 民族 民营 民间 民俗 民政 人民 人口 人才 人力 人事 人文 童年 儿科
  女性 友好 友谊 官方 官网 众多 师资 师德 校园 园区 院落 站点 所有 所在 所属`.split(/\s+/).filter((w) => w.length > 0);

export type HeadKind = 'person' | 'institution' | 'organisation';

/** Where the noun phrase after a classifier certainly ends (the enumeration mark 、 does not end it). */
const PHRASE_BREAKS = new Set([',', '。', ';', ':', '!', '?', '\n', '(', ')', '“', '”', '《', '》']);

function headAt(text: string, p: number, kind: HeadKind): boolean {
  if (kind === 'organisation') return ORGANISATION_WORDS.some((w) => text.startsWith(w, p));
  const heads = kind === 'person' ? PERSON_HEADS : INSTITUTION_HEADS;
  return heads.has(text[p] as string) && !NOT_FINAL.some((w) => text.startsWith(w, p));
}

/** True when a noun of `kind` stands within `window` characters after `from` (before the phrase ends). */
export function headAfter(text: string, from: number, end: number, kind: HeadKind, window: number): boolean {
  for (let p = from; p < Math.min(end, from + window); p++) {
    const c = text[p] as string;
    if (PHRASE_BREAKS.has(c) || (!isHan(c) && c !== '、')) return false;
    if (headAt(text, p, kind)) return true;
  }
  return false;
}
