import { describe, expect, it } from 'vitest';
import type { Document } from '../../src/core/document.js';
import { LineIndex } from '../../src/core/lines.js';
import { reuseFeatures, reuseReport, normalisePassage, type ReuseDocument, type ReuseFamily } from '../../src/reuse/index.js';
import { segment } from '../../src/segment/index.js';
import { textDocument } from '../helpers/seed.js';

// Three short plans with known reuse. b.txt is in Traditional script with real numbers where a.txt has 20xx;
// c.txt repeats a.txt's second paragraph with other punctuation.
const A = ['一、指导思想', '坚持以人民为中心的发展思想，20xx年全面提升服务质量。今年重点做好安全生产工作。', '二、主要任务', '加强职工队伍建设，组织开展岗位练兵活动。'].join('\n');
const B = ['一、指導思想', '堅持以人民為中心的發展思想，2024年全面提升服務質量。明年重點抓好環境整治工作。', '二、工作措施', '加強職工隊伍建設，組織開展崗位練兵活動。完成培訓任務30人次。'].join('\n');
const C = ['全面加强党的建设，认真落实全面从严治党要求。', '加强职工队伍建设，组织开展岗位练兵活动。', '坚持以人民为中心的发展思想,20XX年全面提升服务质量。今年重点做好安全生产工作!'].join('\n');

function reuseDocument(doc: Document): ReuseDocument {
  const body = { start: 0, end: doc.text.length };
  const { sentences, tokens } = segment(doc, body);
  const f = reuseFeatures(doc, body, sentences, tokens, {}, new LineIndex(doc.text));
  return {
    path: doc.path,
    normChars: f.normChars,
    passages: f.passages.map((p) => ({ kind: p.kind, key: p.key, normChars: p.normChars, variant: doc.path, line: p.line, text: doc.text.slice(p.span.start, p.span.end) })),
  };
}

describe('normalisePassage', () => {
  it('drops whitespace and punctuation, folds numbers and placeholders to one mark', () => {
    const doc = textDocument('堅持以人民為中心， 2024年 全面提升服務質量（第3.5項）。');
    expect(normalisePassage(doc.folded, 0, doc.folded.length)).toBe('坚持以人民为中心#年全面提升服务质量第#项');
    const ph = textDocument('20xx年完成XX項任務__人');
    expect(normalisePassage(ph.folded, 0, ph.folded.length)).toBe('#年完成#项任务#人');
  });
});

describe('reuseReport on a corpus with known reuse', () => {
  const input = { documents: [textDocument(A, 'a.txt'), textDocument(B, 'b.txt'), textDocument(C, 'c.txt')].map(reuseDocument), families: [] };
  const report = reuseReport(input);

  it('finds exactly the recurring passages, most widespread first', () => {
    expect(report.passages.map((p) => ({ kind: p.kind, text: p.text, chars: p.chars, documents: p.documents, paths: p.paths, firstSeen: p.firstSeen }))).toEqual([
      { kind: 'sentence', text: '坚持以人民为中心的发展思想，20xx年全面提升服务质量。', chars: 23, documents: 3, paths: ['a.txt', 'b.txt', 'c.txt'], firstSeen: { path: 'a.txt', variant: 'a.txt', line: 2 } },
      { kind: 'sentence', text: '加强职工队伍建设，组织开展岗位练兵活动。', chars: 18, documents: 3, paths: ['a.txt', 'b.txt', 'c.txt'], firstSeen: { path: 'a.txt', variant: 'a.txt', line: 4 } },
      {
        kind: 'paragraph',
        text: '坚持以人民为中心的发展思想，20xx年全面提升服务质量。今年重点做好安全生产工作。',
        chars: 35,
        documents: 2,
        paths: ['a.txt', 'c.txt'],
        firstSeen: { path: 'a.txt', variant: 'a.txt', line: 2 },
      },
      { kind: 'sentence', text: '今年重点做好安全生产工作。', chars: 12, documents: 2, paths: ['a.txt', 'c.txt'], firstSeen: { path: 'a.txt', variant: 'a.txt', line: 2 } },
    ]);
  });

  it('computes each document’s boilerplate ratio from its reused sentence characters', () => {
    // a: 一指导思想 5 + 坚持… 23 + 今年… 12 + 二主要任务 5 + 加强… 18 = 63, reused 53
    // b: 5 + 23 + 明年… 12 + 5 + 18 + 完成培训任务#人次 9 = 72, reused 41
    // c: 全面加强… 20 + 18 + 23 + 12 = 73, reused 53
    expect(report.documents).toEqual([
      { path: 'a.txt', chars: 63, reusedChars: 53, boilerplate: 0.84127 },
      { path: 'b.txt', chars: 72, reusedChars: 41, boilerplate: 0.569444 },
      { path: 'c.txt', chars: 73, reusedChars: 53, boilerplate: 0.726027 },
    ]);
    expect(report.summary).toMatchObject({
      documents: 3,
      chars: 208,
      reusedChars: 147,
      boilerplate: 0.706731,
      meanBoilerplate: 0.712247,
      medianBoilerplate: 0.726027,
      recurringSentences: 3,
      recurringParagraphs: 1,
    });
  });

  it('does not count a passage repeated inside one document as reuse', () => {
    const twice = textDocument(`${A}\n${A}`, 'twice.txt');
    const alone = reuseReport({ documents: [reuseDocument(twice), reuseDocument(textDocument('完全不同的另一份文件内容在这里。', 'other.txt'))], families: [] });
    expect(alone.passages).toEqual([]);
    expect(alone.documents.map((d) => d.boilerplate)).toEqual([0, 0]);
  });

  it('gives the same report when passages seen only once are left out of the input', () => {
    const counts = new Map<string, Set<string>>();
    for (const d of input.documents) for (const p of d.passages) counts.set(p.kind + p.key, (counts.get(p.kind + p.key) ?? new Set()).add(d.path));
    const filtered = { ...input, documents: input.documents.map((d) => ({ ...d, passages: d.passages.filter((p) => (counts.get(p.kind + p.key)?.size ?? 0) > 1) })) };
    expect(reuseReport(filtered)).toEqual(report);
  });
});

describe('family terms', () => {
  const member = (id: string, terms: Record<string, number>) => ({ id, path: id.split('#')[0] as string, terms });
  const families: ReuseFamily[] = [
    { id: 'F1', canonical: 'a.txt#篇1', size: 2, members: [member('a.txt#篇1', { 职工: 2, 安全: 1 }), member('b.txt#篇2', { 职工: 1, 安全: 1 })] },
    { id: 'F2', canonical: 'c.txt', size: 3, members: [member('c.txt', { 环境: 4, 职工: 1 }), member('d.txt', { 环境: 1 }), member('d2.txt', {})] },
    // Below minFamilySize: only its size is given.
    { id: 'F3', canonical: 'e.txt', size: 1, members: [] },
  ];
  const report = reuseReport({ documents: [], families });

  it('reports families of two or more, largest first, with sizes of all', () => {
    expect(report.families.map((f) => [f.id, f.size, f.documents, f.members])).toEqual([
      ['F2', 3, 3, ['c.txt', 'd.txt', 'd2.txt']],
      ['F1', 2, 2, ['a.txt#篇1', 'b.txt#篇2']],
    ]);
    expect(report.familySizes).toEqual([
      { size: 1, families: 1 },
      { size: 2, families: 1 },
      { size: 3, families: 1 },
    ]);
    expect(report.summary).toMatchObject({ families: 3, reportedFamilies: 2, largestFamily: 3 });
  });

  it('ranks terms by TF-IDF against the other reported families (natural: idf = 1 + ln(N / (1 + df)))', () => {
    // N = 2. 职工 is in both: idf = 1 + ln(2/3); 安全 and 环境 in one: idf = 1.
    const shared = 1 + Math.log(2 / 3);
    expect(report.families[0]?.terms).toEqual([
      { term: '环境', tf: 5, tfidf: 5 },
      { term: '职工', tf: 1, tfidf: Math.round(shared * 1e6) / 1e6 },
    ]);
    expect(report.families[1]?.terms).toEqual([
      { term: '安全', tf: 2, tfidf: 2 },
      { term: '职工', tf: 3, tfidf: Math.round(3 * shared * 1e6) / 1e6 },
    ]);
  });
});
