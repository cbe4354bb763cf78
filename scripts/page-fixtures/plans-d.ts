/**
 * Plan texts written for these fixtures (invented people and companies). Notation: see markup.ts.
 * Part D: a salesperson's annual plan (1. and （1）), with percentages and money.
 */

/** 销售人员个人年度工作计划. */
export const SALES = `
0|回顾过去一年，我在公司领导和同事的帮助下完成销售额⟦260|l|amount|万元⟧万元，完成年度任务的⟦104|l|percent|%⟧%。新的一年，我将从以下几方面开展工作。
1|1.销售目标
0|全年完成销售额⟦300|l|amount|万元⟧万元，新增客户⟦25|l|count|家⟧家，老客户回购率保持在⟦60|l|percent|%⟧%以上。
1|2.客户开发
2|（1）每周拜访新客户不少于⟦3|l|count|家⟧家，做好拜访记录。
2|（2）参加行业展会⟦2|l|count|次⟧次，收集潜在客户信息。
2|（3）利用网络平台发布产品信息，拓展线上渠道。
1|3.客户维护
2|（1）建立客户档案，按重要程度分为A、B、C三类管理。
2|（2）每季度回访重点客户一次，节假日送上问候。
1|4.个人提升
0|参加公司组织的销售技巧培训，每月读一本专业书籍，提高自身业务水平。
1|5.时间安排
0|第一季度完成⟦60|l|amount|万元⟧万元，第二季度完成⟦80|l|amount|万元⟧万元，第三季度完成⟦70|l|amount|万元⟧万元，第四季度完成⟦90|l|amount|万元⟧万元。
`;
