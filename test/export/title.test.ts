import { describe, expect, it } from 'vitest';
import { variantTitle } from '../../src/export/title.js';
import { splitVariants } from '../../src/split/index.js';
import { textDocument } from '../helpers/seed.js';

const BODY = '一、指导思想\n坚持以人民为中心，推动各项工作全面发展。\n二、工作目标\n全年完成各项任务。\n三、保障措施\n落实责任，加强检查。\n';

function titles(text: string): Array<string | null> {
  const doc = textDocument(text);
  const split = splitVariants(doc);
  return split.variants.map((v) => variantTitle(doc, v, split.title?.text ?? null));
}

describe('variantTitle: the heading a Word file and the page get', () => {
  it('drops the page title’s note on how many plans it holds', () => {
    expect(titles(`某局财务管理实施办法（通用2篇）\n\n第一篇\n\n${BODY}\n第二篇\n\n${BODY}`)).toEqual(['某局财务管理实施办法', '某局财务管理实施办法']);
  });

  it('gives none when the plan opens with its own title (that line is the title, and it may hold a blank)', () => {
    expect(titles(`某局管理办法（通用2篇）\n\n第一篇\n\n某局财务管理实施办法\n\n${BODY}\n第二篇\n\n某局资产管理实施办法\n\n${BODY}`)).toEqual([null, null]);
  });
});
