import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

// Bad input through a real command: one line per failed file naming it and the reason, the
// documented exit code, and the other files still processed.
let dir: string;
const good = '2024年工作计划\n\n一、指导思想\n\n坚持稳中求进，全年开展培训期。\n';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'plankit-inputs-'));
  writeFileSync(join(dir, 'good.txt'), good);
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]));
  writeFileSync(join(dir, 'gbk.txt'), iconv.encode(good, 'gbk'));
  writeFileSync(join(dir, 'broken.html'), '<html><head><title>计划</title><body><div><p>一、工作目标<p>全年完成销售额万元<div><span>二、主要措施');
  mkdirSync(join(dir, 'nothing-here'));
  writeFileSync(join(dir, 'nothing-here', 'notes.csv'), 'not,a,plan,page');
});

function errorLines(err: string): string[] {
  return err.split('\n').filter((l) => l.length > 0);
}

describe('CLI input errors', () => {
  it('a missing path is one line naming it, exit 1, and the other inputs still run', async () => {
    const r = await runCli('split', '--format', 'json', join(dir, 'missing.txt'), join(dir, 'good.txt'));
    expect(r.code).toBe(1);
    const lines = errorLines(r.err);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^plankit: .*missing\.txt: /);
    expect(r.err).not.toMatch(/\n\s+at /); // no stack trace
    const json = JSON.parse(r.out) as { files: Array<{ path: string }> };
    expect(json.files.map((f) => f.path)).toEqual([join(dir, 'good.txt')]);
  });

  it('empty, binary files and a directory with no plan files each fail on their own line', async () => {
    const r = await runCli('split', '--format', 'json', join(dir, 'empty.txt'), join(dir, 'binary.txt'), join(dir, 'nothing-here'), join(dir, 'gbk.txt'));
    expect(r.code).toBe(1);
    const lines = errorLines(r.err);
    expect(lines).toHaveLength(3);
    expect(lines.find((l) => l.includes('empty.txt'))).toMatch(/empty/i);
    expect(lines.find((l) => l.includes('binary.txt'))).toMatch(/binary/i);
    expect(lines.find((l) => l.includes('nothing-here'))).toBeDefined();
    const json = JSON.parse(r.out) as { files: Array<{ path: string; encoding: string }> };
    expect(json.files).toHaveLength(1);
    expect(json.files[0]?.encoding).toBe('gb18030');
  });

  it('an unknown --encoding is a usage error (exit 2) before any file is read', async () => {
    const r = await runCli('split', '--encoding', 'klingon-8', join(dir, 'good.txt'));
    expect(r.code).toBe(2);
    expect(errorLines(r.err)).toHaveLength(1);
    expect(r.err).toMatch(/klingon-8/);
    expect(r.out).toBe('');
  });

  it('an unknown option is a usage error (exit 2)', async () => {
    const r = await runCli('split', '--no-such-option', join(dir, 'good.txt'));
    expect(r.code).toBe(2);
  });

  it('malformed HTML is read with a diagnostic, not refused', async () => {
    const r = await runCli('split', '--format', 'json', join(dir, 'broken.html'));
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as { files: Array<{ path: string; diagnostics?: Array<{ code: string }> }> };
    expect(json.files).toHaveLength(1);
  });

  it('a 50 MB one-line file is processed', async () => {
    const big = join(dir, 'big.txt');
    const unit = '坚持以人民为中心，全面完成年度各项目标任务，';
    writeFileSync(big, unit.repeat(Math.ceil((50 * 2 ** 20) / Buffer.byteLength(unit))));
    const r = await runCli('split', '--format', 'json', big);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as { files: Array<{ variants: unknown[] }> };
    expect(json.files[0]?.variants).toHaveLength(1);
  });
});
