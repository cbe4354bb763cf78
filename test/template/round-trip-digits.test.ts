import { describe, expect, it } from 'vitest';
import { convertToTraditional, foldText } from '../../src/normalize/index.js';
import { from, to } from '../../src/normalize/opencc.js';
import { contentKey } from '../../src/template/build/stream.js';

/** Every entry (from, to) of a group of opencc-js dictionaries. */
function entries(groups: ReadonlyArray<ReadonlyArray<string | ReadonlyArray<readonly [string, string]>>> | undefined): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const group of groups ?? []) {
    for (const dict of group) {
      if (typeof dict === 'string') for (const e of dict.split('|')) out.push((e.split(' ').concat('', '') as [string, string]));
      else for (const [k, v] of dict) out.push([k, v]);
    }
  }
  return out;
}

/** The round trip as written before the cache kept sentences with their digits masked. */
function reference(text: string): string {
  const pieces = text.replace(/[^\p{L}\p{N}]/gu, '').match(/[^。；！？;!?]*[。；！？;!?]?/gu) ?? [];
  const round = pieces.map((piece) => {
    const whole = convertToTraditional(piece);
    if (whole.length === piece.length) return whole;
    return [...piece].map((c) => (convertToTraditional(c).length === c.length ? convertToTraditional(c) : c)).join('');
  });
  return foldText(round.join('')).folded.toLowerCase();
}

describe('the script round trip of template atoms, kept with digits masked', () => {
  it('rests on this: no entry of the Simplified → Traditional dictionaries holds an ASCII digit', () => {
    const all = [...entries(from.cn), ...entries(to.tw)];
    expect(all.length).toBeGreaterThan(10_000);
    expect(all.filter(([k, v]) => /[0-9]/.test(k) || /[0-9]/.test(v))).toEqual([]);
  });

  it('gives each copy of a sentence its own digits, as the round trip of the copy itself', () => {
    const texts = ['公司现有员工120人，坐标在3号楼', '公司现有员工456人，坐标在8号楼', '公司现有员工7人，坐标在95号楼', '计划于2024年6月底前完成3项工作', '计划于2025年1月底前完成7项工作', '里程碑9个'];
    for (const t of texts) expect(contentKey(t), t).toBe(reference(t));
    // Again, now from the kept sentences.
    for (const t of [...texts].reverse()) expect(contentKey(t), t).toBe(reference(t));
  });
});
