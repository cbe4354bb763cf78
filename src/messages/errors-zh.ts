import type { FsProblem, OptionRange, ServerProblem } from '../core/errors.js';
import type { ErrorSentences, FailureSentences } from './errors-en.js';
import { exportProblemZh } from './export-zh.js';
import { fillProblemZh } from './fill-zh.js';

const FS_ZH: Record<FsProblem, string> = {
  missing: '文件不存在',
  'missing-folder': '所在文件夹不存在',
  'not-folder': '路径中有一段是文件而不是文件夹',
  'is-folder': '这是一个文件夹，不是文件',
  permission: '没有权限',
  'read-only': '文件或所在文件夹是只读的',
  'no-space': '磁盘空间不足',
  busy: '另一个进程正在使用它',
  other: '系统错误',
};

const SERVER_ZH: Record<ServerProblem, string> = {
  'bad-url': '不是有效的 PostgreSQL 网址（postgresql://用户:密码@主机:端口/数据库）',
  unreachable: '连不上数据库服务器',
  auth: '服务器拒绝了这个用户名或密码',
  'no-database': '服务器上没有这个数据库（请先建库：createdb 库名）',
  'read-only': '服务器拒绝写入',
  'no-space': '服务器磁盘已满',
  permission: '服务器拒绝访问（权限不足）',
  failed: '数据库出错',
};

const detail = (a: { code?: string; detail?: string }): string => {
  const parts = [a.code, a.detail].filter((x) => x !== undefined && x !== '');
  return parts.length === 0 ? '' : `（${parts.join('：')}）`;
};

const fs = (a: { problem: FsProblem; errno?: string }): string => `${FS_ZH[a.problem]}${a.errno === undefined ? '' : `（${a.errno}）`}`;

const bound = (n: number | undefined): n is number => n !== undefined && n < Number.MAX_SAFE_INTEGER;

export function rangeZh(r: OptionRange): string {
  if (r.kind === 'share') return '0 到 1 之间的数';
  const what = r.kind === 'integer' ? '整数' : '数';
  return bound(r.max) ? `${r.min} 到 ${r.max} 之间的${what}` : `不小于 ${r.min} 的${what}`;
}

/** 大小：不到 1 MiB 用字节，否则用 MiB。 */
export function sizeZh(bytes: number): string {
  return bytes < 1024 * 1024 ? `${bytes} 字节` : `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
}

const mib = (n: number): string => `${(n / (1024 * 1024)).toFixed(1)} MiB`;
const quoted = (fields: readonly string[]): string => fields.map((f) => `"${f}"`).join('、');

const at = (a: { line?: number; column?: number }): string =>
  a.line === undefined ? '' : `（第 ${a.line} 行${a.column === undefined ? '' : `第 ${a.column} 列`}）`;

const suggest = (s: string | undefined): string => (s === undefined ? '' : `（是不是要用 ${s}？）`);

const STAGE_ZH = { read: '读取', dedup: '查重', reuse: '复用报告', outline: '提纲', batch: '批处理' } as const;

/** 每个错误代码的中文说明。 */
export const ERRORS_ZH: ErrorSentences = {
  'unknown-option': (a) => `未知选项“${a.option}”${suggest(a.suggestion)}`,
  'unknown-command': (a) => `未知命令“${a.command}”${suggest(a.suggestion)}`,
  'missing-argument': (a) => `缺少必需的参数“${a.argument}”`,
  'option-missing-value': (a) => `选项“${a.option}”需要一个值`,
  'missing-required-option': (a) => `缺少必需的选项“${a.option}”`,
  'too-many-arguments': (a) => `参数太多：应为 ${a.expected} 个，实际 ${a.got} 个`,
  'command-line': (a) => `命令行有误：${a.detail}`,
  'bad-choice': (a) => `--${a.option} 只能是 ${a.choices.join('、')} 之一（得到“${a.value}”）`,
  'bad-number': (a) => `--${a.option} 必须是${rangeZh(a.range)}（得到“${a.value}”）`,
  'no-input': () => '没有给出输入：请指定文件、文件夹（递归查找 .txt .html .md .docx .jsonl 等）、通配符，或用 - 表示标准输入',
  'no-stdin': (a) => `${a.command} 只读文件，不读标准输入：请给出文件、文件夹或通配符`,
  'fix-conflict': () => '--fix 输出改正后的全文，不能与 --format json/markdown 或 --gbt 同用',
  'no-such-family': (a) => `--family ${a.family}：输入中没有这个家族`,
  'needs-family': (a) => `输入中有多个家族（${a.families.join('、')}），请用 --family 指定一个`,
  'needs-output': (a) => `${a.format} 格式需要输出文件：-o <文件>`,
  'values-out-needs-family': (a) => `输入中有多个家族（${a.families.join('、')}），--values-out 需要同时用 --family 指定一个`,
  'output-is-input': (a) => `${a.option}：这个文件是本命令的输入文件，不能覆盖它；请换一个输出文件名`,
  'output-exists': (a) => `${a.option}：文件已存在；要替换它请加 --force`,
  'bad-link': (a) => `--link 应写成 字段甲=字段乙（得到“${a.value}”）`,
  'link-failed': (a) =>
    a.why === 'unknown-field' ? `--link：没有名为 ${a.names.join('、')} 的字段或空位` : `--link：${a.names.join('、')} 在某篇中的值不同，不能合并为一个字段`,
  'list-file-unreadable': (a) => `无法读取清单文件：${fs(a)}`,
  'unknown-encoding': (a) => `未知编码“${a.encoding}”`,
  'jsonl-whole-file': () => '这是 JSON Lines 文件，每行一篇文档：请用 readJsonlUnits 读取',
  'unknown-format': (a) => `未知格式“${a.format}”（应为 ${a.formats.join('、')} 之一）`,
  'bad-option': (a) => `${STAGE_ZH[a.stage]}选项 ${a.option} 必须是${rangeZh(a.range)}（得到 ${a.value}）`,
  'bands-over-permutations': (a) => `查重选项 bandRows（${a.bandRows}）不能大于 permutations（${a.permutations}）`,
  'range-outside-text': (a) => `${a.what === 'outline-body' ? '提纲正文范围' : '分词范围'} [${a.start}, ${a.end}) 超出文本（长度 ${a.length}）`,
  'duplicate-unit': (a) => `单元编号“${a.id}”重复`,
  'family-size-mismatch': (a) => `家族 ${a.family} 的大小是 ${a.size}，却给了 ${a.members} 个成员`,
  'unknown-table': (a) => `未知的表 ${a.table}`,
  'no-members': () => '家族至少要有一个成员',
  'dict-not-file': () => '用户词典不是文件',
  'dict-unreadable': (a) => `无法读取用户词典（${a.errno}）`,
  'dict-line': (a) =>
    `用户词典第 ${a.line} 行：${a.problem === 'fields' ? '应为“词”“词 词性”“词 词频”或“词 词频 词性”' : `词频必须是正整数（得到“${a.value ?? ''}”）`}`,
  'dict-switch': (a) =>
    `无法换用这个用户词典：本进程已在使用${a.current === null ? '默认词典' : `用户词典 ${a.current}`}分词` +
    '（nodejieba 每个进程只加载一次词典；请在每次分词时传同一个 userDict）',
  'not-found': () => '找不到：没有这个文件或文件夹',
  'no-plan-files': (a) => `这个文件夹里没有计划文件（${a.extensions.join(' ')}）`,
  'no-match': () => '没有文件匹配这个通配符',
  'is-folder': () => '这是文件夹，不是文件',
  'not-regular-file': () => '不是普通文件',
  'permission-denied': () => '没有读取权限',
  'read-failed': (a) => `无法读取（${a.errno}）`,
  'list-folder-failed': (a) => `无法列出文件夹内容（${a.errno}）`,
  'empty-file': () => '空文件',
  'empty-html': () => '空：HTML 页面里没有文字',
  'whitespace-only': () => '空：文件里只有空白',
  binary: (a) => `二进制文件（偏移 ${a.offset} 处有 NUL 字节），不是文本`,
  undecodable: () => '无法解码：支持的编码（UTF-8、UTF-16、GB18030、Big5）都读不出大部分内容',
  'undecodable-as': (a) => `无法按 ${a.encoding} 解码：${a.total} 个字符中有 ${a.bad} 个不是有效的 ${a.encoding}`,
  'too-large': (a) => `文件太大：${sizeZh(a.size)}，超过上限 ${sizeZh(a.limit)}`,
  'markdown-empty': () => '空文件：这个 Markdown 文件除了文首元数据（front matter）和标记以外没有正文',
  'docx-empty': () => '空文件：Word 文档里没有文字',
  'docx-not-zip': () => '不是 Word 文件（.docx）：不是 zip 压缩包',
  'docx-old-word': () => '不是 Word 文件（.docx）：是旧版 .doc 文件或加了密码的文档，请另存为不加密码的 .docx',
  'docx-damaged': (a) => `不是 Word 文件（.docx）：zip 压缩包已损坏（${a.detail}）`,
  'docx-no-document': (a) => `不是 Word 文件（.docx）：zip 压缩包里没有 ${a.part}`,
  'docx-too-large': (a) => `文件过大：Word 文档解压后 ${mib(a.size)}，超过 ${mib(a.limit)} 的上限`,
  'jsonl-not-utf8': () => '不是 UTF-8 编码（JSON Lines 文件须为 UTF-8）',
  'jsonl-not-json': (a) => `不是合法的 JSON：${a.detail}`,
  'jsonl-not-object': (a) => `不是 JSON 对象（而是 ${a.found}）`,
  'jsonl-no-text': (a) => `没有正文字段（查找了 ${quoted(a.fields)}；可用 --text-field 指定）`,
  'jsonl-text-not-string': (a) => `“${a.field}”字段是 ${a.found}，不是字符串`,
  'jsonl-empty-text': (a) => `空文本：“${a.field}”字段没有文字`,
  'jsonl-bad-id': (a) => `“${a.field}”字段是 ${a.found}；编号必须是字符串或数字`,
  'jsonl-duplicate-id': (a) => `编号“${a.id}”重复（第 ${a.firstLine} 行已用过）；跳过这一行`,
  'jsonl-line-too-large': (a) => `过大：这一行有 ${mib(a.size)}，超过 ${mib(a.limit)} 的上限`,
  'jsonl-no-unit': (a) => `${a.file} 中没有编号为“${a.id}”的单元`,
  'nothing-to-analyse': () => '没有要分析的输入文件',
  'no-such-variant': (a) => `没有篇目“${a.label}”（${a.labels.length === 0 ? '这个文件没有篇目标题' : `只有 ${a.labels.join('、')}`}）`,
  'values-syntax': (a) => `不是 JSON 或 YAML${at(a)}`,
  'values-not-mapping': () => '填写文件应是含“fields”的映射（JSON 对象或 YAML 映射）',
  'values-slots-not-mapping': (a) => `“${a.section}”应把字段名映射到值`,
  'values-slot-type': (a) => `字段 ${a.field}：值必须是文字或数字`,
  'values-same-as-type': (a) => `字段 ${a.field}：“same_as”应写另一个字段的名字`,
  'values-surface-shape': () => '“surface”应是 { to?, length, edits: [[位置, 删除长度, 插入文字], …] }',
  'values-optional-not-mapping': () => '“optional”应把段落编号映射到 true/false',
  'values-include-type': (a) => `可选段落 ${a.block}：“include”必须是 true 或 false`,
  'values-not-member': (a) => `“${a.member}”不是模板 ${a.family} 的成员`,
  'values-problems': (a) => {
    const first = a.problems[0];
    const more = a.problems.length > 1 ? `（另有 ${a.problems.length - 1} 处）` : '';
    return `${first === undefined ? '填写有误' : fillProblemZh(first)}${more}`;
  },
  'template-syntax': (a) => `不是模板 JSON 文件${at(a)}`,
  'not-a-template': () => '不是模板文件：应为 `plankit template --format json` 写出的 { "templates": [...] }',
  'template-shape': (a) => `不是模板文件：${a.at} 应是${a.expected === 'text' ? '文字' : a.expected === 'list' ? '列表' : '对象'}`,
  'template-problems': (a) => {
    const first = a.problems[0];
    const more = a.problems.length > 1 ? `（另有 ${a.problems.length - 1} 处）` : '';
    return `${first === undefined ? '无法填写这个模板' : fillProblemZh(first)}${more}`;
  },
  'template-ambiguous': (a) => `模板文件里有多个模板（${a.families.join('、')}）；请用 --family 或“template:”指定一个`,
  'template-not-found': (a) => `${a.file} 中没有模板“${a.family}”（只有 ${a.families.join('、')}）`,
  'docx-values': (a) => {
    const first = a.problems[0];
    const more = a.problems.length > 1 ? `（另有 ${a.problems.length - 1} 处）` : '';
    return `${first === undefined ? 'Word 文件里没有填写的值' : exportProblemZh(first)}${more}`;
  },
  'form-script-missing': (a) => `填写网页的脚本还没有生成（${a.script}）：请先运行 npm run build`,
  'cannot-write': (a) => `无法写入：${fs(a)}`,
  'store-corrupt': () => '无法使用这个结果数据库：文件已损坏，或不是 SQLite 数据库',
  'store-not-plankit': () => '这是 SQLite 数据库，但不是 plankit 的结果数据库（里面有别的表）；请换一个 --db',
  'store-empty': () => '空文件，不是 plankit 的结果数据库（由 plankit batch … --db 生成）',
  'store-newer': (a) => `结果数据库的结构版本是 ${a.version}，比本 plankit 能读的（${a.supported}）新；请换用新版 plankit`,
  'store-open': (a) => `无法打开结果数据库：${fs(a)}`,
  'store-server': (a) => `无法使用这个 PostgreSQL 结果数据库：${SERVER_ZH[a.problem]}${detail(a)}`,
  'store-failed': (a) => `结果数据库出错：${a.problem === 'other' ? 'SQLite 错误' : FS_ZH[a.problem]}（${a.sqlite}）`,
};

export const FAILURES_ZH: FailureSentences = {
  timeout: (a) => `分析用时超过 ${a.ms} 毫秒`,
  'worker-crash': (a) => `分析这个文件的工作线程崩溃了：${a.detail}`,
  internal: (a) => `内部错误（plankit 的缺陷）：${a.detail}`,
};
