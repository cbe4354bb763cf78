import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/normalize/index.js';
import { readDocument } from '../../src/read/index.js';
import { splitVariants } from '../../src/split/index.js';
import { detectSlots } from '../../src/template/index.js';
import { CORPUS_DIR, readManifest } from '../../scripts/make-corpus.js';
import { REPO_ROOT } from '../helpers/seed.js';

/**
 * Every hollow blank detectSlots finds on the shipped corpus, against a list a reader checked blank
 * by blank (fixtures/template/corpus-hollow.txt: `file<TAB>context`, the context being the text
 * around the blank, ⟨⟩ where the number belongs, ⏎ for a line break). A new blank — right or wrong
 * — and a lost one both fail here until the list is checked again.
 */
const REVIEWED = resolve(REPO_ROOT, 'fixtures/template/corpus-hollow.txt');
/** Characters of context either side of a blank (enough to tell the blanks of a page apart). */
const CONTEXT = 6;

function reviewed(): string[] {
  return readFileSync(REVIEWED, 'utf8')
    .split('\n')
    .filter((l) => l.length > 0 && !l.startsWith('#'));
}

async function corpusHollows(): Promise<string[]> {
  const lines = new Set<string>();
  for (const page of readManifest().pages) {
    const doc = normalize(await readDocument(resolve(CORPUS_DIR, page.file)));
    for (const v of splitVariants(doc).variants) {
      for (const s of detectSlots(doc, v.body).slots) {
        if (s.kind !== 'hollow') continue;
        const at = s.span.start;
        const around = `${doc.text.slice(Math.max(v.body.start, at - CONTEXT), at)}⟨⟩${doc.text.slice(at, Math.min(v.body.end, at + CONTEXT))}`;
        lines.add(`${page.file}\t${around.replace(/\r?\n/g, '⏎')}`);
      }
    }
  }
  return [...lines].sort();
}

describe('hollow blanks on the shipped corpus', () => {
  it('are exactly the blanks a reader confirmed', async () => {
    const got = await corpusHollows();
    const want = reviewed();
    expect(got.filter((l) => !want.includes(l)), 'found but not confirmed').toEqual([]);
    expect(want.filter((l) => !got.includes(l)), 'confirmed but not found').toEqual([]);
  });

  it('include the blanks followed by their noun and the measures the stage used to miss', () => {
    const missed = ['辖区⟨⟩户低保家庭', '为⟨⟩名高龄、独居', '管网⟨⟩米，', '辖区内⟨⟩个驻区单位', '达到⟨⟩小时。', '辖区⟨⟩个老旧小区', '全科⟨⟩名护士', '全鎮⟨⟩處地質災害', '每天⟨⟩元包干使用', '团员⟨⟩名作为', '上报⟨⟩例以上'];
    const want = reviewed();
    for (const m of missed) expect(want.some((l) => l.includes(m)), m).toBe(true);
  });
});
