import { inputError } from '../../core/errors.js';
import type { EncodingRule } from './rule.js';

/**
 * NUL bytes that are not UTF-16 (the rules before this one had their chance) mean the file is not
 * text: images, office documents, archives. Refuse rather than decode garbage.
 */
export const binaryRule: EncodingRule = {
  name: 'binary',
  detect: ({ path, firstNul }) => {
    if (firstNul >= 0) throw inputError('binary', path, { offset: firstNul });
    return null;
  },
};
