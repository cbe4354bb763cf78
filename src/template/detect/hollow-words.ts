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
    位次 席次 频次 主次 架次 轮次 渐次 累次 数次 几次 届次 航次 户次 件次 某次 那次`,
  期: `时期 学期 日期 长期 短期 近期 定期 按期 如期 到期 过期 预期 初期 中期 后期 前期 末期 同期 本期 当期 每期
    假期 汛期 周期 工期 任期 星期 早期 晚期 分期 延期 限期 逾期 届期 试用期 有效期 关键期 窗口期 花期 档期
    刑期 产期 孕期 青春期 成熟期 发展期 攻坚期 转型期 上升期 考核期 考察期 过渡期 建设期 运行期 首期 为期
    远期 终期 暑期 寒假期 学期 节期 各期 几期 这期 那期 此期 该期 某期 长周期`,
  天: `每天 今天 明天 昨天 当天 前天 后天 天天 整天 半天 白天 冬天 夏天 春天 秋天 蓝天 航天 老天 晴天 雨天 阴天 几天
    多天 连天 半边天 成天 聊天 上天 升天 通天 滔天 参天 青天 苍天 改天 先天 顶天 哪天 某天 这天 那天 当今天 一天
    翌日天 次天 终天 漫天 冲天 露天 满天 谈天 问天 靠天 望天`,
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
  所: `场所 站所 处所 住所 厕所 诊所 会所 寓所 派出所 研究所 事务所 托儿所 招待所 收容所 居所 哨所 所所 各所 有所
    无所 几所 这所 那所 每所 某所 卫生所 供销所 管理所 税务所 司法所 财政所 交易所 避难所`,
  件: `文件 条件 案件 事件 软件 硬件 配件 部件 零件 稿件 邮件 信件 附件 证件 物件 铸件 组件 要件 急件 原件
    复印件 课件 快件 构件 器件 元件 工件 机件 插件 挂件 摆件 函件 来件 件件 各件 每件 逐件 几件 这件 那件 某件`,
  元: `单元 公元 美元 欧元 日元 港元 多元 状元 纪元 一元 二元 三元 加元 新元`,
  份: `股份 身份 月份 年份 省份 部份 成份 一份 备份 充份 过份 名份 辈份 缘份 本份 情份 份份 每份 各份 这份 那份 福份
    水份 养份 几份 某份`,
  分: `部分 充分 积分 十分 过分 万分 身分 成分 评分 得分 学分 加分 扣分 满分 高分 低分 总分 均分 处分 区分 划分
    细分 缘分 名分 本分 天分 养分 水分 瓜分 平分 百分 千分 几分 三分 七分 八分 九分 安分 不分 难分 工分 记分
    计分 打分 给分 失分 丢分 拿分 挣分 比分 部份分 一分 每分`,
  余: `其余 剩余 多余 业余 结余 盈余 残余 富余 节余 课余 工余 茶余 饭余 之余 空余 闲余 宽余 有余 绰绰有余`,
  万: `千万 百万 亿万 成千上万 万万`,
};

/**
 * Counted nouns that end right before the unit and override a straddling word: in 员工人 the 人
 * counts 员工 although 工人 is a word; in 讨论的有人 the 人 is counted although 有人 is a word.
 */
export const COUNTED_BEFORE: readonly string[] = [
  '员工', '职工', '用工', '民工', '女工', '农民工', '临时工', '合同工', '务工', '季节工', '劳务工', '的有', '共有',
  '现有', '尚有', '还有', '另有', '会员', '党员', '群众', '子女', '妇女', '儿女', '演出', '比赛', '讲座', '培训', '服务站',
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

/**
 * Words that START with a unit character (个人, 人员, 项目, 条件 …). A blank followed by more text
 * instead of punctuation (全镇__个行政村) is only accepted after a strong cue, and then not when
 * the unit and what follows it form one of these words.
 */
const STARTING: Record<string, string> = {
  个: '个人 个别 个体 个性 个案 个子 个头 个中',
  人: `人员 人民 人才 人口 人士 人家 人们 人生 人数 人心 人均 人事 人力 人身 人类 人格 人物 人手 人选 人情 人文
    人间 人性 人际 人气 人大 人工 人为 人权 人人 人次`,
  名: `名单 名称 名额 名义 名誉 名字 名次 名牌 名片 名著 名人 名师 名校 名医 名优 名气 名家 名胜 名言 名目 名贵
    名利 名声 名下 名列`,
  家: '家庭 家长 家属 家园 家乡 家务 家风 家人 家教 家具 家电 家政 家访 家门 家底 家族 家产 家境 家常 家用 家居',
  项: '项目',
  条: '条件 条例 条款 条理 条文 条幅 条块 条线 条约',
  户: '户口 户籍 户外 户主 户型',
  次: '次数 次序 次要 次日 次年 次月',
  期: '期间 期限 期末 期中 期待 期望 期刊 期满 期货',
  场: '场所 场地 场景 场合 场馆 场面',
  所: '所有 所在 所属 所以 所得 所谓 所需 所长 所辖',
  件: '件事',
  台: '台账 台帐 台阶 台风',
  套: '套餐 套路 套装',
  篇: '篇章 篇幅',
  份: '份额 份子',
  元: '元素 元旦 元宵 元年 元老 元首 元气',
  分: `分析 分别 分配 分工 分类 分享 分管 分解 分组 分批 分期 分散 分布 分子 分会 分局 分公司 分院 分校 分钟
    分数 分值 分红 分成`,
};
const STARTING_WORDS = Object.values(STARTING).flatMap((l) => l.split(/\s+/).filter((w) => w.length > 1));

/** The listed word that starts at `at`, if any. */
export function startingWord(text: string, at: number): string | null {
  for (const w of STARTING_WORDS) if (text.startsWith(w, at)) return w;
  return null;
}

/**
 * Single characters that quantify (这个, 每项, 首次, 若干) — unless the character ends a longer word
 * (清单, 成本, 安全, 目前): 形成风险清单__条 has a blank although 单 can mean "single".
 */
export const DETERMINERS = new Set([...'几数半每某这那哪此该本其首末第单双整全上下前后多少余好些诸逐历屡再累俩']);
const DETERMINER_WORD_ENDS = `清单 名单 订单 账单 菜单 传单 表单 简单 孤单 成本 基本 根本 资本 版本 日本 课本 样本 剧本 文本 书本 范本
  账本 脚本 读本 标本 原本 安全 健全 完全 齐全 周全 保全 以上 线上 网上 会上 晚上 早上 马上 身上 路上 之上 以下
  线下 乡下 天下 地下 私下 手下 眼下 当下 之下 以前 目前 当前 提前 之前 事前 门前 面前 空前 以后 之后 最后 然后 前后
  落后 事后 今后 许多 很多 最多 较多 好多 更多 诸多 居多 很少 较少 减少 缺少 至少 不少 稀少 人数 次数 分数 总数 无数
  多数 少数 个数 指数 岁数 系数 基数 件数 户数 友好 爱好 良好 美好 很好 正好 最好 做好 搞好 办好 抓好 管好 较好
  经历 简历 学历 资历 阅历 病历 履历 这些 那些 一些 有些 某些 哪些 调整 完整 平整 为首 榜首 周末 期末 月末 年末
  岁末 因此 彼此 如此 从此 为此 由此 至此 劳累 积累 一半 大半 过半 其余 业余 剩余 结余 尤其 极其`.split(/\s+/);

export function isDeterminerBefore(text: string, at: number): boolean {
  if (!DETERMINERS.has(text[at - 1] as string)) return false;
  return !DETERMINER_WORD_ENDS.some((w) => w.length > 0 && text.startsWith(w, at - w.length));
}
