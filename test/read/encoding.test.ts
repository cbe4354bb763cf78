import { formatDiagnostic } from '../../src/messages/index.js';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { canonicalEncoding, decodeBytes } from '../../src/read/index.js';
import { plausibility } from '../../src/read/encoding/plausibility.js';
import { expectPlankitError } from './helpers.js';

const enc = (text: string, encoding: string, bom = false): Buffer => iconv.encode(text, encoding, { addBOM: bom });

describe('encoding detection', () => {
  describe('short GBK and Big5 texts', () => {
    // Phrases of plan wording, 4 to 14 characters: the range where chardet alone is unreliable.
    const simplified = ['工作计划', '年度工作总结', '一、指导思想', '（一）加强组织领导', '全面完成年度目标任务', '认真落实安全生产责任制'];
    const traditional = ['工作計劃', '年度工作總結', '一、指導思想', '（一）加強組織領導', '全面完成年度目標任務', '認真落實安全生產責任制'];
    for (const t of simplified) {
      it(`GBK Simplified "${t}"`, () => {
        const doc = decodeBytes('s.txt', enc(t, 'gbk'));
        expect(doc.encoding).toBe('gb18030');
        expect(doc.text).toBe(t);
      });
    }
    for (const t of traditional) {
      it(`GBK Traditional "${t}"`, () => {
        const doc = decodeBytes('t.txt', enc(t, 'gbk'));
        expect(doc.encoding).toBe('gb18030');
        expect(doc.text).toBe(t);
      });
      it(`Big5 "${t}"`, () => {
        const doc = decodeBytes('b.txt', enc(t, 'big5'));
        expect(doc.encoding).toBe('big5');
        expect(doc.text).toBe(t);
      });
    }

    it('says the guess is uncertain on a short text, and names the candidates', () => {
      const doc = decodeBytes('s.txt', enc('工作计划', 'gbk'));
      const d = doc.diagnostics.find((x) => x.code === 'encoding-guess');
      expect(d?.severity).toBe('info');
      expect(d?.args.encoding).toBe('gb18030');
      expect(formatDiagnostic(d!, 'en')).toMatch(/gb18030/);
      expect(formatDiagnostic(d!, 'zh')).toMatch(/编码猜测为 gb18030/);
      const candidates = d?.args.candidates ?? [];
      expect(candidates.map((c) => c.encoding)).toEqual(expect.arrayContaining(['gb18030', 'big5', 'utf-8']));
      expect(doc.encodingCertain).toBe(false);
    });

    it('a GBK text that happens to be valid UTF-8 (小 = D0 A1) is still read as GBK', () => {
      const bytes = enc('小', 'gbk');
      expect(bytes.toString('utf8')).toBe('\u0421'); // valid UTF-8: Cyrillic С
      const doc = decodeBytes('x.txt', bytes);
      expect(doc.encoding).toBe('gb18030');
      expect(doc.text).toBe('小');
    });
  });

  it('random plan-like texts of 20+ characters round-trip through GBK and Big5 (property)', () => {
    const pool = [...'工作计划年度目标任务组织领导加强落实完成提高管理制度建设服务质量安全生产责任检查考核职工会议培训学习发展经济'];
    const trad = [...'工作計劃年度目標任務組織領導加強落實完成提高管理制度建設服務質量安全生產責任檢查考核職工會議培訓學習發展經濟'];
    const text = (chars: string[]) =>
      fc.array(fc.constantFrom(...chars), { minLength: 20, maxLength: 60 }).map((a) => a.join(''));
    fc.assert(
      fc.property(text(pool), (t) => {
        const doc = decodeBytes('p.txt', enc(t, 'gbk'));
        return doc.encoding === 'gb18030' && doc.text === t;
      }),
      { numRuns: 150, seed: 42 },
    );
    fc.assert(
      fc.property(text(trad), fc.boolean(), (t, big5) => {
        const doc = decodeBytes('p.txt', enc(t, big5 ? 'big5' : 'gbk'));
        return doc.encoding === (big5 ? 'big5' : 'gb18030') && doc.text === t;
      }),
      { numRuns: 150, seed: 43 },
    );
  });

  it('UTF-16 without BOM and without any ASCII (no NULs at all) is found by the guesser', () => {
    const t = '安全生产责任制落实到岗位员工，加强检查考核';
    expect(enc(t, 'utf-16le').includes(0)).toBe(false);
    const le = decodeBytes('le.txt', enc(t, 'utf-16le'));
    expect([le.encoding, le.text]).toEqual(['utf-16le', t]);
    const be = decodeBytes('be.txt', enc(t, 'utf-16be'));
    expect([be.encoding, be.text]).toEqual(['utf-16be', t]);
  });

  it('UTF-16LE without BOM whose only NULs come from 一 (U+4E00, NUL on the "BE" side)', () => {
    const t = '安全生产责任制落实到每一个岗位每一名员工';
    const le = decodeBytes('le.txt', enc(t, 'utf-16le'));
    expect([le.encoding, le.text]).toEqual(['utf-16le', t]);
    const be = decodeBytes('be.txt', enc(t, 'utf-16be'));
    expect([be.encoding, be.text]).toEqual(['utf-16be', t]);
  });

  it('UTF-16BE without BOM by its NUL pattern, even with many 一 (U+4E00 has a 00 byte)', () => {
    const t = '一、一是一要一定\n2024年工作计划\n一、目标\n';
    const doc = decodeBytes('be.txt', enc(t, 'utf-16be'));
    expect([doc.encoding, doc.text]).toEqual(['utf-16be', t]);
  });

  it('honours --encoding, validates it, and reports the canonical name', () => {
    const t = '工作计划';
    const doc = decodeBytes('x.txt', enc(t, 'gbk'), { encoding: 'GBK' });
    expect([doc.encoding, doc.encodingCertain, doc.text]).toEqual(['gb18030', true, t]);
    // Forced wrong: decoded as told, and the damage is reported.
    const wrong = decodeBytes('x.txt', enc('年度工作計劃，全面落實', 'gbk'), { encoding: 'big5' });
    expect(wrong.encoding).toBe('big5');
    expect(wrong.diagnostics.map((d) => d.code)).toContain('replacement-chars');
    const err = expectPlankitError(() => decodeBytes('x.txt', enc(t, 'gbk'), { encoding: 'klingon' }), 'usage');
    expect(err.message).toBe('unknown encoding "klingon"');
  });

  it('rejects bad options as usage errors', () => {
    expectPlankitError(() => decodeBytes('x.txt', Buffer.from('a'), { maxBytes: 0 }), 'usage');
    expectPlankitError(() => decodeBytes('x.txt', Buffer.from('a'), { format: 'pdf' as 'text' }), 'usage');
  });

  it('canonical names: gbk/gb2312/cp936 → gb18030, cp950/big5-hkscs → big5', () => {
    expect(['gbk', 'GB2312', 'cp936', 'gb18030', 'x-gbk'].map(canonicalEncoding)).toEqual(Array(5).fill('gb18030'));
    expect(['big5', 'Big5-HKSCS', 'cp950'].map(canonicalEncoding)).toEqual(Array(3).fill('big5'));
    expect(['UTF8', 'utf-8', 'utf16le', 'UTF-16BE'].map(canonicalEncoding)).toEqual(['utf-8', 'utf-8', 'utf-16le', 'utf-16be']);
    expect(canonicalEncoding('shift_jis')).toBe('shift_jis');
    expect(canonicalEncoding('nonsense')).toBeUndefined();
  });

  it('too large → too-large, before any decoding', () => {
    const err = expectPlankitError(() => decodeBytes('big.txt', Buffer.alloc(2048, 'a'), { maxBytes: 1024 }), 'too-large', 'big.txt');
    expect(err.message).toMatch(/limit/);
  });

  it('a UTF-8 BOM alone is an empty file', () => {
    expectPlankitError(() => decodeBytes('bom.txt', Buffer.from([0xef, 0xbb, 0xbf])), 'empty', 'bom.txt');
  });

  it('NUL bytes that are not UTF-16 → binary', () => {
    expectPlankitError(() => decodeBytes('x.txt', Buffer.from('工作\0计划\0\0\x01\0', 'utf8')), 'binary', 'x.txt');
  });

  it('Latin-1 text is not mistaken for UTF-16 (ASCII pairs are not Chinese)', () => {
    const doc = decodeBytes('l.txt', Buffer.from('caf\xe9 na\xefve', 'latin1'));
    expect(doc.encoding).not.toMatch(/utf-16/);
    expect(doc.text.startsWith('caf')).toBe(true);
  });

  it('pure ASCII is utf-8, nothing guessed', () => {
    const doc = decodeBytes('a.txt', Buffer.from('2024 plan\n1. goals\n'));
    expect([doc.encoding, doc.diagnostics]).toEqual(['utf-8', []]);
  });

  it('plausibility scores a right decoding above the wrong ones', () => {
    const t = '年度工作計劃，全面落實各項任務';
    const bytes = enc(t, 'big5');
    const right = plausibility(iconv.decode(bytes, 'big5'));
    const wrong = plausibility(iconv.decode(bytes, 'gb18030'));
    expect(right.score).toBeGreaterThan(0.5);
    expect(wrong.score).toBeLessThan(right.score - 0.5);
    expect(plausibility('abc').signal).toBe(0);
  });
});
