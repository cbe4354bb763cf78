/**
 * Generates a news-like corpus for the scale benchmarks: articles of a few sites, each article a
 * headline, a byline, prose paragraphs and the site's footer and boilerplate (disclaimers, editor
 * lines, "related reading" blocks) — the shared text a reuse report must find, and that must not make
 * unrelated articles one family. A share of articles are re-posts of an earlier one on another site
 * (headline and boilerplate of the new site, a few edits): the families. Everything is written for
 * this project from small vocabularies; every article is a pure function of (seed, index), so
 * 50k articles stream to disk without being held.
 *
 *   npx tsx scripts/gen-news-corpus.ts --out out/news --articles 50000 [--seed 3] [--chars 2600]
 *
 * Writes <out>/articles/<bucket>/<index>.txt and <out>/manifest.jsonl (path, site, story: the
 * article it re-posts or its own index).
 */
import { createWriteStream, mkdirSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Rng } from './lib/rng.js';

const SITES = ['城市晨报', '江南都市网', '北方日报', '财经观察', '科技前沿网', '文化周刊', '体育快讯', '健康生活报'];
const PLACES = ['东城区', '西湖街道', '滨江新区', '高新区', '南山镇', '北湖村', '老城区', '开发区', '临港片区', '青山县', '河西区', '东湖街道', '云溪镇', '石桥村', '新华路', '人民广场', '火车站片区', '大学城', '工业园', '湿地公园'];
const ACTORS = ['市民', '志愿者', '施工单位', '社区工作人员', '交警', '医护人员', '教师', '学生', '商户', '游客', '环卫工人', '快递员', '企业负责人', '专家', '村民', '消防员', '研究人员', '运动员', '艺术家', '投资者'];
const EVENTS = ['举办', '启动', '完成', '开展', '召开', '发布', '推出', '签约', '建成', '开放', '通报', '部署', '试点', '升级', '验收'];
const THINGS = ['便民服务中心', '夜间市集', '文化艺术节', '道路改造工程', '垃圾分类试点', '健康义诊活动', '消防演练', '科技创新大赛', '招聘会', '读书分享会', '马拉松比赛', '老旧小区改造', '公交线路调整', '新能源充电站', '社区食堂', '防汛演练', '非遗展览', '创业孵化基地', '智慧停车系统', '湿地保护项目', '农产品展销会', '青少年夏令营', '养老服务站', '口袋公园', '共享单车整治'];
const DETAILS = [
  (n: () => string) => `现场共吸引${n()}余人参与`,
  (n: () => string) => `项目总投资约${n()}万元`,
  (n: () => string) => `预计将于${n()}月底前全部完工`,
  (n: () => string) => `累计服务群众${n()}人次`,
  (n: () => string) => `覆盖周边${n()}个小区`,
  (n: () => string) => `同比增长${n()}%`,
  (n: () => string) => `新增就业岗位${n()}个`,
  (n: () => string) => `共有${n()}家单位报名参加`,
];
const QUOTES = ['这项工作关系到每一位居民的切身利益', '我们会持续跟进,确保各项措施落到实处', '希望更多的人能够参与进来', '下一步还将根据大家的意见不断改进', '这是我们第一次尝试这样的做法', '效果比预想的还要好', '大家的热情让我们很受鼓舞', '接下来会把经验推广到更多地方'];

/** Each site's own boilerplate: a footer, a disclaimer, an editor line, a "related" block. */
function siteBoilerplate(site: string): { footer: string[]; disclaimer: string; related: string } {
  return {
    footer: [
      `本文来源:${site},转载请注明出处。`,
      `${site}新闻热线欢迎您提供新闻线索,一经采用将给予奖励。`,
      `关注${site}官方账号,获取更多本地新闻资讯和便民服务信息。`,
    ],
    disclaimer: `免责声明:本文仅代表作者个人观点,与${site}无关,其原创性以及文中陈述文字和内容未经本站证实。`,
    related: `相关阅读:${site}持续关注城市发展动态,更多精彩内容请点击首页查看。`,
  };
}

function sentence(rng: Rng): string {
  const n = () => String(rng.int(2, 900));
  const place = rng.pick(PLACES);
  const kinds = [
    () => `近日,${place}${rng.pick(EVENTS)}了${rng.pick(THINGS)},${rng.pick(DETAILS)(n)}。`,
    () => `据了解,${rng.pick(ACTORS)}和${rng.pick(ACTORS)}在${rng.pick(THINGS)}中发挥了重要作用,${rng.pick(DETAILS)(n)}。`,
    () => `"${rng.pick(QUOTES)}。"一位${rng.pick(ACTORS)}告诉记者。`,
    () => `记者在${place}看到,${rng.pick(ACTORS)}正在为${rng.pick(THINGS)}做最后的准备。`,
    () => `${place}有关负责人表示,${rng.pick(THINGS)}是今年的重点工作之一,${rng.pick(DETAILS)(n)}。`,
    () => `截至${rng.int(1, 12)}月${rng.int(1, 28)}日,${place}已${rng.pick(EVENTS)}${rng.pick(THINGS)}${n()}处。`,
  ];
  return rng.pick(kinds)();
}

function paragraphs(rng: Rng, chars: number): string[] {
  const out: string[] = [];
  let size = 0;
  while (size < chars) {
    let p = '';
    for (let k = rng.int(2, 5); k > 0; k--) p += sentence(rng);
    out.push(p);
    size += p.length;
  }
  return out;
}

export interface NewsOptions {
  out: string;
  articles: number;
  seed: number;
  /** Characters of an article's own prose. */
  chars: number;
  /** Share of articles that re-post an earlier one. */
  repostShare: number;
  perDir: number;
}

export const NEWS_DEFAULTS: Omit<NewsOptions, 'out'> = { articles: 1000, seed: 3, chars: 2600, repostShare: 0.06, perDir: 1000 };

function articleRng(seed: number, i: number): Rng {
  return new Rng((Math.imul(seed, 0x9e3779b1) ^ Math.imul(i + 1, 0xc2b2ae35)) >>> 0);
}

/** The story of article i: its own prose, or (for a re-post) the prose of the article it copies. */
function story(o: Omit<NewsOptions, 'out'>, i: number): { index: number; headline: string; body: string[] } {
  const rng = articleRng(o.seed, i);
  if (i > 20 && rng.chance(o.repostShare)) {
    const source = rng.int(0, i - 1);
    const base = story(o, source);
    // A re-post: a paragraph dropped or a few characters changed.
    let body = [...base.body];
    if (body.length > 3 && rng.chance(0.5)) body.splice(rng.int(1, body.length - 2), 1);
    body = body.map((p) => (rng.chance(0.2) ? p.replace(/\d+/, String(rng.int(2, 900))) : p));
    return { index: base.index, headline: base.headline, body };
  }
  const headline = `${rng.pick(PLACES)}${rng.pick(EVENTS)}${rng.pick(THINGS)}`;
  return { index: i, headline, body: paragraphs(rng, o.chars) };
}

export function generateArticle(o: Omit<NewsOptions, 'out'>, i: number): { text: string; site: string; story: number } {
  const rng = articleRng(o.seed ^ 0x51ed, i);
  const site = rng.pick(SITES);
  const s = story(o, i);
  const b = siteBoilerplate(site);
  const lines = [
    s.headline,
    `${site} ${rng.int(2019, 2024)}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')} 记者 ${rng.pick(['王', '李', '张', '刘', '陈', '杨'])}${rng.pick(['明', '华', '静', '磊', '洁', '军'])}`,
    '',
    ...s.body.flatMap((p) => [p, '']),
    b.related,
    '',
    `责任编辑:${rng.pick(['赵', '钱', '孙', '周', '吴'])}${rng.pick(['一', '二', '三', '四'])}`,
    b.disclaimer,
    ...b.footer,
  ];
  return { text: lines.join('\n') + '\n', site, story: s.index };
}

export async function generateNews(options: Partial<NewsOptions> & { out: string }): Promise<{ files: string[]; bytes: number; manifest: string }> {
  const o: NewsOptions = { ...NEWS_DEFAULTS, ...options };
  mkdirSync(join(o.out, 'articles'), { recursive: true });
  const manifestPath = join(o.out, 'manifest.jsonl');
  const manifest = createWriteStream(manifestPath);
  const files: string[] = [];
  let bytes = 0;
  const digits = String(Math.max(0, o.articles - 1)).length;
  for (let i = 0; i < o.articles; i++) {
    const a = generateArticle(o, i);
    const dir = join(o.out, 'articles', String(Math.floor(i / o.perDir)).padStart(3, '0'));
    if (i % o.perDir === 0) mkdirSync(dir, { recursive: true });
    const path = join(dir, `${String(i).padStart(digits, '0')}.txt`);
    const buf = Buffer.from(a.text, 'utf8');
    writeFileSync(path, buf);
    files.push(path);
    bytes += buf.length;
    if (!manifest.write(JSON.stringify({ path: relative(o.out, path), site: a.site, story: a.story }) + '\n')) await once(manifest, 'drain');
  }
  manifest.end();
  await once(manifest, 'finish');
  return { files, bytes, manifest: manifestPath };
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const out = arg('out');
  if (out === undefined) {
    console.error('usage: gen-news-corpus.ts --out DIR [--articles N] [--seed S] [--chars C]');
    process.exit(2);
  }
  const t0 = performance.now();
  const r = await generateNews({
    out,
    articles: Number(arg('articles') ?? NEWS_DEFAULTS.articles),
    seed: Number(arg('seed') ?? NEWS_DEFAULTS.seed),
    chars: Number(arg('chars') ?? NEWS_DEFAULTS.chars),
  });
  console.log(`${r.files.length} articles, ${(r.bytes / 1e6).toFixed(1)} MB in ${((performance.now() - t0) / 1000).toFixed(1)} s → ${out}`);
}
