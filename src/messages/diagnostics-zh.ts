import type { DiagnosticArgs } from '../core/diagnostics.js';
import { CHROME_KIND_NAMES } from './chrome.js';

type Sentences = { readonly [C in keyof DiagnosticArgs]: (a: DiagnosticArgs[C]) => string };

const HTML_PROBLEM_ZH = { 'parse-error': '解析错误', 'stray-tag': '多余的标签', 'unclosed-element': '未闭合的元素' } as const;

const CHROME_KIND_ZH = CHROME_KIND_NAMES.zh;

/** 每个诊断代码的中文说明。 */
export const DIAGNOSTICS_ZH: Sentences = {
  'replacement-chars': (a) => `有 ${a.count} 处无法解码的字节，已替换为 U+FFFD（第一处在第 ${a.line} 行）`,
  'encoding-guess': (a) =>
    `编码猜测为 ${a.encoding}，把握不大（${
      a.reason === 'few-characters' ? `只有 ${a.signal} 个非 ASCII 字符可供判断` : `${a.rival ?? '另一种编码'} 读起来几乎一样好`
    }）；可用 --encoding 指定`,
  'charset-ignored': (a) => {
    const where = a.where === 'meta' ? '<meta charset>' : '<?xml encoding?>';
    return a.problem === 'unknown-charset'
      ? `${where} 声明了未知的字符集“${a.declared}”，已忽略`
      : `${where} 声明为 ${a.declared}，但字节不能按 ${a.declared} 读出${a.readsAs === undefined ? '' : `（按 ${a.readsAs} 可以读出）`}，已忽略`;
  },
  'html-malformed': (a) => {
    const first = a.problems[0];
    const what = first === undefined ? '标记有误' : `源文件第 ${first.sourceLine} 行${HTML_PROBLEM_ZH[first.problem]} ${first.detail}`;
    return `HTML 格式有误：${what}${a.count > 1 ? `，另有 ${a.count - 1} 处` : ''}；文本仍已提取`;
  },
  'control-chars': (a) => `有 ${a.count} 个多余的控制字符（第一个是第 ${a.line} 行的 ${a.codePoint}）`,
  'no-variants': () => '没有找到篇目标题（篇N、第N篇、范文N……）：整页算作一篇',
  'duplicate-label': (a) => `篇目标签 ${a.label} 再次出现（第 ${a.occurrence} 次），其编号为 ${a.id}`,
  preamble: () => '标题和第一篇之间的文字不属于任何一篇',
  'variant-count': (a) => `标题说有 ${a.announced} 篇，实际找到 ${a.found} 篇`,
  chrome: (a) => `网站附加内容（${CHROME_KIND_ZH[a.kind]}${a.spans > 1 ? `，${a.spans} 处` : ''}），不属于正文，后续分析已排除`,
  'chrome-only': (a) => `整页只有网站附加内容（${a.spans} 处：导航、登录、下载按钮之类），没有可分析的正文`,
  gap: (a) => {
    if (a.previous === null) return `“${a.marker}”从 ${a.found} 开始编号，而不是 ${a.expected}`;
    const missing = a.found - a.expected === 1 ? `缺少 ${a.expected}` : `缺少 ${a.expected}–${a.found - 1}`;
    return `“${a.marker}”接在“${a.previous}”之后${a.inline ? '（同一段内）' : ''}：${missing}`;
  },
  duplicate: (a) => `“${a.marker}”与“${a.previous}”序号重复`,
  restart: (a) => `“${a.marker}”在同一上级下、“${a.previous}”之后又从 1 开始：可能漏了一级标题`,
  malformed: (a) => `“${a.marker}”：括号里多了“、”，应写作 ${a.intended}`,
  'mixed-style': (a) => `“${a.marker}”与“${a.previous}”同级，却换了编号样式`,
  'out-of-order': (a) => `“${a.marker}”排在“${a.previous}”之后，顺序颠倒`,
  'gbt-9704': (a) => `“${a.marker}”位于第 ${a.level} 层：GB/T 9704-2012 应写作“${a.suggested}”`,
  'run-together': (a) => `文字被连成了 ${a.longLines} 个长行：按句末位置找回了 ${a.items} 个编号`,
  'slot-ambiguous': (a) => `${a.before}⟨⟩${a.unit}：量词前缺数字，但前文看不出是在数人，未作为空位`,
  'slot-conflict': (a) => `${a.detector} 找到的${a.type}空位落在 ${a.rivalDetector} 的${a.rivalType}空位之内，保留先找到的`,
};
