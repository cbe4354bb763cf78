/**
 * Words that end an organisation's name: a placeholder or name right before them is the
 * organisation (xx公司, ××单位, 某某局). Simplified; longest first so 分公司 wins over 公司.
 */
const ORG_SUFFIXES = [
  '分公司', '公司', '集团', '单位', '企业', '工厂', '厂', '局', '委员会', '委', '办公室', '办', '部门', '部', '处', '科',
  '研究所', '所', '中心', '协会', '学会', '联合会', '商会', '工会', '街道', '社区', '村委会', '村', '镇', '乡', '县', '市', '省',
  '区', '党委', '党支部', '支部', '党组', '车间', '学校', '学院', '大学', '中学', '小学', '幼儿园', '医院', '卫生院',
  '银行', '政府', '法院', '检察院', '派出所', '站', '馆', '酒店', '超市', '店', '队', '团',
].sort((a, b) => b.length - a.length);

export function orgSuffixAt(text: string, at: number): string | null {
  for (const w of ORG_SUFFIXES) if (text.startsWith(w, at)) return w;
  return null;
}

/** Ordinal names: xx大 (the Party congress), xx届 (a term), xx次会议, 十八届三中全会. */
const ORDINAL_SUFFIXES = ['届', '大', '中全会', '次会议', '次全会', '次全体会议', '次代表大会', '次职代会', '周年'];

export function ordinalSuffixAt(text: string, at: number): string | null {
  for (const w of ORDINAL_SUFFIXES) if (text.startsWith(w, at)) return w;
  return null;
}
