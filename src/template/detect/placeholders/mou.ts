import { CONFIDENCE } from '../confidence.js';
import { matchAll, type PlaceholderRule } from './types.js';

/** 某某 for a name (某某同志, 某某公司). A single 某 is a pronoun (某些, 某种, 某单位). */
const MOU = /某某/gu;

export const mou: PlaceholderRule = {
  id: 'mou',
  find: (ctx) => matchAll(ctx, MOU, (m) => ({ span: { start: m.index, end: m.index + 2 }, confidence: CONFIDENCE.context })),
};
