/**
 * Bad input, as a new user would give it: every case ends with a one-line message naming what is
 * wrong (and the file, when there is one), the documented exit code (1 for an input, output or
 * database problem, 2 for misuse), and never exit 3 ("a bug") or a stack trace.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, runCliWith, type CliRun } from '../helpers/cli.js';
import { REPO_ROOT } from '../helpers/seed.js';

const PAGE = resolve(REPO_ROOT, 'fixtures/template/family-page.txt');
let dir = '';
let db = '';
let template = '';
const at = (name: string): string => join(dir, name);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'plankit-bad-'));
  db = at('ok.sqlite');
  const r = await runCli('batch', PAGE, '--db', db, '--workers', '1');
  expect(r.code).toBe(0);
  template = at('t.json');
  writeFileSync(template, (await runCli('template', '--format', 'json', '--family', 'F1', PAGE)).out);
  writeFileSync(at('garbage.sqlite'), 'this is not a database, just text that ends in .sqlite\n'.repeat(20));
  // A real database cut short: its header is right, its pages are not all there.
  writeFileSync(at('truncated.sqlite'), readFileSync(db).subarray(0, 8192));
  writeFileSync(at('empty.sqlite'), '');
  writeFileSync(at('values.yaml'), 'slots: {}\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A template file like `plankit template` writes, with one thing changed. */
function brokenTemplate(name: string, change: (t: { parts: unknown[]; slots: Array<Record<string, unknown>> }) => void): string {
  const file = JSON.parse(readFileSync(template, 'utf8')) as { templates: Array<{ parts: unknown[]; slots: Array<Record<string, unknown>> }> };
  const t = file.templates[0];
  if (t === undefined) throw new Error('no template to break');
  change(t);
  const path = at(name);
  writeFileSync(path, JSON.stringify(file));
  return path;
}

/** One line on stderr, `plankit: …`, no stack trace, the given exit code (never 3). */
function expectOneLine(r: CliRun, code: 1 | 2, names?: string): void {
  expect(r.code, r.err).toBe(code);
  expect(r.err).not.toMatch(/\n\s+at |internal error|Error:/);
  expect(r.err.split('\n').filter((l) => l !== '')).toHaveLength(1);
  expect(r.err).toMatch(/^plankit: \S/);
  if (names !== undefined) expect(r.err).toContain(`plankit: ${names}: `);
}

describe('bad input: one line, the right exit code, never "internal"', () => {
  const table: Array<[string, () => string[], 1 | 2, (() => string) | undefined, RegExp]> = [
    ['a corrupt --db', () => ['batch', PAGE, '--db', at('garbage.sqlite')], 1, () => at('garbage.sqlite'), /not a usable results database/],
    ['a --db in a missing folder', () => ['batch', PAGE, '--db', at('nodir/x.sqlite')], 1, () => at('nodir/x.sqlite'), /the folder does not exist/],
    ['a --db that is a folder', () => ['batch', PAGE, '--db', dir], 1, () => dir, /it is a folder/],
    ['reuse -o into a missing folder (csv)', () => ['reuse', db, '--format', 'csv', '-o', at('nodir/x.csv')], 1, () => at('nodir/x.csv'), /cannot write: the folder does not exist/],
    ['reuse -o into a missing folder (html)', () => ['reuse', db, '--format', 'html', '-o', at('nodir/x.html')], 1, () => at('nodir/x.html'), /cannot write/],
    ['fill -o into a missing folder', () => ['fill', template, at('values.yaml'), '-o', at('nodir/plan.txt')], 1, undefined, /./],
    ['a corrupt database given to reuse', () => ['reuse', at('garbage.sqlite')], 1, () => at('garbage.sqlite'), /not a usable results database/],
    ['a truncated database given to reuse', () => ['reuse', at('truncated.sqlite')], 1, () => at('truncated.sqlite'), /not a usable results database/],
    ['an empty file given to reuse as a database', () => ['reuse', at('empty.sqlite')], 1, () => at('empty.sqlite'), /an empty file/],
    ['--near 2', () => ['dedup', PAGE, '--near', '2'], 2, undefined, /--near must be a number from 0 to 1/],
    ['--shingle 0', () => ['dedup', PAGE, '--shingle', '0'], 2, undefined, /--shingle must be a whole number from 1/],
    ['--perm 0', () => ['dedup', PAGE, '--perm', '0'], 2, undefined, /--perm must be/],
    ['--contained abc', () => ['dedup', PAGE, '--contained', 'abc'], 2, undefined, /--contained must be/],
    ['--workers -1', () => ['batch', PAGE, '--db', at('w.sqlite'), '--workers', '-1'], 2, undefined, /--workers must be a whole number/],
    ['--timeout 0', () => ['batch', PAGE, '--db', at('w.sqlite'), '--timeout', '0'], 2, undefined, /--timeout must be/],
    ['--min-docs 1', () => ['reuse', db, '--min-docs', '1'], 2, undefined, /--min-docs must be a whole number of at least 2/],
    ['--format xml', () => ['split', PAGE, '--format', 'xml'], 2, undefined, /--format must be one of text, json/],
    ['--lang fr', () => ['--lang', 'fr', 'split', PAGE], 2, undefined, /--lang must be one of zh, en/],
    ['an unknown option', () => ['split', '--frobnicate', PAGE], 2, undefined, /unknown option '--frobnicate' \(run plankit split --help/],
    ['an unknown command', () => ['splitt', PAGE], 2, undefined, /unknown command 'splitt' \(did you mean split\?\)/],
    ['a missing argument', () => ['diff', PAGE], 2, undefined, /missing required argument 'b'/],
    ['a missing list file', () => ['batch', '--list', at('none.list'), '--db', at('l.sqlite')], 2, () => at('none.list'), /cannot read the list file: no such file/],
    [
      'a template with an unknown slot type',
      () => ['fill', brokenTemplate('type.json', (t) => void (t.slots[0] = { ...t.slots[0], type: 'colour' })), at('values.yaml')],
      1,
      () => at('type.json'),
      /slot s1 has the unknown type "colour"/,
    ],
    [
      'a template with a part of unknown shape',
      () => ['fill', brokenTemplate('part.json', (t) => void t.parts.push({ picture: 'x.png' })), at('values.yaml')],
      1,
      () => at('part.json'),
      /the part at parts\[\d+\] is neither text, a slot nor an optional block/,
    ],
    [
      'a template whose part names an undefined slot',
      () => ['fill', brokenTemplate('slot.json', (t) => void t.parts.push({ slot: 's999' })), at('values.yaml')],
      1,
      () => at('slot.json'),
      /names slot s999, which the template does not define/,
    ],
  ];

  it.each(table)('%s', async (_name, args, code, names, reason) => {
    const r = await runCli(...args());
    expectOneLine(r, code, names?.());
    expect(r.err).toMatch(reason);
  });

  it('a foreign SQLite database is refused, not filled with plankit tables', async () => {
    const foreign = at('foreign.sqlite');
    const Database = (await import('better-sqlite3')).default;
    const d = new Database(foreign);
    d.exec('CREATE TABLE notes (body TEXT)');
    d.close();
    for (const args of [['batch', PAGE, '--db', foreign], ['reuse', foreign]]) {
      const r = await runCli(...args);
      expectOneLine(r, 1, foreign);
      expect(r.err).toMatch(/not a plankit results database/);
    }
    const after = new Database(foreign, { readonly: true });
    expect(after.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).pluck().all()).toEqual(['notes']);
    after.close();
  });

  it('a database written by a newer plankit is refused, naming its schema version', async () => {
    const newer = at('newer.sqlite');
    copyFileSync(db, newer);
    const Database = (await import('better-sqlite3')).default;
    const d = new Database(newer);
    d.pragma('user_version = 99');
    d.close();
    for (const args of [['batch', PAGE, '--db', newer], ['reuse', newer]]) {
      const r = await runCli(...args);
      expectOneLine(r, 1, newer);
      expect(r.err).toMatch(/schema version 99, newer than this plankit reads/);
    }
  });
});

/** A read-only folder: chmod for a normal user; root ignores permissions, so a read-only tmpfs then. */
function readOnlyFolder(): { path: string; release: () => void } | null {
  const path = at('read-only');
  mkdirSync(path, { recursive: true });
  if (process.getuid?.() !== 0) {
    chmodSync(path, 0o555);
    return { path, release: () => chmodSync(path, 0o755) };
  }
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'ro,size=1m', 'tmpfs', path], { stdio: 'ignore' });
  } catch {
    return null;
  }
  return { path, release: () => execFileSync('umount', [path], { stdio: 'ignore' }) };
}

describe('a read-only folder', () => {
  it('--db and -o in it are exit 1, naming the path and why', async (ctx) => {
    const ro = readOnlyFolder();
    if (ro === null) {
      ctx.skip(); // running as root without a way to make a read-only file system
      return;
    }
    try {
      const store = await runCli('batch', PAGE, '--db', join(ro.path, 'x.sqlite'));
      expectOneLine(store, 1, join(ro.path, 'x.sqlite'));
      expect(store.err).toMatch(/cannot open the results database: (the file or its folder is read-only|permission denied)/);
      const out = await runCli('reuse', db, '--format', 'json', '-o', join(ro.path, 'r.json'));
      expectOneLine(out, 1, join(ro.path, 'r.json'));
      expect(out.err).toMatch(/cannot write: (the file or its folder is read-only|permission denied)/);
      const jsonl = await runCli('batch', PAGE, '--db', db, '--jsonl', join(ro.path, 'export'));
      expect(jsonl.code).toBe(1);
      expect(jsonl.err).toMatch(/export: cannot write: (the file or its folder is read-only|permission denied)/);
    } finally {
      ro.release();
    }
  });
});

describe('file names with control characters', () => {
  it('are escaped in every message: one line, no escape sequence reaches the terminal', async () => {
    const name = at('bad\nname\x1b[31m.txt');
    const r = await runCli('split', name);
    expectOneLine(r, 1);
    expect(r.err).toContain('bad\\nname\\x1b[31m.txt: not found');
    expect(r.err).not.toContain('\x1b');
  });

  it('in a report on stdout too', async () => {
    const name = at('page\x1b]0;title\x07.txt');
    copyFileSync(PAGE, name);
    const r = await runCli('split', name);
    expect(r.code).toBe(0);
    expect(r.out).not.toContain('\x1b');
    expect(r.out).not.toContain('\x07');
    expect(r.out).toContain('page\\x1b]0;title\\x07.txt');
  });
});

describe('read warnings in every command', () => {
  const page = '二〇二四年社区工作计划\n一、指导思想\n认真做好社区服务工作。\n'.repeat(12);
  let replaced = '';
  let guessed = '';
  beforeAll(() => {
    const bytes = Buffer.from(page, 'utf8');
    replaced = at('replaced.txt');
    writeFileSync(replaced, Buffer.concat([bytes.subarray(0, 60), Buffer.from([0xff, 0xfe]), bytes.subarray(60)]));
    guessed = at('guessed.txt');
    writeFileSync(guessed, Buffer.from([0xbc, 0xc6, 0xbb, 0xae])); // 计划 in GBK: too short to be sure
  });

  const commands: Array<[string, (file: string) => string[]]> = [
    ['split', (f) => ['split', f]],
    ['segment', (f) => ['segment', f]],
    ['outline', (f) => ['outline', f]],
    ['slots', (f) => ['slots', f]],
    ['dedup', (f) => ['dedup', f]],
    ['template', (f) => ['template', f]],
    ['diff', (f) => ['diff', f, f]],
    ['run', (f) => ['run', f, '-o', at('run-out')]],
    ['batch', (f) => ['batch', f, '--db', at(`warn-${f.length}.sqlite`), '--workers', '1']],
    ['reuse', (f) => ['reuse', f, '--workers', '1']],
  ];

  it.each(commands)('%s warns about undecodable bytes and weak encoding guesses, one line each with the file', async (_name, args) => {
    const r = await runCli(...args(replaced));
    expect(r.code, r.err).toBe(0);
    expect(r.err).toMatch(new RegExp(`^plankit: ${replaced.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: warning: \\d+ undecodable byte sequences? replaced by U\\+FFFD`, 'm'));
    const g = await runCli(...args(guessed));
    expect(g.err).toMatch(/guessed\.txt: warning: encoding guessed as \S+ with low confidence/);
    expect(g.err).not.toMatch(/\n\s+at /);
  });
});

describe('batch --list alone', () => {
  it('needs no other input', async () => {
    const list = at('pages.list');
    writeFileSync(list, `${PAGE}\n`);
    const r = await runCli('batch', '--list', list, '--db', at('list.sqlite'), '--format', 'json');
    expect(r.code, r.err).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ filesSeen: 1, filesAnalyzed: 1 });
    const none = await runCli('batch', '--db', at('none.sqlite'));
    expectOneLine(none, 2);
    expect(none.err).toMatch(/no input given/);
  });
});

describe('Chinese and English', () => {
  it('errors in the user’s language, the same shape', async () => {
    const zh = await runCliWith(['reuse', at('garbage.sqlite')], { lang: 'zh' });
    expectOneLine(zh, 1, at('garbage.sqlite'));
    expect(zh.err).toContain('无法使用这个结果数据库');
    const usage = await runCliWith(['dedup', PAGE, '--near', '2'], { lang: 'zh' });
    expectOneLine(usage, 2);
    expect(usage.err).toBe('plankit: --near 必须是0 到 1 之间的数（得到“2”）\n');
    const option = await runCliWith(['split', '--frobnicate', PAGE], { lang: 'zh' });
    expect(option.err).toBe('plankit: 未知选项“--frobnicate”（用 plankit split --help 查看用法）\n');
  });

  it('--lang overrides the locale, before or after the command', async () => {
    const before = await runCliWith(['--lang', 'zh', 'dedup', PAGE, '--near', '2'], { lang: 'en' });
    expect(before.err).toContain('必须是');
    const after = await runCliWith(['dedup', PAGE, '--near', '2', '--lang=en'], { lang: 'zh' });
    expect(after.err).toContain('must be a number');
  });

  it('help: headings, descriptions and options', async () => {
    const zh = await runCliWith(['split', '--help'], { lang: 'zh' });
    expect(zh.code).toBe(0);
    expect(zh.out).toMatch(/^用法： plankit split/);
    expect(zh.out).toContain('选项：');
    expect(zh.out).toContain('找出每页的标题和各篇范文');
    expect(zh.out).toContain('（默认："text"）');
    const en = await runCliWith(['split', '--help'], { lang: 'en' });
    expect(en.out).toMatch(/^Usage: plankit split/);
    expect(en.out).toContain('Find the title and the 篇 variants');
    const program = await runCliWith(['--help'], { lang: 'zh' });
    expect(program.out).toContain('命令：');
    expect(program.out).toContain('--lang <lang>');
  });

  it('text reports and the reuse page headings', async () => {
    const split = await runCliWith(['split', PAGE], { lang: 'zh' });
    expect(split.out).toContain('篇数：3');
    expect(split.out).toMatch(/编号 +标签 +行 +字数/);
    const html = await runCliWith(['reuse', db, '--format', 'html'], { lang: 'zh' });
    expect(html.out).toContain('<html lang="zh">');
    expect(html.out).toContain('<h2>重复出现的段落</h2>');
    const en = await runCliWith(['reuse', db, '--format', 'html'], { lang: 'en' });
    expect(en.out).toContain('<h2>Recurring passages</h2>');
  });
});

describe('the built CLI as a process reads the locale', () => {
  let built = '';
  beforeAll(() => {
    // Build into a folder of its own, laid out like the package: package.json, bin/ (copied: Node
    // resolves a linked entry script to its real place, which would run the repository's dist/),
    // dist/ built here, and the other folders its "files" ship (data/) and node_modules linked.
    built = at('package');
    execFileSync(process.execPath, [resolve(REPO_ROOT, 'node_modules/typescript/bin/tsc'), '-p', resolve(REPO_ROOT, 'tsconfig.build.json'), '--outDir', join(built, 'dist')], { stdio: 'ignore' });
    copyFileSync(resolve(REPO_ROOT, 'package.json'), join(built, 'package.json'));
    mkdirSync(join(built, 'bin'));
    copyFileSync(resolve(REPO_ROOT, 'bin/plankit.js'), join(built, 'bin/plankit.js'));
    const pkg = JSON.parse(readFileSync(resolve(REPO_ROOT, 'package.json'), 'utf8')) as { files: string[] };
    for (const entry of [...pkg.files.filter((f) => f !== 'dist' && f !== 'bin'), 'node_modules']) symlinkSync(resolve(REPO_ROOT, entry), join(built, entry));
  }, 120_000);

  const cli = (env: Record<string, string>, ...args: string[]): { status: number; stdout: string; stderr: string } => {
    const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !['LANG', 'LC_ALL', 'LC_MESSAGES', 'LANGUAGE'].includes(k)));
    try {
      const stdout = execFileSync(process.execPath, [join(built, 'bin/plankit.js'), ...args], { env: { ...clean, ...env }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
      return { status: 0, stdout, stderr: '' };
    } catch (e) {
      const err = e as { status: number; stdout: string; stderr: string };
      return { status: err.status, stdout: err.stdout, stderr: err.stderr };
    }
  };

  it('LANG=zh_CN.UTF-8: Chinese help and errors; en_US.UTF-8: English', () => {
    const zhHelp = cli({ LANG: 'zh_CN.UTF-8' }, '--help');
    expect(zhHelp.stdout).toMatch(/^用法：/);
    const zhError = cli({ LANG: 'zh_CN.UTF-8' }, 'reuse', at('garbage.sqlite'));
    expect(zhError.status).toBe(1);
    expect(zhError.stderr).toBe(`plankit: ${at('garbage.sqlite')}: 无法使用这个结果数据库：文件已损坏，或不是 SQLite 数据库\n`);
    const enHelp = cli({ LANG: 'en_US.UTF-8' }, '--help');
    expect(enHelp.stdout).toMatch(/^Usage:/);
    const enError = cli({ LANG: 'en_US.UTF-8' }, 'dedup', PAGE, '--shingle', '0');
    expect(enError.status).toBe(2);
    expect(enError.stderr).toBe('plankit: --shingle must be a whole number from 1 to 64 (got "0")\n');
    // The version comes from package.json.
    const version = (JSON.parse(readFileSync(resolve(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
    expect(cli({ LANG: 'en_US.UTF-8' }, '--version').stdout.trim()).toBe(version);
  });
});
