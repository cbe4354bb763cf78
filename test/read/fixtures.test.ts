import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBytes, readDocument } from '../../src/read/index.js';
import { expectedFixtures, expectPlankitError, expectPlankitErrorAsync, fixtureBytes, FIXTURES } from './helpers.js';
import { resolve } from 'node:path';

const fixtures = expectedFixtures();

describe('read fixtures (fixtures/read/expected.json)', () => {
  it('covers every kind the read stage must handle', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(20);
    const kinds = new Set(fixtures.map((f) => f.error ?? f.encoding));
    for (const k of ['utf-8', 'utf-16le', 'utf-16be', 'gb18030', 'big5', 'empty', 'binary', 'undecodable']) expect(kinds).toContain(k);
  });

  for (const f of fixtures.filter((x) => x.error === undefined)) {
    it(`${f.file} decodes as ${f.encoding} (${f.format})`, () => {
      const doc = decodeBytes(f.file, fixtureBytes(f.file));
      expect(doc.path).toBe(f.file);
      expect(doc.encoding).toBe(f.encoding);
      expect(doc.format).toBe(f.format);
      expect(doc.byteLength).toBe(fixtureBytes(f.file).length);
      if (f.text !== undefined) expect(doc.text).toBe(f.text);
      expect(doc.htmlTitle).toBe(f.title);
      const codes = doc.diagnostics.map((d) => d.code);
      for (const code of f.diagnostics ?? []) expect(codes).toContain(code);
      // Nothing else is reported for a clean fixture: no guess warnings on texts of this length.
      if (f.diagnostics === undefined) expect(doc.diagnostics).toEqual([]);
      if (f.replacements !== undefined) {
        const rc = doc.diagnostics.find((d) => d.code === 'replacement-chars');
        expect(rc?.args.count).toBe(f.replacements);
        expect(doc.text.split('\ufffd').length - 1).toBe(f.replacements);
        expect(doc.text.slice(rc?.span.start, rc?.span.end)).toBe('\ufffd');
      }
    });
  }

  for (const f of fixtures.filter((x) => x.error !== undefined)) {
    it(`${f.file} is refused as ${f.error}`, async () => {
      const err = expectPlankitError(() => decodeBytes(f.file, fixtureBytes(f.file)), f.error!, f.file);
      expect(err.message.length).toBeGreaterThan(4);
      // Through the file system too: the path in the error is the one given.
      const path = resolve(FIXTURES, f.file);
      await expectPlankitErrorAsync(readDocument(path), f.error!, path);
    });
  }

  it('certainty: BOM and <meta> are certain, inferences are not', () => {
    const certain = (file: string): boolean => decodeBytes(file, fixtureBytes(file)).encodingCertain;
    expect(certain('utf8-bom.txt')).toBe(true);
    expect(certain('utf16be-bom.txt')).toBe(true);
    expect(certain('gbk-meta-charset.html')).toBe(true);
    expect(certain('big5-http-equiv.html')).toBe(true);
    expect(certain('utf8.txt')).toBe(false);
    expect(certain('utf16le-nobom.txt')).toBe(false);
    expect(certain('gbk-traditional.txt')).toBe(false);
    expect(certain('big5-traditional.txt')).toBe(false);
  });

  it('keeps CRLF and full-width spaces in the text (offsets never move)', () => {
    const doc = decodeBytes('crlf.txt', fixtureBytes('crlf.txt'));
    expect(doc.text).toContain('\r\n\u3000\u3000一、销售目标\r\n');
    expect(doc.text.length).toBe(fixtureBytes('crlf.txt').toString('utf8').length);
  });

  it('GBK Traditional and Big5 of the same text decode to the same text', () => {
    const gbk = decodeBytes('gbk-traditional.txt', fixtureBytes('gbk-traditional.txt'));
    const big5 = decodeBytes('big5-traditional.txt', fixtureBytes('big5-traditional.txt'));
    expect(gbk.encoding).toBe('gb18030');
    expect(big5.encoding).toBe('big5');
    expect(gbk.text).toBe(big5.text);
  });

  describe('HTML source map', () => {
    for (const f of fixtures.filter((x) => x.format === 'html' && x.error === undefined)) {
      it(`${f.file}: every segment slices back to the same text in the decoded source`, () => {
        const bytes = fixtureBytes(f.file);
        const doc = decodeBytes(f.file, bytes);
        const source = iconv.decode(bytes, doc.encoding);
        const map = doc.sourceMap ?? [];
        expect(map.length).toBeGreaterThan(0);
        let covered = 0;
        let lastText = -1;
        for (const s of map) {
          expect(s.textStart).toBeGreaterThanOrEqual(lastText);
          lastText = s.textStart + s.length;
          expect(doc.text.slice(s.textStart, s.textStart + s.length)).toBe(source.slice(s.sourceStart, s.sourceStart + s.length));
          covered += s.length;
        }
        // Most visible characters come verbatim from the source.
        const visible = doc.text.replace(/\s/g, '').length;
        expect(covered / visible).toBeGreaterThan(0.8);
      });
    }
  });
});
