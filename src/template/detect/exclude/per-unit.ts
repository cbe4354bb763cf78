import type { SlotExclusion } from '../types.js';
import { spansOf } from './find.js';

/**
 * 以户为单位, 以户（以合法有效的…计户）为单位, 以人为本: the unit names what is counted by, not how
 * many. The whole phrase up to 为单位 keeps no blank.
 */
const PER_UNIT = /以\s*[户人家个件项名次]\s*(?:\([^()\n]{0,40}\))?\s*为(?:单位|本|主)/gu;

export const perUnit: SlotExclusion = {
  name: 'per-unit',
  find: (ctx) => spansOf(ctx, PER_UNIT),
};
