/**
 * Stock paragraphs for synthetic corpora, written for this project: the passages that government
 * plans and 范文 repeat from plan to plan — 指导思想, 组织领导, 保障措施, 工作要求, 宣传引导,
 * 监督考核 — with the same words in plans that are otherwise unrelated. Each stock paragraph is a
 * pure function of (kind, index), so a corpus of any size can draw from a pool of any size without
 * holding it.
 */
import { Rng } from './rng.js';

/** What a stock paragraph is about (the section of a plan it stands in). */
export type StockKind = 'guiding' | 'leadership' | 'safeguards' | 'requirements' | 'publicity' | 'supervision';

export const STOCK_KINDS: readonly StockKind[] = ['guiding', 'leadership', 'safeguards', 'requirements', 'publicity', 'supervision'];

const THEORIES = [
  '新时代中国特色社会主义思想', '党的路线方针政策', '上级决策部署', '新发展理念', '以人民为中心的发展思想',
  '总体国家安全观', '高质量发展要求', '依法行政原则', '全面从严治党要求', '稳中求进工作总基调',
];
const GOALS = [
  '推动各项工作再上新台阶', '切实保障人民群众生命财产安全', '不断满足群众日益增长的美好生活需要', '为经济社会发展提供有力保障',
  '全面提升治理体系和治理能力现代化水平', '促进社会和谐稳定', '巩固和发展良好局面', '确保各项目标任务圆满完成',
  '推动工作落地见效', '筑牢高质量发展根基', '营造良好发展环境', '提高人民群众获得感幸福感安全感',
];
const BODIES = [
  '领导小组', '工作专班', '联席会议', '指挥部', '工作组', '办公室', '专项小组', '督导组',
];
const DUTIES = [
  '统筹协调', '研究解决重大问题', '定期听取工作汇报', '督促检查工作落实', '组织推动各项任务', '协调解决跨部门事项',
  '加强调度指导', '及时通报工作进展', '压实各方责任', '做好日常工作',
];
const SUPPORTS = [
  '资金保障', '人员保障', '制度保障', '技术支撑', '经费投入', '物资储备', '队伍建设', '信息化支撑', '法治保障', '后勤服务',
];
const MEDIA = ['广播电视', '报刊', '政务网站', '微信公众号', '宣传栏', '短视频平台', '新闻发布会', '专题讲座', '宣传手册', '户外屏幕'];
const CHECKS = ['日常督查', '专项督导', '明察暗访', '绩效考核', '年终考评', '跟踪问效', '群众评议', '第三方评估', '定期通报', '约谈问责'];
const ACTORS = ['各单位', '各部门', '各乡镇（街道）', '各有关单位', '各成员单位', '各级各部门', '相关责任单位', '各村（社区）'];
const MANNERS = ['高度重视', '切实加强领导', '主要负责同志亲自抓', '明确专人负责', '细化工作措施', '加强沟通协作', '强化责任担当', '坚持问题导向'];

type Sentence = (rng: Rng) => string;

const SENTENCES: Record<StockKind, Sentence[]> = {
  guiding: [
    (r) => `坚持以${r.pick(THEORIES)}为指导,全面贯彻落实${r.pick(THEORIES)},${r.pick(GOALS)}。`,
    (r) => `深入贯彻${r.pick(THEORIES)},坚持${r.pick(THEORIES)},紧紧围绕中心工作,${r.pick(GOALS)}。`,
    (r) => `以${r.pick(THEORIES)}为统领,着眼${r.pick(GOALS)},坚持统筹兼顾、突出重点、分类施策。`,
    (r) => `按照${r.pick(THEORIES)},坚持目标导向和问题导向相统一,${r.pick(GOALS)},${r.pick(GOALS)}。`,
  ],
  leadership: [
    (r) => `成立由主要负责同志任组长、分管负责同志任副组长的${r.pick(BODIES)},负责${r.pick(DUTIES)}和${r.pick(DUTIES)}。`,
    (r) => `${r.pick(BODIES)}下设办公室,承担${r.pick(DUTIES)}等日常工作,${r.pick(ACTORS)}确定一名联络员。`,
    (r) => `${r.pick(ACTORS)}要${r.pick(MANNERS)},把此项工作列入重要议事日程,${r.pick(DUTIES)}。`,
    (r) => `建立${r.pick(BODIES)}工作机制,实行定期会商制度,${r.pick(DUTIES)},${r.pick(GOALS)}。`,
  ],
  safeguards: [
    (r) => `强化${r.pick(SUPPORTS)}和${r.pick(SUPPORTS)},将所需经费纳入年度预算,确保工作顺利开展。`,
    (r) => `${r.pick(ACTORS)}要加强${r.pick(SUPPORTS)},整合现有资源,形成工作合力,${r.pick(GOALS)}。`,
    (r) => `完善${r.pick(SUPPORTS)}机制,加大${r.pick(SUPPORTS)}力度,为各项任务落实提供坚强保障。`,
    (r) => `健全${r.pick(SUPPORTS)}体系,统筹用好各类资金,严格资金管理,提高使用效益。`,
  ],
  requirements: [
    (r) => `${r.pick(ACTORS)}要${r.pick(MANNERS)},${r.pick(MANNERS)},确保各项工作任务按时保质完成。`,
    (r) => `${r.pick(ACTORS)}要结合实际制定具体实施方案,明确时间表、路线图和责任人,${r.pick(GOALS)}。`,
    (r) => `工作中遇到的重大问题要及时向${r.pick(BODIES)}报告,不得迟报、漏报、瞒报。`,
    (r) => `要坚持实事求是,严禁弄虚作假,杜绝形式主义,${r.pick(GOALS)}。`,
  ],
  publicity: [
    (r) => `充分利用${r.pick(MEDIA)}、${r.pick(MEDIA)}等载体,广泛开展宣传,营造全社会共同参与的良好氛围。`,
    (r) => `加强政策解读和舆论引导,通过${r.pick(MEDIA)}及时发布工作动态,回应社会关切。`,
    (r) => `及时总结推广典型经验和先进做法,借助${r.pick(MEDIA)}扩大影响,${r.pick(GOALS)}。`,
    (r) => `组织开展形式多样的宣传活动,提高群众知晓率和参与度,${r.pick(GOALS)}。`,
  ],
  supervision: [
    (r) => `将工作落实情况纳入${r.pick(CHECKS)}内容,采取${r.pick(CHECKS)}、${r.pick(CHECKS)}等方式加强监督。`,
    (r) => `对工作推进不力、措施落实不到位的单位,予以${r.pick(CHECKS)},情节严重的依规依纪追究责任。`,
    (r) => `建立健全${r.pick(CHECKS)}机制,实行清单化管理、台账式推进,${r.pick(GOALS)}。`,
    (r) => `${r.pick(BODIES)}要定期组织${r.pick(CHECKS)},及时通报进展情况,督促问题整改到位。`,
  ],
};

/** A pool seed per kind, so stock paragraph k of one kind never depends on another kind's pool. */
const KIND_SEED: Record<StockKind, number> = {
  guiding: 0x51a7,
  leadership: 0x1ead,
  safeguards: 0x5afe,
  requirements: 0x7e9a,
  publicity: 0x9b11,
  supervision: 0x50be,
};

/** Stock paragraph `index` of `kind`: two to four stock sentences, the same every time it is asked for. */
export function stockParagraph(kind: StockKind, index: number, seed: number): string {
  const rng = new Rng((seed ^ Math.imul(KIND_SEED[kind], 0x9e3779b1) ^ Math.imul(index + 1, 0x85ebca6b)) >>> 0);
  const sentences = SENTENCES[kind];
  let p = '';
  for (let s = rng.int(2, 3); s > 0; s--) p += rng.pick(sentences)(rng);
  return p;
}
