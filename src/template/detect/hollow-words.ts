/**
 * Words that END in a unit character, where that character is part of the word and not a classifier
 * (工人, 个人, 国家, 层次, 事项 …). A hollow blank is rejected when such a word straddles the place the
 * number would go: it starts before the blank and ends inside the unit. Simplified forms only.
 * The list is per unit character; it need only hold words that can end a clause, since a hollow
 * blank must be followed by punctuation (hollow.ts).
 */
const WORDS: Record<string, string> = {
  人: `个人 工人 人人 众人 本人 他人 别人 旁人 家人 亲人 老人 病人 主人 客人 军人 商人 文人 诗人 名人 新人 能人
    强人 好人 坏人 恩人 犯人 敌人 情人 爱人 夫人 妇人 男人 女人 后人 前人 古人 今人 私人 常人 凡人 真人 达人 路人
    世人 国人 证人 法人 为人 做人 育人 树人 用人 选人 识人 待人 感人 动人 惊人 迷人 喜人 宜人 逼人 服人 助人 害人
    救人 丢人 吓人 有人 无人 没人 成人 超人 艺人 匠人 巨人 伟人 贵人 小人 大人 哲人 猎人 外人 内人 友人 故人
    接班人 负责人 责任人 联系人 带头人 领头人 当事人 代表人 监护人 介绍人 发起人 主持人 经办人 保证人 代理人
    候选人 被告人 年轻人 老年人 残疾人 成年人 中年人 青年人 中国人 外国人 本地人 外地人 明白人 贴心人 引路人
    领路人 守护人 代言人 局外人 自己人 传承人 继承人 创始人 举报人 申请人 受益人 投资人 合伙人 经纪人 委托人
    收件人 执行人 管理人 把关人 见证人 知情人 陌生人 机器人 读书人 生意人 过来人 有心人 热心人 好心人 知心人
    家里人 身边人 各人 每人 某人`,
  名: `报名 排名 点名 提名 有名 知名 著名 命名 签名 姓名 出名 闻名 盛名 罪名 实名 化名 同名 更名 冠名 挂名 记名
    莫名 署名 匿名 无名 联名 齐名 虚名 美名 英名 功名 声名 地名 人名 书名 品名 校名 村名 网名 小名 大名 真名
    假名 别名 笔名 艺名 题名 除名 成名 扬名 慕名 驰名 列名 留名 正名 指名 具名 冒名 威名 各名 每名 某名`,
  个: `各个 这个 那个 哪个 每个 整个 单个 逐个 某个 几个 个个 真个 那么个 这么个`,
  项: `事项 各项 单项 专项 强项 弱项 选项 款项 奖项 进项 分项 逐项 立项 本项 此项 该项 这项 那项 多项 几项 要项
    缺项 漏项 细项 大项 小项 子项 主项 每项 某项`,
  条: `萧条 链条 面条 金条 线条 便条 信条 教条 苗条 发条 封条 头条 多条 各条 逐条 本条 此条 该条 这条 那条 每条
    收条 借条 欠条 字条 纸条 油条 枝条 柳条 钢条 铁条 木条 横条 竖条 条条 几条 某条`,
  户: `用户 住户 农户 客户 门户 窗户 账户 帐户 落户 开户 入户 专业户 贫困户 困难户 个体户 低保户 五保户 特困户
    散户 大户 商户 订户 储户 租户 佃户 猎户 单户 逐户 每户 各户 全户 户户 外来户 钉子户 万元户 示范户 重点户`,
  次: `层次 档次 名次 批次 班次 车次 其次 依次 首次 再次 多次 屡次 历次 每次 上次 下次 这次 此次 本次 初次 逐次
    场次 位次 席次 频次 主次 架次 轮次 渐次 累次 数次 几次 届次 航次 户次 件次 某次 那次`,
  期: `时期 学期 日期 长期 短期 近期 定期 按期 如期 到期 过期 预期 初期 中期 后期 前期 末期 同期 本期 当期 每期
    假期 汛期 周期 工期 任期 星期 早期 晚期 分期 延期 限期 逾期 届期 试用期 有效期 关键期 窗口期 花期 档期
    刑期 产期 孕期 青春期 成熟期 发展期 攻坚期 转型期 上升期 考核期 考察期 过渡期 建设期 运行期 首期 为期
    远期 终期 暑期 寒假期 学期 节期 各期 几期 这期 那期 此期 该期 某期 长周期`,
  家: `国家 大家 专家 人家 全家 回家 万家 商家 厂家 作家 农家 东家 行家 管家 自家 各家 之家 住家 安家 成家 持家
    居家 娘家 婆家 老家 本家 亲家 皇家 公家 私家 店家 画家 书家 科学家 企业家 艺术家 政治家 思想家 文学家
    教育家 实业家 慈善家 银行家 冤家 当家 看家 离家 到家 在家 顾家 发家 起家 卖家 买家 玩家 赢家 输家 庄家
    船家 酒家 名家 百家 千家 儒家 道家 法家 兵家 独家 几家 家家 仇家 对家 下家 上家 咱家 每家 某家 这家 那家`,
  台: `平台 舞台 讲台 柜台 前台 后台 出台 上台 下台 站台 阳台 电台 灶台 吧台 工作台 擂台 兄台 月台 看台 展台
    电视台 操作台 主席台 观礼台 戏台 楼台 烟台 天台 各台 每台 这台 那台 几台 某台 讲台`,
  套: `配套 成套 全套 外套 手套 老套 俗套 圈套 客套 书套 笔套 被套 枕套 乱套 整套 解套 各套 每套 几套 这套 那套`,
  篇: `诗篇 开篇 全篇 通篇 长篇 短篇 篇篇 续篇 终篇 名篇 新篇 华篇 佳篇 上篇 下篇 中篇 各篇 每篇 几篇 这篇 那篇`,
  场: `市场 现场 立场 广场 操场 会场 战场 考场 赛场 农场 林场 盐场 商场 机场 剧场 球场 职场 官场 登场 出场 到场
    在场 当场 收场 开场 下场 排场 磁场 牧场 道场 主场 全场 总场 渔场 工场 猪场 鸡场 牛场 养殖场 停车场
    体育场 运动场 游乐场 菜市场 农贸市场 捧场 救场 散场 冷场 圆场 入场 退场 离场 进场 上场 临场 名利场 秀场
    垃圾场 训练场 靶场 采石场 晒场 分场 各场 每场 几场 这场 那场 某场 本场 此场 该场 专场 考场`,
  所: `场所 处所 住所 厕所 诊所 会所 寓所 派出所 研究所 事务所 托儿所 招待所 收容所 居所 哨所 所所 各所 有所
    无所 几所 这所 那所 每所 某所 卫生所 供销所 管理所 税务所 司法所 财政所 交易所 避难所`,
  件: `文件 条件 案件 事件 软件 硬件 配件 部件 零件 稿件 邮件 信件 附件 证件 物件 铸件 组件 要件 急件 原件
    复印件 课件 快件 构件 器件 元件 工件 机件 插件 挂件 摆件 函件 来件 件件 各件 每件 逐件 几件 这件 那件 某件`,
  元: `单元 公元 美元 欧元 日元 港元 多元 状元 纪元 元元 开元 上元 中元 下元 天元 一元 二元 三元 加元 新元`,
  余: `其余 剩余 多余 业余 结余 盈余 残余 富余 节余 课余 工余 茶余 饭余 之余 空余 闲余 宽余 有余 绰绰有余`,
  万: `千万 百万 亿万 成千上万 万万`,
};

/**
 * Counted nouns that end right before the unit and override a straddling word: in 员工人 the 人
 * counts 员工 although 工人 is a word; in 讨论的有人 the 人 is counted although 有人 is a word.
 */
export const COUNTED_BEFORE: readonly string[] = [
  '员工', '职工', '用工', '民工', '女工', '农民工', '临时工', '合同工', '务工', '季节工', '劳务工', '的有', '共有',
  '现有', '尚有', '还有', '另有', '会员', '党员', '群众', '子女', '妇女', '儿女', '演出', '比赛', '讲座', '培训',
];

const BY_LAST: Map<string, string[]> = new Map();
for (const list of Object.values(WORDS)) {
  for (const w of list.split(/\s+/)) {
    if (w.length < 2) continue;
    const last = w[w.length - 1] as string;
    const bucket = BY_LAST.get(last) ?? [];
    if (!bucket.includes(w)) bucket.push(w);
    BY_LAST.set(last, bucket);
  }
}

/**
 * True when a listed word ends at `end` (exclusive) and starts before `blankAt`, i.e. the unit
 * character at end-1 belongs to a word that reaches left of where the number would go.
 */
export function straddlingWord(text: string, blankAt: number, end: number): string | null {
  const words = BY_LAST.get(text[end - 1] as string);
  if (words === undefined) return null;
  for (const w of words) {
    const start = end - w.length;
    if (start < blankAt && start >= 0 && text.startsWith(w, start)) return w;
  }
  return null;
}
