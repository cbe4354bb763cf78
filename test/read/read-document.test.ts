import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_MAX_BYTES, readDocument } from '../../src/read/index.js';
import { readInputBytes } from '../../src/read/read-input.js';
import { HAS_SHARED, REPO_ROOT, SEED_PATH } from '../helpers/seed.js';
import { expectPlankitErrorAsync, FIXTURES } from './helpers.js';

const tmp = mkdtempSync(join(tmpdir(), 'plankit-read-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('readDocument', () => {
  it('reads and decodes a file, keeping the path as given', async () => {
    const path = resolve(FIXTURES, 'gbk-simplified.txt');
    const doc = await readDocument(path);
    expect(doc.path).toBe(path);
    expect(doc.encoding).toBe('gb18030');
    expect(doc.text.startsWith('2024年办公室工作计划\n')).toBe(true);
  });

  it('missing path → not-found; a directory → io; over the limit → too-large', async () => {
    const missing = join(tmp, 'nope.txt');
    const e = await expectPlankitErrorAsync(readDocument(missing), 'not-found', missing);
    expect(e.toLine()).toBe(`${missing}: not found: no such file or directory`);
    await expectPlankitErrorAsync(readDocument(tmp), 'io', tmp);
    await expectPlankitErrorAsync(readDocument(resolve(FIXTURES, 'utf8.txt'), { maxBytes: 100 }), 'too-large');
  });

  it('the default limit is 128 MiB', () => {
    expect(DEFAULT_MAX_BYTES).toBe(128 * 1024 * 1024);
  });

  it('stdin: all chunks are read as bytes (a character split across chunks survives)', async () => {
    const bytes = Buffer.from('一、目标\n二、措施\n', 'utf8');
    const chunks = [bytes.subarray(0, 1), bytes.subarray(1, 5), bytes.subarray(5)];
    const got = await readInputBytes('-', 1000, Readable.from(chunks));
    expect(Buffer.from(got).equals(bytes)).toBe(true);
    await expectPlankitErrorAsync(readInputBytes('-', 10, Readable.from(chunks)), 'too-large', '-');
  });

  it('stdin: readDocument("-") in a real process', () => {
    const input = readFileSync(resolve(FIXTURES, 'big5-traditional.txt'));
    const script = `import('./src/read/index.ts').then(async (m) => { const d = await m.readDocument('-'); process.stdout.write(JSON.stringify({ path: d.path, encoding: d.encoding, text: d.text })); })`;
    const r = spawnSync(process.execPath, ['--import', 'tsx', '-e', script], { cwd: REPO_ROOT, input, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout) as { path: string; encoding: string; text: string };
    expect(out.path).toBe('-');
    expect(out.encoding).toBe('big5');
    expect(out.text).toContain('工會幹部要帶頭學習業務知識');
  });

  it('a 50 MB single-line file decodes whole', async () => {
    const unit = '一、加强制度建设，完善管理流程，提高工作效率；2024年计划完成100%。';
    const n = Math.ceil((50 * 1024 * 1024) / Buffer.byteLength(unit));
    const path = join(tmp, 'big.txt');
    writeFileSync(path, unit.repeat(n));
    const doc = await readDocument(path);
    expect(doc.encoding).toBe('utf-8');
    expect(doc.byteLength).toBeGreaterThanOrEqual(50 * 1024 * 1024);
    expect(doc.text.length).toBe(unit.length * n);
    expect(doc.text.endsWith(unit)).toBe(true);
    expect(doc.text.includes('\n')).toBe(false);
    expect(doc.diagnostics).toEqual([]);
    rmSync(path);
  });
});

describe.skipIf(!HAS_SHARED)('seed page', () => {
  it('decodes as utf-8, text identical to the file', async () => {
    const doc = await readDocument(SEED_PATH);
    expect(doc.encoding).toBe('utf-8');
    expect(doc.format).toBe('text');
    expect(doc.text).toBe(readFileSync(SEED_PATH, 'utf8'));
    expect(doc.byteLength).toBe(readFileSync(SEED_PATH).length);
    expect(doc.diagnostics).toEqual([]);
  });
});
