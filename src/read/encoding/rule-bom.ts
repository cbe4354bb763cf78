import type { EncodingRule } from './rule.js';

/** A byte order mark is the one certain signal a plain text file can carry. */
export const bomRule: EncodingRule = {
  name: 'bom',
  detect: ({ bytes: b }) => {
    if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { encoding: 'utf-8', certain: true };
    if (b[0] === 0xff && b[1] === 0xfe) return { encoding: 'utf-16le', certain: true };
    if (b[0] === 0xfe && b[1] === 0xff) return { encoding: 'utf-16be', certain: true };
    return null;
  },
};
