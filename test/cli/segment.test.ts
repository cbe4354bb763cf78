import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli as run } from '../helpers/cli.js';
import { HAS_SHARED, REPO_ROOT, SEED_PATH } from '../helpers/seed.js';

process.chdir(REPO_ROOT);

interface TokenJson {
  text: string;
  start: number;
  end: number;
  line: number;
  column: number;
  tag: string;
}
interface SegmentJson {
  files: Array<{
    path: string;
    encoding: string;
    script: string;
    variants: Array<{ id: string; label: string | null; tokens: TokenJson[]; sentences: Array<{ text: string; start: number; end: number; line: number; column: number }> }>;
  }>;
}

// nodejieba loads one dictionary per process and vitest runs this file in one process, so the
// --dict test comes first: it is the first segment call here and loads the user dictionary.
describe('plankit segment --dict', () => {
  it('words words of the user dictionary stay whole', async () => {
    const r = await run('segment', '--dict', 'fixtures/segment/user.dict', 'fixtures/segment/plan-mixed.txt');
    expect(r.code).toBe(0);
    expect(r.out).toContain('农资保供');
    expect(r.out).toContain(' / 村级综合服务社 / ');
  });
});

describe('plankit segment', () => {
  it('text: words in the original script, " / " between them, one line per text line, per variant', async () => {
    const r = await run('segment', 'fixtures/segment/traditional.txt');
    expect(r.code).toBe(0);
    expect(r.out.split('\n').slice(0, 3)).toEqual([
      '# fixtures/segment/traditional.txt',
      '公司 / 現有 / 員工 / 人 / ， / 其中 / 專業 / 技術人員 / 人 / 。',
      '我們 / 將 / 進一步 / 加強 / 醫療 / 服務 / 品質 / 管理 / ， / 積極 / 推進 / 網際網路 / 醫院 / 建設 / 。',
    ]);
  });

  it('--sep and --pos', async () => {
    const r = await run('segment', '--pos', '--sep', ' ', 'fixtures/split/fanwen.txt');
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    expect(lines[0]).toBe('# fixtures/split/fanwen.txt#范文1');
    expect(lines[1]).toBe('范文/nr 一/m');
    expect(lines[2]).toMatch(/^客服部\/n 是\/v /);
    expect(r.out).toContain('# fixtures/split/fanwen.txt#范文3');
  });

  it('json: per file, per variant, tokens with text, start, end, line, column, tag — tiling the variant', async () => {
    const r = await run('segment', '--format', 'json', 'fixtures/split/pian-suffix.txt');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out) as SegmentJson;
    const f = j.files[0]!;
    expect(f).toMatchObject({ path: 'fixtures/split/pian-suffix.txt', encoding: 'utf-8', script: 'simplified' });
    expect(f.variants.map((v) => v.id)).toEqual(['fixtures/split/pian-suffix.txt#篇1', 'fixtures/split/pian-suffix.txt#篇2', 'fixtures/split/pian-suffix.txt#篇3']);
    const text = readFileSync('fixtures/split/pian-suffix.txt', 'utf8');
    const lines = text.split('\n');
    for (const v of f.variants) {
      const t = v.tokens;
      for (let k = 0; k < t.length; k++) {
        const tok = t[k]!;
        expect(text.slice(tok.start, tok.end)).toBe(tok.text);
        expect(lines[tok.line - 1]!.slice(tok.column, tok.column + tok.text.length)).toBe(tok.text.replace('\n', ''));
        if (k > 0) expect(tok.start).toBe(t[k - 1]!.end);
      }
      // The variant runs from its header line to its last body line.
      expect(t[0]!.text).toBe('2024');
      expect(t[0]!.column).toBe(0);
      expect(t.at(-1)!.text).toMatch(/[。\n]/);
    }
    const v1 = f.variants[0]!;
    expect(v1.tokens.find((t) => t.text === 'xx')).toMatchObject({ tag: 'ph', line: 8 });
    expect(v1.sentences[0]).toMatchObject({ text: '2024年社区安全生产工作计划 篇1', line: 3, column: 0 });
  });

  it('errors: a missing file is one line and exit 1; a bad --dict is a usage error before any output', async () => {
    const missing = await run('segment', '--format', 'json', 'fixtures/segment/no-such.txt');
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/^plankit: fixtures\/segment\/no-such\.txt: .*\n$/);
    expect(JSON.parse(missing.out)).toEqual({ files: [] });
    const bad = await run('segment', '--dict', 'fixtures/segment/user-bad.dict', 'fixtures/segment/plan-mixed.txt');
    expect(bad.code).toBe(2);
    expect(bad.out).toBe('');
    expect(bad.err).toMatch(/^plankit: .*user-bad\.dict: user dictionary, line 2: /);
  });
});

describe.skipIf(!HAS_SHARED)('plankit segment on the seed page', () => {
  it('8 variants, 公司/現有/員工/人 in the original script', async () => {
    const r = await run('segment', SEED_PATH);
    expect(r.code).toBe(0);
    expect(r.out.match(/^# .*#篇\d$/gm)).toHaveLength(8);
    expect(r.out).toContain('公司 / 現有 / 員工 / 人');
  });
});
