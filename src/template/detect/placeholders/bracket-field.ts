import type { SlotType } from '../../../core/template.js';
import { CONFIDENCE } from '../confidence.js';
import { typedWords } from '../lexicon/tables.js';
import { matchAll, type PlaceholderRule } from './types.js';

/**
 * A form field in brackets with its label inside: [姓名], 【日期】, [单位名称], 【填写时间】. The label
 * must end in a field word (data/lexicon/field-labels.tsv), which types the slot; a bracket holding
 * anything else is a heading or a note (【导读】, 【篇1】, [注]). The label is the slot's label.
 */
const FIELD = /[[【]\s*([\p{Script=Han}]{1,10})\s*[\]】]/gu;
const FIELDS = typedWords('field-labels');
const BY_LENGTH = [...FIELDS.keys()].sort((a, b) => b.length - a.length);

function fieldType(label: string): SlotType | null {
  const word = BY_LENGTH.find((w) => label.endsWith(w));
  return word === undefined ? null : (FIELDS.get(word) as SlotType);
}

export const bracketField: PlaceholderRule = {
  id: 'bracket-field',
  find: (ctx) =>
    matchAll(ctx, FIELD, (m) => {
      const type = fieldType(m[1] as string);
      if (type === null) return null;
      const start = m.index;
      const end = start + m[0].length;
      const inner = ctx.doc.text.slice(start + 1, end - 1).trim();
      return { span: { start, end }, type, label: inner, confidence: CONFIDENCE.shape };
    }),
};
