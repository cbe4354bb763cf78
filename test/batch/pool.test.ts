import { describe, expect, it } from 'vitest';
import { WorkerPool, workerEntry } from '../../src/batch/pool.js';
import { unpackPassages } from '../../src/batch/record.js';

const FAKE = new URL('./fixtures/fake-analyzer.ts', import.meta.url).href;
const enc = (s: string) => new TextEncoder().encode(s);

function pool(size = 2, timeoutMs = 30_000) {
  return new WorkerPool({ size, analyzer: FAKE, timeoutMs, workerHeapMb: 256 });
}

describe('worker pool', () => {
  it('runs worker.ts with tsx registered inside the worker when running from the sources', () => {
    const entry = workerEntry();
    expect(entry.url.pathname.endsWith('/src/batch/worker.ts')).toBe(true);
    expect(entry.eval).toBe(true);
    expect(String(entry.script)).toContain('register()');
  });

  it('analyses files in workers and returns plain records', async () => {
    const p = pool();
    try {
      const outcomes = await Promise.all(
        ['篇1\n第一句。第二句。\n篇2\n第三句。', '没有篇的文本。'].map((t, i) => p.run(`f${i}.txt`, enc(t))),
      );
      const [a, b] = outcomes;
      if (a === undefined || !('record' in a) || b === undefined || !('record' in b)) throw new Error('expected records');
      expect(a.record.variants.map((v) => v.id)).toEqual(['f0.txt#篇1', 'f0.txt#篇2']);
      expect(unpackPassages(a.record.variants[0]?.passages ?? new Float64Array()).map((x) => x.span)).toEqual([
        { start: 3, end: 7 },
        { start: 7, end: 11 },
      ]);
      expect(b.record.variants.map((v) => v.id)).toEqual(['f1.txt']);
    } finally {
      await p.close();
    }
  });

  it('turns thrown errors into failures with their kind', async () => {
    const p = pool(1);
    try {
      expect(await p.run('e.txt', new Uint8Array(0))).toEqual({ failure: { kind: 'empty', message: 'empty file', error: { code: 'empty-file', args: {} } } });
      expect(await p.run('b.txt', new Uint8Array([65, 0, 66]))).toMatchObject({ failure: { kind: 'binary' } });
      expect(await p.run('u.txt', new Uint8Array([0xff, 0xfe, 0xfd]))).toMatchObject({ failure: { kind: 'undecodable' } });
      expect(await p.run('t.txt', enc('#throw'))).toEqual({
        failure: { kind: 'internal', message: 'internal error (a bug in plankit): fake analyzer exploded', error: { code: 'internal', args: { detail: 'fake analyzer exploded' } } },
      });
      // The same worker keeps going after all of those.
      expect(await p.run('ok.txt', enc('好。'))).toHaveProperty('record');
    } finally {
      await p.close();
    }
  });

  it('replaces a worker that dies mid-file and records the file as worker-crash', async () => {
    const p = pool(1);
    try {
      const crashed = p.run('c.txt', enc('#crash'));
      const after = p.run('ok.txt', enc('好。'));
      expect(await crashed).toMatchObject({ failure: { kind: 'worker-crash' } });
      expect(await after).toHaveProperty('record');
    } finally {
      await p.close();
    }
  });

  it('times out a stuck file, replaces its worker, and goes on', async () => {
    const p = pool(1, 1500);
    try {
      const stuck = p.run('h.txt', enc('#hang'));
      const after = p.run('ok.txt', enc('好。'));
      expect(await stuck).toEqual({ failure: { kind: 'timeout', message: 'analysis took longer than 1500 ms', error: { code: 'timeout', args: { ms: 1500 } } } });
      expect(await after).toHaveProperty('record');
    } finally {
      await p.close();
    }
  });

  it('rejects when the analyzer module cannot load', async () => {
    const p = new WorkerPool({ size: 1, analyzer: new URL('./fixtures/missing.ts', import.meta.url).href, timeoutMs: 5000, workerHeapMb: 128 });
    await expect(Promise.race([p.failure(), p.run('x.txt', enc('好。'))])).rejects.toThrow(/missing/);
    await p.close();
  });
});
