import { describe, expect, it } from 'vitest';
import { CSV_TABLES, renderReuse, reuseReport, type ReuseInput } from '../../src/reuse/index.js';
import { barChart, niceStep } from '../../src/reuse/render/svg.js';

// A hand-made input: passages with commas, quotes, line breaks and a formula-like start.
const input: ReuseInput = {
  documents: [
    {
      path: 'a,1.txt',
      normChars: 40,
      passages: [
        { kind: 'sentence', key: 11, normChars: 12, variant: 'a,1.txt#篇1', line: 3, text: '他说:"做好,全年工作"' },
        { kind: 'sentence', key: 22, normChars: 10, variant: 'a,1.txt#篇1', line: 4, text: '=SUM(A1)开展活动<b>十次</b>' },
      ],
    },
    {
      path: 'b.txt',
      normChars: 30,
      passages: [
        { kind: 'sentence', key: 11, normChars: 12, variant: 'b.txt', line: 1 },
        { kind: 'sentence', key: 22, normChars: 10, variant: 'b.txt', line: 2 },
      ],
    },
  ],
  families: [{ id: 'F1', canonical: 'a,1.txt#篇1', size: 2, members: [{ id: 'a,1.txt#篇1', path: 'a,1.txt', terms: { 活动: 2 } }, { id: 'b.txt', path: 'b.txt', terms: { 活动: 1, 全年: 1 } }] }],
};
const report = reuseReport(input);

describe('CSV', () => {
  it('quotes fields RFC 4180-style and ends records in CRLF', async () => {
    expect(await renderReuse(report, 'csv', 'passages')).toBe(
      'kind,key,documents,occurrences,chars,first_path,first_variant,first_line,text\r\n' +
        'sentence,11,2,2,12,"a,1.txt","a,1.txt#篇1",3,"他说:""做好,全年工作"""\r\n' +
        'sentence,22,2,2,10,"a,1.txt","a,1.txt#篇1",4,=SUM(A1)开展活动<b>十次</b>\r\n',
    );
    expect(await renderReuse(report, 'csv', 'documents')).toBe('path,chars,reused_chars,boilerplate\r\n"a,1.txt",40,22,0.55\r\nb.txt,30,22,0.733333\r\n');
    expect(await renderReuse(report, 'csv', 'passage_documents')).toBe('kind,key,path\r\nsentence,11,"a,1.txt"\r\nsentence,11,b.txt\r\nsentence,22,"a,1.txt"\r\nsentence,22,b.txt\r\n');
    // One family: idf = 1 + ln(1/2) = 0.306853 for every term.
    expect(await renderReuse(report, 'csv', 'family_terms')).toBe('family,rank,term,tf,tfidf\r\nF1,1,活动,3,0.920558\r\nF1,2,全年,1,0.306853\r\n');
  });

  it('in Excel mode adds a BOM and defuses formula-like text', async () => {
    const csv = await renderReuse(report, 'csv', 'passages', { excel: true });
    expect(csv.startsWith('\uFEFFkind,key,')).toBe(true);
    expect(csv).toContain(",'=SUM(A1)开展活动");
  });

  it('has a header for every table even when empty', async () => {
    const empty = reuseReport({ documents: [], families: [] });
    for (const t of CSV_TABLES) expect((await renderReuse(empty, 'csv', t)).split('\r\n')).toHaveLength(2);
  });
});

describe('JSON', () => {
  it('is the report, parseable back, one array row per line', async () => {
    const json = await renderReuse(report, 'json');
    expect(JSON.parse(json)).toEqual(report);
    expect(json.split('\n').filter((l) => l.startsWith('    {"kind":"sentence"'))).toHaveLength(2);
  });

  it('writes empty arrays and an empty report as valid JSON too', async () => {
    const empty = reuseReport({ documents: [], families: [] });
    expect(JSON.parse(await renderReuse(empty, 'json'))).toEqual(empty);
  });
});

describe('HTML', async () => {
  const html = await renderReuse(report, 'html');
  it('is one self-contained page: no script, no external references', async () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).not.toMatch(/<script|<link|@import|src=|href=|url\(/i);
    // Only the SVG namespace URI may appear.
    expect(html.match(/https?:\/\/[^"\s]+/g)).toEqual(['http://www.w3.org/2000/svg', 'http://www.w3.org/2000/svg']);
    expect(html.match(/<svg /g)).toHaveLength(2);
  });

  it('escapes the text it shows', async () => {
    expect(html).toContain('=SUM(A1)开展活动&lt;b&gt;十次&lt;/b&gt;');
    expect(html).toContain('他说:&quot;做好,全年工作&quot;');
    expect(html).not.toContain('<b>十次</b>');
  });
});

describe('SVG bar chart', () => {
  it('puts ticks on round numbers', async () => {
    expect([0.3, 1, 3, 7, 11, 964.5, 3858].map(niceStep)).toEqual([1, 1, 5, 10, 20, 1000, 5000]);
  });

  it('is well-formed: every attribute quoted once, tags balanced, tooltips with values', async () => {
    const svg = barChart([{ label: '0–10%', value: 3858 }, { label: '<b>', value: 120 }], 'Documents & ratios', 'x', 'y');
    expect(svg).not.toMatch(/=""|"[^"\s>=]*"[^\s/>]/);
    expect(svg.match(/<rect /g)).toHaveLength(2);
    expect(svg.match(/<text /g)?.length).toBe(svg.match(/<\/text>/g)?.length);
    expect(svg).toContain('<title>0–10%: 3858</title>');
    expect(svg).toContain('aria-label="Documents &amp; ratios"');
    expect(svg).toContain('&lt;b&gt;');
    // Axis: 3858 / 4 ticks = 964.5 → step 1000, so 0, 1000 … 4000.
    expect(svg).toContain('>4000</text>');
    expect(svg).not.toContain('964.5');
  });
});
