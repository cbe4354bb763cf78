import { readFileSync } from 'node:fs';
import { MessageChannel } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { analyzeFile } from '../../src/batch/analyze-file.js';
import type { FileRecord } from '../../src/batch/record.js';
import { unitFeatures, variantUnitText } from '../../src/batch/unit-features.js';
import { fromWire, toWire, type WireRecord } from '../../src/batch/wire.js';

/** Sends `wire` through a real message port (structured clone, buffers transferred) and reads it back. */
async function across(wire: WireRecord, transfer: ArrayBuffer[]): Promise<WireRecord> {
  const { port1, port2 } = new MessageChannel();
  const got = new Promise<WireRecord>((resolve) => port2.once('message', resolve));
  port1.postMessage(wire, transfer);
  const out = await got;
  port1.close();
  port2.close();
  return out;
}

const PLAN = 'corpus/real/docs/cn-gov-2005-grain-emergency-plan.txt';

describe('the worker → main wire form of a record', () => {
  it('gives back exactly the record the analysis made (outline, slots, passages, unit features)', async () => {
    const record = analyzeFile(PLAN, readFileSync(PLAN));
    // As the worker adds them (what the family phase reads).
    for (const u of record.variants) u.unit = unitFeatures(variantUnitText(u), { shingleSize: 5, seed: 1 });
    const v = record.variants[0];
    expect(v?.unit?.sentences.length).toBeGreaterThan(10);
    expect(v?.outline.length).toBeGreaterThan(10);
    expect(v?.outline.some((o) => o.parentLine === null)).toBe(true);
    expect(v?.outline.some((o) => o.parentLine !== null)).toBe(true);
    expect(v?.slots.length).toBeGreaterThan(3);
    const expected = structuredClone(record);
    const { wire, transfer } = toWire(record);
    expect(fromWire(await across(wire, transfer))).toStrictEqual(expected);
  });

  it('keeps a slot without confidence and rule (stored before schema 4) without them, and empty lists empty', async () => {
    const record: FileRecord = {
      encoding: 'utf-8',
      encodingCertain: true,
      format: 'text',
      script: 'simplified',
      title: null,
      chars: 12,
      timings: { readMs: 0, analyzeMs: 0 },
      diagnostics: [],
      variants: [
        {
          id: 'a.txt',
          label: null,
          index: 0,
          header: null,
          body: { start: 0, end: 12 },
          startLine: 1,
          endLine: 1,
          bodyLine: 1,
          bodyColumn: 0,
          text: '公司现有员工12人,"引号"\\',
          folded: '公司现有员工12人,"引号"\\',
          titleFolded: null,
          normChars: 10,
          terms: '{}',
          outline: [],
          slots: [{ span: { start: 6, end: 8 }, line: 1, column: 6, length: 2, value: '12', kind: 'literal', type: 'count', unit: '人', label: '公司现有员工·人数' }],
          diagnostics: [],
          passages: new Float64Array(0),
        },
      ],
    };
    const expected = structuredClone(record);
    const { wire, transfer } = toWire(record);
    const back = fromWire(await across(wire, transfer));
    expect(back).toStrictEqual(expected);
    expect('confidence' in (back.variants[0]?.slots[0] ?? {})).toBe(false);
  });
});
