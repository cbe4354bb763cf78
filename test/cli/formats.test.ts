import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { AlignmentType, Document, LevelFormat, Packer, Paragraph } from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

// A page written for this test: a title, two variants, the four GB/T 9704 levels, blank lines.
const PAGE = [
  '2024年街道志愿服务工作计划',
  '',
  '2024年街道志愿服务工作计划 篇1',
  '',
  '一、指导思想',
  '坚持以人民为中心，推动志愿服务常态化、制度化。',
  '（一）加强组织领导',
  '1.成立志愿服务工作领导小组。',
  '2.明确各社区联络员。',
  '（1）每月召开一次例会。',
  '（2）每季度通报一次进展。',
  '（二）完善工作机制',
  '二、主要任务',
  '全年组织志愿服务活动24次，参与志愿者500人次。',
  '',
  '2024年街道志愿服务工作计划 篇2',
  '',
  '一、工作目标',
  '（一）扩大志愿者队伍',
  '1.新增注册志愿者100人。',
  '（二）打造服务品牌',
  '二、保障措施',
  '三、工作要求',
].join('\n');

/** The page as Word would hold it when typed line by line: one paragraph per line. */
async function pageDocx(text: string): Promise<Buffer> {
  return Packer.toBuffer(new Document({ sections: [{ children: text.split('\n').map((l) => new Paragraph(l)) }] }));
}

/** The same outline typed with Word's automatic numbering: the markers are numbering, not text. */
async function numberedDocx(): Promise<Buffer> {
  const levels = [
    { level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、' },
    { level: 1, format: LevelFormat.CHINESE_COUNTING, text: '（%2）' },
    { level: 2, format: LevelFormat.DECIMAL, text: '%3.' },
    { level: 3, format: LevelFormat.DECIMAL, text: '（%4）' },
  ].map((l) => ({ ...l, alignment: AlignmentType.LEFT }));
  const n = (text: string, level: number): Paragraph => new Paragraph({ text, numbering: { reference: 'gbt', level } });
  const children = [
    new Paragraph('2024年街道志愿服务工作计划'),
    n('指导思想', 0),
    new Paragraph('坚持以人民为中心，推动志愿服务常态化、制度化。'),
    n('加强组织领导', 1),
    n('成立志愿服务工作领导小组。', 2),
    n('明确各社区联络员。', 2),
    n('每月召开一次例会。', 3),
    n('每季度通报一次进展。', 3),
    n('完善工作机制', 1),
    n('主要任务', 0),
  ];
  return Packer.toBuffer(new Document({ numbering: { config: [{ reference: 'gbt', levels }] }, sections: [{ children }] }));
}

interface OutlineJson {
  files: Array<{ path: string; variants: Array<{ id: string; label: string | null; items: Array<Record<string, unknown>>; diagnostics: unknown[] }> }>;
}

let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'plankit-formats-'));
  writeFileSync(join(dir, 'page.txt'), PAGE);
  writeFileSync(join(dir, 'page.docx'), await pageDocx(PAGE));
  writeFileSync(join(dir, 'numbered.docx'), await numberedDocx());
  writeFileSync(join(dir, 'numbered.txt'), PAGE.split('\n').slice(0, 14).filter((l) => !l.includes('篇') && l !== '').join('\n'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function errorLines(err: string): string[] {
  return err.split('\n').filter((l) => l.length > 0);
}

/** An outline with the file's own name taken out of the ids, for comparing two files. */
function outlineOf(json: string, file: string): unknown {
  const o = JSON.parse(json) as OutlineJson;
  return o.files.map((f) => f.variants.map((v) => ({ ...v, id: v.id.replace(file, 'FILE') })));
}

describe('a .docx of a page gives the same outline as its text', () => {
  it('typed line by line: the same items, lines, columns, depths, titles and diagnostics', async () => {
    const txt = await runCli('outline', '--format', 'json', join(dir, 'page.txt'));
    const docx = await runCli('outline', '--format', 'json', join(dir, 'page.docx'));
    expect(docx.err).toBe('');
    expect(docx.code).toBe(0);
    const a = outlineOf(txt.out, join(dir, 'page.txt'));
    expect(outlineOf(docx.out, join(dir, 'page.docx'))).toEqual(a);
    // Not an empty comparison: two variants with their items.
    expect((a as unknown[][])[0]).toHaveLength(2);
    expect(JSON.stringify(a)).toContain('（2）');
  });

  it('the same split: title and variants', async () => {
    const txt = JSON.parse((await runCli('split', '--format', 'json', join(dir, 'page.txt'))).out) as { files: Array<Record<string, unknown>> };
    const docx = JSON.parse((await runCli('split', '--format', 'json', join(dir, 'page.docx'))).out) as { files: Array<Record<string, unknown>> };
    const strip = (f: Record<string, unknown>, path: string): string => JSON.stringify({ ...f, path: '', encoding: '' }).replaceAll(path, 'FILE');
    expect(strip(docx.files[0] as Record<string, unknown>, join(dir, 'page.docx'))).toBe(strip(txt.files[0] as Record<string, unknown>, join(dir, 'page.txt')));
  });

  it("with Word's automatic numbering: the same markers, depths and titles", async () => {
    const items = async (file: string): Promise<unknown[]> =>
      (JSON.parse((await runCli('outline', '--format', 'json', join(dir, file))).out) as OutlineJson).files[0]!.variants[0]!.items.map((i) => [i.line, i.column, i.marker, i.style, i.ordinal, i.depth, i.title]);
    const fromText = await items('numbered.txt');
    expect(fromText).toHaveLength(8);
    expect(await items('numbered.docx')).toEqual(fromText);
  });
});

describe('a folder of Markdown files dedups like the same folder of text files', () => {
  const plan = (n: number, extra: string): string[] => [
    `社区${n}号网格工作计划`,
    '',
    '一、工作目标',
    '坚持以居民需求为导向，全面提升社区服务水平，努力建设和谐美丽社区，全年走访居民1200户。',
    '二、主要措施',
    '加强网格化管理，建立完善居民信息台账，定期开展入户走访和矛盾纠纷排查化解工作。',
    extra,
  ];
  const pages: Array<[string, string[]]> = [
    ['a', plan(1, '开展志愿服务活动，组织志愿者参加环境整治和敬老助残活动。')],
    ['b', plan(2, '开展志愿服务活动，组织志愿者参加环境整治和敬老助残活动。')],
    ['c', ['街道安全生产工作要点', '', '一、总体要求', '严格落实安全生产责任制，每季度开展一次消防安全大检查，及时消除各类隐患，确保全年不发生较大事故。']],
  ];
  const asMarkdown = (lines: string[]): string =>
    ['---', 'source: 测试', '---', '', ...lines.map((l, k) => (k === 0 ? `# ${l}` : /^[一二三]、/.test(l) ? `## ${l}` : l.replace('网格化管理', '**网格化管理**')))].join('\n');

  it('the same units, pairs and families', async () => {
    mkdirSync(join(dir, 'txt'));
    mkdirSync(join(dir, 'md'));
    for (const [name, lines] of pages) {
      writeFileSync(join(dir, 'txt', `${name}.txt`), lines.join('\n'));
      writeFileSync(join(dir, 'md', `${name}.md`), asMarkdown(lines));
    }
    const txt = await runCli('dedup', '--format', 'json', join(dir, 'txt'));
    const md = await runCli('dedup', '--format', 'json', join(dir, 'md'));
    expect(md.err).toBe('');
    const view = (out: string, folder: string, ext: string): unknown => {
      const j = JSON.parse(out.replaceAll(join(dir, folder) + '/', '').replaceAll(ext, '')) as { units: Array<Record<string, unknown>>; pairs: unknown[]; families: unknown[] };
      return { units: j.units.map((u) => [u.id, u.chars]), pairs: j.pairs, families: j.families };
    };
    const t = view(txt.out, 'txt', '.txt') as { families: Array<{ members: string[] }> };
    expect(t.families.some((f) => f.members.length === 2)).toBe(true);
    expect(view(md.out, 'md', '.md')).toEqual(t);
  });
});

describe('JSON Lines corpora', () => {
  const units = [
    { id: 'p1', text: PAGE, source: 'x' },
    { id: 'p2', text: PAGE.replace('24次', '30次') },
    { id: 'p3', content: '街道安全生产工作要点\n\n一、总体要求\n严格落实安全生产责任制，每季度开展一次消防安全大检查。' },
  ];
  let corpus: string;
  beforeAll(() => {
    corpus = join(dir, 'corpus.jsonl');
    writeFileSync(corpus, units.map((u) => JSON.stringify(u)).join('\r\n') + '\r\n');
  });

  it('dedup: one unit per line, ids <file>#<id>, variants <file>#<id>#篇N', async () => {
    const r = await runCli('dedup', '--format', 'json', corpus);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out) as { units: Array<{ id: string }>; families: Array<{ members: string[] }> };
    expect(j.units.map((u) => u.id.slice(corpus.length))).toEqual(['#p1#篇1', '#p1#篇2', '#p2#篇1', '#p2#篇2', '#p3']);
    expect(j.families.find((f) => f.members.length === 2)?.members.map((m) => m.slice(corpus.length))).toEqual(['#p1#篇1', '#p2#篇1']);
  });

  it('split, outline, slots, segment and template read the units as documents', async () => {
    const split = JSON.parse((await runCli('split', '--format', 'json', corpus)).out) as { files: Array<{ path: string; title: string | null }> };
    expect(split.files.map((f) => [f.path.slice(corpus.length), f.title])).toEqual([
      ['#p1', '2024年街道志愿服务工作计划'],
      ['#p2', '2024年街道志愿服务工作计划'],
      ['#p3', '街道安全生产工作要点'],
    ]);
    const outline = JSON.parse((await runCli('outline', '--format', 'json', corpus)).out) as OutlineJson;
    expect(outlineOf(JSON.stringify({ files: [outline.files[0]] }), `${corpus}#p1`)).toEqual(outlineOf((await runCli('outline', '--format', 'json', join(dir, 'page.txt'))).out, join(dir, 'page.txt')));
    const slots = JSON.parse((await runCli('slots', '--format', 'json', corpus)).out) as { files: Array<{ path: string }> };
    expect(slots.files).toHaveLength(3);
    const seg = await runCli('segment', '--format', 'json', corpus);
    expect(seg.code).toBe(0);
    const template = JSON.parse((await runCli('template', '--format', 'json', corpus)).out) as { templates: Array<{ members: string[] }> };
    expect(template.templates[0]?.members.map((m) => m.slice(corpus.length))).toEqual(['#p1#篇1', '#p2#篇1']);
  });

  it('--id-field and --text-field choose the fields', async () => {
    const p = join(dir, 'fields.ndjson');
    // The title shows which field was read (a heading such as 一、目标 is no page title, so the texts open with a title line).
    writeFileSync(p, [JSON.stringify({ doc: 'x1', 正文: '工作目标\n（一）任务', text: '不是这个' }), JSON.stringify({ doc: 'x2', 正文: '工作措施' })].join('\n'));
    const r = await runCli('split', '--format', 'json', '--id-field', 'doc', '--text-field', '正文', p);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out) as { files: Array<{ path: string; title: string }> };
    expect(j.files.map((f) => [f.path.slice(p.length), f.title])).toEqual([
      ['#x1', '工作目标'],
      ['#x2', '工作措施'],
    ]);
  });

  it('corpus.jsonl#<id> picks one unit; diff compares two units', async () => {
    const one = JSON.parse((await runCli('split', '--format', 'json', `${corpus}#p3`)).out) as { files: Array<{ path: string }> };
    expect(one.files.map((f) => f.path)).toEqual([`${corpus}#p3`]);
    const missing = await runCli('split', '--format', 'json', `${corpus}#nope`);
    expect(missing.code).toBe(1);
    expect(errorLines(missing.err)).toEqual([`plankit: ${corpus}#nope: no unit with id "nope" in ${corpus}`]);
    const diff = await runCli('diff', '--format', 'json', `${corpus}#p1#篇1`, `${corpus}#p2#篇1`);
    expect(diff.err).toBe('');
    expect(diff.out).toContain('30');
  });
});

describe('bad input in the new formats: one line each, exit 1, the rest still processed', () => {
  it('a corrupt .docx, a .docx that is not a zip, front matter only, and bad JSON Lines lines', async () => {
    const bad = join(dir, 'bad');
    mkdirSync(bad);
    const good = await pageDocx(PAGE);
    writeFileSync(join(bad, 'a-corrupt.docx'), good.subarray(0, good.byteLength >> 1));
    writeFileSync(join(bad, 'b-not-zip.docx'), '一、这是改了扩展名的文本文件');
    writeFileSync(join(bad, 'c-front-only.md'), '---\ntitle: 只有元数据\n---\n');
    writeFileSync(join(bad, 'd-good.md'), '# 一、目标\n\n（一）任务\n');
    writeFileSync(join(bad, 'e-lines.jsonl'), ['{"id":"ok1","text":"一、目标"}', '{oops', '', '{"id":"no-text"}', '{"id":"ok2","text":"二、措施"}'].join('\n'));
    writeFileSync(join(bad, 'f-good.docx'), good);
    const r = await runCli('split', '--format', 'json', bad);
    expect(r.code).toBe(1);
    const lines = errorLines(r.err);
    expect(lines).toEqual([
      expect.stringMatching(/^plankit: .*a-corrupt\.docx: not a Word file \(\.docx\): the zip archive is damaged/),
      `plankit: ${join(bad, 'b-not-zip.docx')}: not a Word file (.docx): not a zip archive`,
      expect.stringMatching(/^plankit: .*c-front-only\.md: empty: .*front matter/),
      expect.stringMatching(/^plankit: .*e-lines\.jsonl:2: not JSON: /),
      `plankit: ${join(bad, 'e-lines.jsonl')}:4: no text field (looked for "text", "content", "body"; choose one with --text-field)`,
    ]);
    const j = JSON.parse(r.out) as { files: Array<{ path: string }> };
    expect(j.files.map((f) => f.path.slice(bad.length + 1))).toEqual(['d-good.md', 'e-lines.jsonl#ok1', 'e-lines.jsonl#ok2', 'f-good.docx']);
  });
});

describe('plankit batch on a JSON Lines corpus', () => {
  it('stores each unit as <file>#<id>, records bad lines as <file>:<line>, and a re-run redoes only changed units', async () => {
    const c = join(dir, 'batch.jsonl');
    const db = join(dir, 'batch.sqlite');
    const lines = [
      JSON.stringify({ id: 'p1', text: PAGE }),
      'not json',
      JSON.stringify({ id: 'p2', text: PAGE.replace('24次', '30次') }),
      JSON.stringify({ id: 'p3', text: '街道安全生产工作要点\n\n一、总体要求\n严格落实安全生产责任制。' }),
    ];
    writeFileSync(c, lines.join('\n'));
    const first = await runCli('batch', '--db', db, '--workers', '1', '--format', 'json', c);
    expect(first.code).toBe(1);
    expect(errorLines(first.err)).toEqual([expect.stringMatching(new RegExp(`^plankit: ${c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:2: not JSON: .*\\(bad-jsonl-line\\)$`))]);
    const s1 = JSON.parse(first.out) as { filesAnalyzed: number; filesFailed: number; filesSkipped: number };
    expect([s1.filesAnalyzed, s1.filesFailed, s1.filesSkipped]).toEqual([3, 1, 0]);
    const rows = (): Array<{ path: string; status: string; format: string | null }> => {
      const d = new Database(db, { readonly: true });
      try {
        return d.prepare('SELECT path, status, format FROM files ORDER BY path').all() as Array<{ path: string; status: string; format: string | null }>;
      } finally {
        d.close();
      }
    };
    expect(rows().map((r) => [r.path.slice(c.length), r.status, r.format])).toEqual([
      ['#p1', 'ok', 'text'],
      ['#p2', 'ok', 'text'],
      ['#p3', 'ok', 'text'],
      [':2', 'failed', null],
    ]);
    const d = new Database(db, { readonly: true });
    const variants = d.prepare('SELECT variant_id FROM variants ORDER BY variant_id').pluck().all() as string[];
    d.close();
    expect(variants.map((v) => v.slice(c.length))).toEqual(['#p1#篇1', '#p1#篇2', '#p2#篇1', '#p2#篇2', '#p3']);

    // Lines moved, one text changed, the bad line fixed: only the changed unit and the new one are analysed.
    writeFileSync(c, [lines[3], JSON.stringify({ id: 'p2', text: PAGE.replace('24次', '36次') }), lines[0], JSON.stringify({ id: 'p4', text: '一、目标\n（一）任务' })].join('\n'));
    const second = await runCli('batch', '--db', db, '--workers', '1', '--format', 'json', c);
    const s2 = JSON.parse(second.out) as { filesAnalyzed: number; filesFailed: number; filesSkipped: number };
    expect([s2.filesAnalyzed, s2.filesFailed, s2.filesSkipped]).toEqual([2, 0, 2]);
    expect(second.code).toBe(0);
  });
});
