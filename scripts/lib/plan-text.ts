/**
 * Plan-like prose for synthetic corpora, written for this project: an organisation's yearly work plan
 * in four sections, each paragraph built from templates over a vocabulary large enough (tens of
 * thousands of object phrases) that two unrelated plans share only stock phrases.
 */
import type { Rng } from './rng.js';

const ORGS = [
  '公司工会', '区教育局', '街道办事处', '县卫生健康委', '市场监管所', '团委', '妇联', '财务部', '安全生产科', '信息中心',
  '人力资源部', '后勤保障处', '党支部', '村委会', '社区服务中心', '质量管理部', '销售部', '研发中心', '物业管理处', '德育处',
  '交通运输局', '水务站', '农业服务中心', '文化馆', '档案室', '采购中心', '审计科', '宣传部', '综合办公室', '养老服务站',
  '应急管理办', '税务分局', '图书馆', '幼儿园', '卫生院', '供电所', '消防救援站', '司法所', '统计站', '环保督察组',
];
const DOMAINS = [
  '职工', '学生', '居民', '企业', '农户', '老年人', '青少年', '困难家庭', '新进员工', '志愿者', '个体工商户', '退役军人',
  '外来务工人员', '教师', '医护人员', '驾驶员', '班组长', '网格员', '物业企业', '餐饮单位', '小微企业', '合作社', '施工单位',
  '重点岗位', '窗口单位', '基层站所', '各科室', '村级组织', '社区党员', '离退休干部', '留守儿童', '残疾人', '食品摊贩',
  '危化品企业', '出租房屋', '校车', '电梯设备', '供水管网', '林地', '河道', '农田', '仓储场所', '公共场所', '老旧小区',
  '快递网点', '文物建筑', '药品零售店', '养殖场', '家政服务机构', '培训机构', '客运站', '工地', '变电站', '学校食堂',
];
const ASPECTS = [
  '技能培训', '安全教育', '健康体检', '档案整理', '信息登记', '走访慰问', '隐患排查', '考核评价', '帮扶救助', '宣传引导',
  '服务质量提升', '诚信体系建设', '台账规范化管理', '应急演练', '权益维护', '文化活动', '心理疏导', '结对共建', '星级评定',
  '标准化建设', '定期巡查', '专项整治', '满意度调查', '数据采集', '动态监测', '分类指导', '示范创建', '日常监管',
  '风险评估', '资金监管', '岗位练兵', '法律援助', '志愿服务', '技术改造', '节能降耗', '环境整治', '消防检查', '线上办理',
];
const VERBS = [
  '深入推进', '全面落实', '扎实开展', '认真组织', '切实加强', '持续优化', '稳步推进', '大力推广', '统筹协调', '严格执行',
  '积极探索', '不断完善', '着力提升', '健全', '规范', '抓好', '细化', '做实', '强化', '落细', '推动', '深化', '创新', '压实',
];
const PURPOSES = [
  '确保各项任务按期完成', '切实提高群众满意度', '为全年目标打下坚实基础', '不断增强队伍凝聚力', '有效防范化解各类风险',
  '推动工作提质增效', '形成齐抓共管的良好局面', '让服务对象得到实实在在的好处', '营造风清气正的工作氛围',
  '筑牢安全发展底线', '提升精细化管理水平', '推动各项制度落地见效', '激发干部职工干事创业热情', '补齐短板弱项',
  '实现经济效益和社会效益双提升', '打通服务群众最后一公里', '做到底数清情况明', '促进工作规范有序运行',
  '把问题解决在萌芽状态', '巩固拓展已有成果', '提高资金使用效益', '增强工作的针对性和实效性',
];
const TIMES = [
  '第一季度', '第二季度', '上半年', '下半年', '年底前', '每月', '每季度', '汛期前', '春节前后', '三月份', '六月底前',
  '九月份', '国庆节前', '全年', '年中', '开学初', '十月至十一月', '元旦前',
];
const MEASURES: Array<(n: () => string) => string> = [
  (n) => `全年计划组织培训${n()}期,覆盖${n()}人次`,
  (n) => `投入资金${n()}万元`,
  (n) => `完成率达到${n()}%以上`,
  (n) => `新增示范点${n()}个`,
  (n) => `走访${n()}户`,
  (n) => `于${n()}月底前全部完成`,
  (n) => `整改问题${n()}项`,
  (n) => `参与人数不少于${n()}人`,
  (n) => `开展专项检查${n()}次`,
  (n) => `建立工作台账${n()}本`,
  (n) => `发放宣传资料${n()}份`,
  (n) => `举办活动${n()}场`,
];
const CONNECTORS = ['同时', '此外', '在此基础上', '与此同时', '另外', '为此', '具体来说', '进一步'];
const SECTIONS = [
  ['一、指导思想', '二、工作目标', '三、重点任务', '四、保障措施'],
  ['一、总体要求', '二、主要目标', '三、工作措施', '四、组织保障'],
  ['一、基本思路', '二、目标任务', '三、具体安排', '四、工作要求'],
];

const PLACE_KINDS = ['村', '社区', '街道', '小区', '路', '镇', '园区', '中学', '厂区', '片区', '站', '分公司'];
const NAME_CHARS = '东西南北江河湖山林泉溪桥阳光明华兴安康和平新建长宁福德盛昌隆丰泰清永胜利民青云松竹梅兰金银石岭坪湾港塘田园春秋晨星月海川溪凤龙鹤鹿';

/** A proper name of the plan's own (东湖社区, 金桥路): what makes one organisation's plan unlike another's. */
function placeName(rng: Rng): string {
  let name = '';
  for (let k = rng.int(2, 3); k > 0; k--) name += NAME_CHARS[rng.int(0, NAME_CHARS.length - 1)];
  return name + rng.pick(PLACE_KINDS);
}

/** What one plan talks about: its organisation and the places and projects it names. */
export interface PlanContext {
  org: string;
  places: string[];
}

export function planContext(rng: Rng): PlanContext {
  const places: string[] = [];
  for (let k = rng.int(4, 8); k > 0; k--) places.push(placeName(rng));
  return { org: rng.pick(ORGS), places };
}

function number(rng: Rng): string {
  return String(rng.chance(0.5) ? rng.int(2, 30) : rng.int(30, 5000));
}

function object(rng: Rng): string {
  return rng.pick(DOMAINS) + rng.pick(ASPECTS);
}

/** One sentence of a plan, ending with 。 */
export function planSentence(rng: Rng, ctx: PlanContext): string {
  const n = (): string => number(rng);
  const org = ctx.org;
  const place = (): string => rng.pick(ctx.places);
  switch (rng.int(0, 9)) {
    case 6:
      return `在${place()}${rng.pick(VERBS)}${object(rng)}试点,${rng.pick(MEASURES)(n)},${rng.pick(PURPOSES)}。`;
    case 7:
      return `${place()}和${place()}要${rng.pick(VERBS)}${object(rng)},${rng.pick(TIMES)}由${org}组织验收。`;
    case 8:
      return `${rng.pick(TIMES)}完成${place()}${object(rng)}项目,${rng.pick(MEASURES)(n)}。`;
    case 9:
      return `针对${place()}${object(rng)}中存在的问题,${rng.pick(CONNECTORS)}${rng.pick(VERBS)}${object(rng)}。`;
    case 0:
      return `${rng.pick(TIMES)},${org}将${rng.pick(VERBS)}${object(rng)}工作,${rng.pick(PURPOSES)}。`;
    case 1:
      return `${rng.pick(VERBS)}${object(rng)},${rng.pick(MEASURES)(n)},${rng.pick(PURPOSES)}。`;
    case 2:
      return `围绕${object(rng)},${rng.pick(VERBS)}${object(rng)}和${object(rng)}。`;
    case 3:
      return `${rng.pick(CONNECTORS)},要${rng.pick(VERBS)}${object(rng)},${rng.pick(MEASURES)(n)}。`;
    case 4:
      return `把${object(rng)}作为${rng.pick(TIMES)}的重点,由${rng.pick(ORGS)}牵头,${rng.pick(PURPOSES)}。`;
    default:
      return `${rng.pick(TIMES)}${rng.pick(MEASURES)(n)},${rng.pick(VERBS)}${object(rng)}。`;
  }
}

/** A plan as paragraphs (headings are paragraphs too), about `targetChars` characters in all. */
export function planParagraphs(rng: Rng, targetChars: number, ctx: PlanContext = planContext(rng)): string[] {
  const headings = rng.pick(SECTIONS);
  const out: string[] = [];
  const perSection = Math.max(1, Math.round(targetChars / headings.length));
  for (const h of headings) {
    out.push(h);
    let sectionChars = 0;
    while (sectionChars < perSection * 0.9) {
      const sentences = rng.int(1, 3);
      let p = '';
      for (let s = 0; s < sentences; s++) p += planSentence(rng, ctx);
      out.push(p);
      sectionChars += p.length;
    }
  }
  return out;
}

/** A fresh paragraph (for variants that add text of their own). */
export function planParagraph(rng: Rng, ctx: PlanContext = planContext(rng)): string {
  let p = '';
  for (let s = rng.int(1, 3); s > 0; s--) p += planSentence(rng, ctx);
  return p;
}

/** Common characters used for single-character edits. */
export const EDIT_CHARS = '的一是在了和有大这主中人上为们地个用工时要动国产以我到他会作来分生对于学下级就年阶义发成部民可出能方进同行面说种过命度革而多子后自社加小机也经力线本电高量长党得实家定深法表着水理化争现所二起政三好十战无农使性前等反体合斗路图把结第里正新开论之物从当两些还天资事队批点育重其思与间内去因件日利相由压员气业代全组数果期导平各基或月毛然如应形想制心样干都向变关问比展那它最及外没看治提五解系林者米群头意只明四道马认次文通但条较克又公孔领军流入接席位情运器并飞原油放立题质指建区验活众很教决特此常石强极土少已根共直团统式转别造切九你取西持总料连任志观调七么山程百报更见必真保热委手改管处己将修支识病象几先老光专什六型具示复安带每东增则完风回南广劳轮科北打积车计给节做务被整联步类集号列温装即毫知轴研单色坚据速防史拉世设达尔场织历花受求传口断况采精金界品判参层止边清至万确究书术状厂须离再目海交权且儿青才证低越际八试规斯近注办布门铁需走议县兵固除般引齿千胜细影济白格效置推空配刀叶率述今选养德话查差半敌始片施响收华觉备名红续均药标记难存测士身紧液派准斤角降维板许破述技消底床田势端感往神便贺村构照容非搞亚磨族火段算适讲按值美态黄易彪服早班麦削信排台声该击素张密害侯草何树肥继右属市严径螺检左页抗苏显苦英快称坏移约巴材省黑武培著河帝仅针怎植京助升王眼她抓含苗副杂普谈围食射源例致酸旧却充足短划剂宣环落首尺波承粉践府鱼随考刻靠够满夫失包住促枝局菌杆周护岩师举曲春元超负砂封换太模贫减阳扬江析亩木言球朝医校古呢稻宋听唯输滑站另卫字鼓刚写刘微略范供阿块某功套友限项余倒卷创律雨让骨远帮初皮播优占死毒圈伟季训控激找叫云互跟裂粮粒母练塞钢顶策双留误础吸阻故寸盾晚丝女散焊功株亲院冷彻弹错散商视艺灭版烈零室轻血倍缺厘泵察绝富城冲喷壤简否柱李望盘磁雄似困巩益洲脱投送奴侧润盖挥距触星松送获兴独官混纪依未突架宽冬章湿偏纹吃执阀矿寨责熟稳夺硬价努翻奇甲预职评读背协损棉侵灰虽矛厚罗泥辟告卵箱掌氧恩爱停曾溶营终纲孟钱待尽俄缩沙退陈讨奋械载胞幼哪剥迫旋征槽倒握担仍呀鲜吧卡粗介钻逐弱脚怕盐末阴丰雾冠丙街莱贝辐肠付吉渗瑞惊顿挤秒悬姆烂森糖圣凹陶词迟蚕亿矩';
