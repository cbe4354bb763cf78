import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expandInputs } from '../../src/read/index.js';

const root = mkdtempSync(join(tmpdir(), 'plankit-expand-'));
const p = (...parts: string[]): string => join(root, ...parts);

beforeAll(() => {
  for (const d of ['corpus/sub/deeper', 'corpus/.hidden', 'empty-dir', 'images']) mkdirSync(p(d), { recursive: true });
  for (const f of ['corpus/b.txt', 'corpus/a.html', 'corpus/sub/c.HTM', 'corpus/sub/deeper/d.text', 'corpus/notes.md', 'corpus/plan.docx', 'corpus/units.jsonl', 'corpus/README.md', 'corpus/CHANGELOG.markdown', 'corpus/NOTES-2024.md', 'corpus/2024-01.md', 'corpus/工作计划.md', 'corpus/~$plan.docx', 'corpus/.hidden/e.txt', 'corpus/.dot.txt', 'images/x.png', 'single.txt', 'odd[1].txt']) {
    writeFileSync(p(f), '工作计划');
  }
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('expandInputs', () => {
  it('walks directories recursively for plan files, sorted, hidden entries, Word owner files and Markdown docs (README.md) skipped', async () => {
    const { files, problems } = await expandInputs([p('corpus')]);
    expect(problems).toEqual([]);
    expect(files).toEqual([
      p('corpus/2024-01.md'),
      p('corpus/a.html'),
      p('corpus/b.txt'),
      p('corpus/notes.md'),
      p('corpus/plan.docx'),
      p('corpus/sub/c.HTM'),
      p('corpus/sub/deeper/d.text'),
      p('corpus/units.jsonl'),
      p('corpus/工作计划.md'),
    ]);
  });

  it('reads a README or a Word owner file named on the command line', async () => {
    const { files } = await expandInputs([p('corpus/README.md'), p('corpus/~$plan.docx')]);
    expect(files).toEqual([p('corpus/README.md'), p('corpus/~$plan.docx')]);
  });

  it('keeps argument order, de-duplicates, passes "-" through', async () => {
    const { files } = await expandInputs([p('single.txt'), '-', p('corpus/sub'), p('corpus'), p('single.txt'), '-']);
    expect(files).toEqual([
      p('single.txt'),
      '-',
      p('corpus/sub/c.HTM'),
      p('corpus/sub/deeper/d.text'),
      p('corpus/2024-01.md'),
      p('corpus/a.html'),
      p('corpus/b.txt'),
      p('corpus/notes.md'),
      p('corpus/plan.docx'),
      p('corpus/units.jsonl'),
      p('corpus/工作计划.md'),
    ]);
  });

  it('expands globs (any file the pattern names, a README too), sorted', async () => {
    const { files, problems } = await expandInputs([`${root}/corpus/**/*.{txt,md}`]);
    expect(problems).toEqual([]);
    expect(files).toEqual([p('corpus/2024-01.md'), p('corpus/NOTES-2024.md'), p('corpus/README.md'), p('corpus/b.txt'), p('corpus/notes.md'), p('corpus/工作计划.md')]);
  });

  it('an existing file with glob characters in its name is taken literally', async () => {
    expect((await expandInputs([p('odd[1].txt')])).files).toEqual([p('odd[1].txt')]);
  });

  it('missing paths, empty globs and directories without plan files are problems; the rest is still returned', async () => {
    const { files, problems } = await expandInputs([p('missing.txt'), p('single.txt'), p('empty-dir'), p('images'), `${root}/nothing/*.txt`]);
    expect(files).toEqual([p('single.txt')]);
    expect(problems.map((e) => [e.kind, e.path])).toEqual([
      ['not-found', p('missing.txt')],
      ['not-found', p('empty-dir')],
      ['not-found', p('images')],
      ['not-found', `${root}/nothing/*.txt`],
    ]);
    expect(problems[1]?.toLine()).toMatch(/no plan files \(\.txt \.text \.html \.htm \.md \.markdown \.docx \.jsonl \.ndjson\)/);
  });

  it('custom extensions (with or without the dot)', async () => {
    expect((await expandInputs([p('corpus')], { extensions: ['md', '.TXT'] })).files).toEqual([p('corpus/2024-01.md'), p('corpus/b.txt'), p('corpus/notes.md'), p('corpus/工作计划.md')]);
  });

  it('relative arguments stay relative', async () => {
    const cwd = process.cwd();
    process.chdir(root);
    try {
      expect((await expandInputs(['corpus/sub', 'single.txt', 'corpus/*.txt'])).files).toEqual(['corpus/sub/c.HTM', 'corpus/sub/deeper/d.text', 'single.txt', 'corpus/b.txt']);
    } finally {
      process.chdir(cwd);
    }
  });

  it('a symlinked file in a directory is found; a symlinked directory is not followed', async () => {
    const linkDir = p('links');
    mkdirSync(linkDir);
    symlinkSync(p('single.txt'), join(linkDir, 'l.txt'));
    symlinkSync(p('corpus'), join(linkDir, 'loop'));
    expect((await expandInputs([linkDir])).files).toEqual([join(linkDir, 'l.txt')]);
  });
});
