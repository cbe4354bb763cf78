import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pairwiseScore } from '../../scripts/lib/family-score.js';
import { planParagraphs } from '../../scripts/lib/plan-text.js';
import { Rng } from '../../scripts/lib/rng.js';
import { runCli } from '../helpers/cli.js';

/**
 * The failure mode of a whole news archive: short, unrelated articles that all carry the site's
 * navigation line, byline, "related reading" links and a long footer — for a short article the
 * site's text is close to half of it. Chained through that boilerplate, thousands of unrelated
 * articles once became one family. Here 200 unrelated articles (each its own generated text) and
 * 16 of them re-posted (on the same site with an edited headline, on another site with its own
 * chrome, or cut short) go through `plankit dedup` as a folder of Markdown files.
 */
const SITE_A = {
  nav: '首页 > 新闻中心 > 综合资讯 > 正文',
  footer: [
    '免责声明：本站转载的文章仅代表作者个人观点，与本站立场无关，其原创性及文中陈述内容未经本站证实，请读者自行核实。',
    '如涉及作品内容、版权等问题，请在三十日内与本站编辑部联系，我们将在核实后第一时间删除相关内容。',
    '本站所有原创稿件，未经书面授权不得转载、摘编或以其他方式使用，违者依法追究法律责任。',
    '扫描页面下方二维码关注本站公众号，每天早上八点推送当日要闻，欢迎读者朋友提供新闻线索。',
    '责任编辑：值班编辑　　联系电话见页面底部　　投稿邮箱见关于我们页面',
  ],
};
const SITE_B = {
  nav: '当前位置：资讯首页 / 地方动态',
  footer: [
    '本文来源于网络，转载目的在于传递更多信息，并不代表本网赞同其观点和对其真实性负责。',
    '若有来源标注错误或侵犯了您的合法权益，请作者持权属证明与本网联系，我们将及时更正、删除。',
  ],
};
/**
 * Each column opens with its own introduction and every article closes with the site's note: prose
 * that no chrome wording catches, so only the dedup stage can tell it is the site's and not the
 * article's. For a short article these two paragraphs are half of its text or more.
 */
const COLUMNS = [
  '【城事观察】这个栏目每周三和周六更新，由本报城市版的记者轮流执笔，关注街巷里发生的大事小情，记录普通人在城市变迁中的喜怒哀乐，也欢迎读者把身边值得一说的故事告诉我们。',
  '【财经杂谈】本栏目邀请几位长期跟踪地方经济的撰稿人，用通俗的语言聊一聊物价、就业、消费和投资里的门道，观点仅供参考，不构成任何投资建议，读者朋友据此操作风险自担。',
  '【光影笔记】每期挑一部近期上映或者值得重温的影片，从故事、表演、镜头和配乐几个角度谈谈观后感，写得不一定专业，但求真诚，也欢迎影迷们在评论区留下自己的看法。',
  '【旧闻新读】翻开泛黄的报纸和档案，讲述本地百年来的人物与往事，文中涉及的史料大多来自市档案馆和地方志办公室的公开出版物，个别细节如有出入，请以原始文献为准。',
];
const CLOSING =
  '本报坚持用脚步丈量土地、用镜头记录时代，所刊发的每一篇稿件都经过采访核实和编辑审读。如果您在生活中遇到了新鲜事、烦心事，或者对我们的报道有意见和建议，都可以通过热线与我们取得联系，我们会认真倾听每一位读者的声音。';
const ARTICLES = 200;
const RELATED = Array.from({ length: 30 }, (_, k) => `相关阅读：第${k + 1}期读者来信选登及编辑部答复`);

interface Article {
  title: string;
  column: string;
  body: string[];
}

function page(site: typeof SITE_A, a: Article, rng: Rng): string {
  const date = `2024-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;
  const related = [rng.pick(RELATED), rng.pick(RELATED), rng.pick(RELATED)];
  return [`# ${a.title}`, '', site.nav, '', `发布时间：${date}　来源：本站　浏览次数：${rng.int(10, 9999)}`, '', a.column, '', ...a.body.flatMap((p) => [p, '']), CLOSING, '', ...related.flatMap((r) => [`- ${r}`]), '', ...site.footer.flatMap((f) => [f, ''])].join('\n');
}

function archive(dir: string): Map<string, string> {
  const rng = new Rng(2024);
  const gold = new Map<string, string>();
  const write = (name: string, text: string, origin: string): void => {
    writeFileSync(join(dir, `${name}.md`), text);
    gold.set(join(dir, `${name}.md`), origin);
  };
  const articles: Article[] = [];
  for (let k = 0; k < ARTICLES; k++) {
    const body = planParagraphs(new Rng(10_000 + k), rng.int(250, 600));
    const title = `${(body[0] ?? '').slice(0, 12)}（第${k + 1}号）`;
    articles.push({ title, column: COLUMNS[k % COLUMNS.length] as string, body: body.slice(1) });
    write(`a${k}`, page(SITE_A, articles[k] as Article, rng), `a${k}`);
  }
  for (let k = 0; k < 16; k++) {
    const a = articles[k * 13] as Article;
    const origin = `a${k * 13}`;
    if (k % 3 === 0) write(`${origin}-same-site`, page(SITE_A, { ...a, title: `【转】${a.title}` }, rng), origin);
    else if (k % 3 === 1) write(`${origin}-other-site`, page(SITE_B, a, rng), origin);
    else write(`${origin}-cut`, page(SITE_A, { ...a, body: a.body.slice(0, Math.max(2, Math.ceil(a.body.length * 0.8))) }, rng), origin);
  }
  return gold;
}

describe('dedup on a news archive whose articles share the site boilerplate', () => {
  const dir = mkdtempSync(join(tmpdir(), 'plankit-news-'));
  const gold = archive(dir);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  interface Json {
    units: Array<{ id: string }>;
    pairs: Array<{ a: string; b: string }>;
    families: Array<{ members: string[] }>;
  }

  it('never joins unrelated articles through the site text, and finds the re-posts', { timeout: 300_000 }, async () => {
    const r = await runCli('dedup', '--format', 'json', dir);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out) as Json;
    expect(j.units).toHaveLength(gold.size);
    // Not even a related pair between two unrelated articles: what they share is the site's.
    expect(j.pairs.filter((p) => gold.get(p.a) !== gold.get(p.b))).toEqual([]);
    const score = pairwiseScore(j.families.map((f) => f.members), gold);
    expect(score.goldPairs).toBe(16);
    expect(score.precision).toBe(1);
    expect(score.recall).toBeGreaterThanOrEqual(0.9);
    expect(Math.max(...j.families.map((f) => f.members.length))).toBe(2);
  });

  it('would join them without the boilerplate weighting (the test can fail)', { timeout: 300_000 }, async () => {
    // Unweighted, two articles of one column share its introduction and the site's closing note
    // whole — for short articles half of each or more, which reads as two cuts of one text.
    const r = await runCli('dedup', '--format', 'json', '--boilerplate-df', String(1e9), '--min-shared', '0', dir);
    const j = JSON.parse(r.out) as Json;
    expect(j.pairs.filter((p) => gold.get(p.a) !== gold.get(p.b)).length).toBeGreaterThan(100);
    expect(pairwiseScore(j.families.map((f) => f.members), gold).precision).toBeLessThan(0.5);
  });
});
