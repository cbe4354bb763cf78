import type { FamilyMessages } from './families.js';

/** 家族报告（`plankit dedup`、`plankit run`）的中文句子和列名。 */
export const FAMILIES_ZH: FamilyMessages = {
  summary: (a) => `共 ${a.units} 篇：${a.families} 个副本家族，${a.alone} 篇独立，${a.pairs} 对相关篇目`,
  pathsIn: (dir) => `（以下路径都在 ${dir} 下）`,
  family: (a) => `${a.id}  ${a.members} 篇，标准篇（最完整，每篇成员都与它相关）：${a.canonical}`,
  relation: { identical: '相同', 'near-duplicate': '近似', contained: '被包含', overlap: '部分重叠' },
  joinedVia: (a) => `与 ${a.via} ${a.link}`,
  joinedAsCut: (a) => `与 ${a.via} 同文不同段`,
  memberColumns: ['成员', '加入途径', '与标准篇的关系', '相似度', '在标准篇中的比例', '标准篇在其中的比例', '缺少', '多出', '缺少的标准篇段落', '独有段落'],
  memberNote:
    '成员须经由近似、被包含关系，或作为同一文本的另一截取（双方各有至少一半的整段内容见于对方），连到已在家族中的一篇，并且本身与标准篇相关（不会串链）；各项比例中，大量篇目共用的套话句子权重较低。段落指一篇中的非空行，从 1 起编号；* 表示标准篇。',
  pairsHeading: '相关篇目（a 在 b 中：a 的内容在 b 中所占比例）',
  pairColumns: ['a', 'b', '关系', '相似度', 'a 在 b 中', 'b 在 a 中'],
  aloneHeading: '独立篇目',
};
