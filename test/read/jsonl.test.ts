import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeUnit, readDocument, readJsonlUnits, type JsonlItem, type JsonlOptions } from '../../src/read/index.js';
import { byteLines, type RawLine } from '../../src/read/jsonl/lines.js';

const dir = mkdtempSync(join(tmpdir(), 'plankit-jsonl-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let n = 0;
function file(content: string | Buffer, ext = '.jsonl'): string {
  const p = join(dir, `f${n++}${ext}`);
  writeFileSync(p, content);
  return p;
}

async function items(path: string, options: JsonlOptions = {}): Promise<JsonlItem[]> {
  const out: JsonlItem[] = [];
  for await (const it of readJsonlUnits(path, options)) out.push(it);
  return out;
}

/** Units as [id, line, text] and problems as "line: kind: message". */
async function summary(path: string, options: JsonlOptions = {}): Promise<Array<string | [string, number, string]>> {
  return (await items(path, options)).map((it) => ('unit' in it ? [it.unit.id, it.unit.line, it.unit.text] : `${it.problem.path?.slice(path.length + 1)}: ${it.problem.kind}: ${it.problem.message}`));
}

async function collect(chunks: Array<string | Buffer>, max = 1024): Promise<RawLine[]> {
  const out: RawLine[] = [];
  async function* gen(): AsyncGenerator<Buffer> {
    for (const c of chunks) yield Buffer.from(c);
  }
  for await (const l of byteLines(gen(), max)) out.push(l);
  return out;
}

describe('byteLines', () => {
  it('splits on LF across chunk boundaries, drops CR before LF and a BOM on line 1, keeps a last line without LF', async () => {
    const lines = await collect(['\ufeff{"a"', ':1}\r\n\n{"b":', '2}\r', '\n{"c":3}']);
    expect(lines.map((l) => [l.line, l.bytes?.toString()])).toEqual([
      [1, '{"a":1}'],
      [2, ''],
      [3, '{"b":2}'],
      [4, '{"c":3}'],
    ]);
  });

  it('a line over the limit is counted and dropped as it streams; the next lines are kept', async () => {
    const lines = await collect(['{"id":1}\n', 'x'.repeat(700), 'y'.repeat(700), 'z'.repeat(700) + '\n{"id":2}\n'], 1024);
    expect(lines.map((l) => [l.line, l.bytes === null ? null : l.bytes.toString(), l.size])).toEqual([
      [1, '{"id":1}', 8],
      [2, null, 2100],
      [3, '{"id":2}', 8],
    ]);
  });

  it('a gigabyte without a line break is read in bounded memory', async () => {
    const chunk = Buffer.alloc(1 << 20, 0x61); // the same 1 MiB, 1024 times: nothing is held unless byteLines holds it
    async function* gen(): AsyncGenerator<Buffer> {
      for (let i = 0; i < 1024; i++) yield chunk;
      yield Buffer.from('\n{"id":"after"}\n');
    }
    const before = process.memoryUsage();
    const lines: RawLine[] = [];
    for await (const l of byteLines(gen(), 16 << 20)) lines.push(l);
    const after = process.memoryUsage();
    expect(lines.map((l) => [l.line, l.bytes?.toString() ?? null, l.size])).toEqual([
      [1, null, 1 << 30],
      [2, '{"id":"after"}', 14],
    ]);
    expect(after.arrayBuffers - before.arrayBuffers).toBeLessThan(64 << 20);
    expect(after.heapUsed - before.heapUsed).toBeLessThan(64 << 20);
  });
});

describe('JSON Lines units', () => {
  it('one unit per line, id from the id field or the line number, blank lines skipped, CRLF and BOM read', async () => {
    const p = file('\ufeff{"id":"a1","text":"一、目标"}\r\n\r\n{"id":7,"text":"二、措施"}\r\n   \n{"text":"三、要求","title":"x"}\r\n');
    expect(await summary(p)).toEqual([
      ['a1', 1, '一、目标'],
      ['7', 3, '二、措施'],
      ['5', 5, '三、要求'],
    ]);
    const first = (await items(p))[0];
    expect(first !== undefined && 'unit' in first ? first.unit.path : null).toBe(`${p}#a1`);
  });

  it('without --text-field, takes "text", else "content", else "body"; with it, that field only', async () => {
    const p = file(['{"id":1,"content":"内容","body":"正文"}', '{"id":2,"body":"正文"}', '{"id":3,"text":"文本","content":"内容"}', '{"id":4,"正文":"自定义"}'].join('\n'));
    expect(await summary(p)).toEqual([
      ['1', 1, '内容'],
      ['2', 2, '正文'],
      ['3', 3, '文本'],
      `4: bad-jsonl-line: no text field (looked for "text", "content", "body"; choose one with --text-field)`,
    ]);
    expect(await summary(p, { textField: '正文', idField: 'id' })).toEqual([
      '1: bad-jsonl-line: no text field (looked for "正文"; choose one with --text-field)',
      '2: bad-jsonl-line: no text field (looked for "正文"; choose one with --text-field)',
      '3: bad-jsonl-line: no text field (looked for "正文"; choose one with --text-field)',
      ['4', 4, '自定义'],
    ]);
  });

  it('--id-field names the id; a unit without one is numbered by its line', async () => {
    const p = file('{"doc":"x-1","text":"甲"}\n{"text":"乙"}\n');
    expect(await summary(p, { idField: 'doc' })).toEqual([
      ['x-1', 1, '甲'],
      ['2', 2, '乙'],
    ]);
  });

  it('each bad line is one problem at <file>:<line>, and the other lines are still read', async () => {
    const p = file(
      [
        '{"id":"a","text":"甲"}',
        'not json',
        '[1,2]',
        '"text"',
        '{"id":"b","text":42}',
        '{"id":"c","text":"   "}',
        '{"id":{"x":1},"text":"丙"}',
        '{"id":"a","text":"重复"}',
        '{"id":"d","text":"丁"',
        '{"id":"e","text":"戊"}',
      ].join('\n'),
    );
    const got = await summary(p);
    expect(got[0]).toEqual(['a', 1, '甲']);
    expect(got[9]).toEqual(['e', 10, '戊']);
    expect(got.slice(1, 9)).toEqual([
      expect.stringMatching(/^2: bad-jsonl-line: not JSON: /),
      '3: bad-jsonl-line: not a JSON object (found array)',
      '4: bad-jsonl-line: not a JSON object (found string)',
      '5: bad-jsonl-line: the "text" field is number, not a string',
      '6: empty: empty: the "text" field has no text',
      '7: bad-jsonl-line: the "id" field is object; an id must be a string or a number',
      '8: bad-jsonl-line: duplicate id "a" (first on line 1); this line is skipped',
      expect.stringMatching(/^9: bad-jsonl-line: not JSON: /),
    ]);
  });

  it('a line that is not UTF-8 is a bad line', async () => {
    const p = file(Buffer.concat([Buffer.from('{"text":"'), Buffer.from([0xbc, 0xc6, 0xbb, 0xae]), Buffer.from('"}\n{"text":"好"}\n')]));
    expect(await summary(p)).toEqual(['1: bad-jsonl-line: not UTF-8 (JSON Lines files are UTF-8)', ['2', 2, '好']]);
  });

  it('a line over the size limit is too large, and the file goes on', async () => {
    const p = file(`{"id":"big","text":"${'计'.repeat(2000)}"}\n{"id":"small","text":"划"}\n`);
    expect(await summary(p, { maxBytes: 1024 })).toEqual([expect.stringMatching(/^1: too-large: too large: the line is /), ['small', 2, '划']]);
  });

  it('a missing file is one problem naming it', async () => {
    const got = await items(join(dir, 'missing.jsonl'));
    expect(got).toHaveLength(1);
    expect(got[0] !== undefined && 'problem' in got[0] ? [got[0].problem.kind, got[0].problem.path] : null).toEqual(['not-found', join(dir, 'missing.jsonl')]);
  });

  it('a unit decodes as a document of its own: text as given, HTML pages extracted', async () => {
    const p = file('{"id":"t","text":"一、目标\\r\\n（一）任务"}\n{"id":"h","text":"<!DOCTYPE html><html><body><p>一、目标</p><p>（一）任务</p></body></html>"}\n');
    const docs = (await items(p)).flatMap((it) => ('unit' in it ? [decodeUnit(it.unit)] : []));
    expect(docs.map((d) => [d.path, d.format, d.encoding, d.text, d.unit?.line])).toEqual([
      [`${p}#t`, 'text', 'utf-8', '一、目标\r\n（一）任务', 1],
      [`${p}#h`, 'html', 'utf-8', '一、目标\n（一）任务', 2],
    ]);
  });

  it('readDocument refuses a JSON Lines file: it is many documents', async () => {
    await expect(readDocument(file('{"text":"甲"}\n'))).rejects.toThrow(/JSON Lines/);
  });

  it('reads a 60 MB file of 20,000 units, in order, numbered by line', async () => {
    const line = JSON.stringify({ text: '坚持稳中求进，全面完成年度各项目标任务。'.repeat(50) });
    const p = file(Array.from({ length: 20_000 }, () => line).join('\n'));
    let count = 0;
    let inOrder = true;
    for await (const it of readJsonlUnits(p)) {
      if (!('unit' in it)) continue;
      count++;
      inOrder &&= it.unit.id === String(count) && it.unit.text.length === 1000;
    }
    expect(count).toBe(20_000);
    expect(inOrder).toBe(true);
  });
});
